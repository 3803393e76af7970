/** Where the extension may read Reddit: today's site and old.reddit.com, nothing else. */
export const REDDIT_MATCH_PATTERNS = ["https://www.reddit.com/*", "https://old.reddit.com/*"];
