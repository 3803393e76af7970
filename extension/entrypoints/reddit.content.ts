import { REDDIT_MATCH_PATTERNS } from "../core/reddit/match-patterns";
import { parseRedditJsonInBackground, saveIdeaFromPage } from "../messaging/content-client";
import { sameOriginJson } from "../net/same-origin-json";
import { startRedditOverlay } from "../ui/reddit-overlay";

export default defineContentScript({
  matches: REDDIT_MATCH_PATTERNS,
  runAt: "document_idle",
  main(ctx) {
    startRedditOverlay({
      saveIdea: saveIdeaFromPage,
      loadJson: sameOriginJson,
      parseThreadJson: parseRedditJsonInBackground,
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
      onLocationChange: (listener) => ctx.addEventListener(window, "wxt:locationchange", listener),
    });
  },
});
