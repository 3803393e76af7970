import { redditDemandSignals } from "../reddit-analysis/analyse";
import type { RedditAnalysis } from "../reddit-analysis/schema";
import { parseRedditUrl } from "../reddit/page-kind";
import type { RedditPage } from "../reddit/types";
import type { SavedIdea } from "./saved-idea";

/** What a Reddit page's idea is called: the thread's title, else the listing's subreddit or search. */
export function redditIdeaTitle(page: RedditPage, url: string): string {
  if (page.kind === "reddit-thread" && page.posts[0]?.title) return page.posts[0].title;
  const query = new URL(url).searchParams.get("q");
  if (query) return `Reddit search “${query}”${page.subreddit ? ` in r/${page.subreddit}` : ""}`;
  return page.subreddit ? `r/${page.subreddit}` : "Reddit front page";
}

/**
 * The idea saved from a Reddit page: where, how lively, the needs people voiced and, under the
 * researcher's keyword, its demand signals (which then count in Amazon ideas under that keyword).
 */
export function ideaFromReddit(
  analysis: RedditAnalysis,
  page: RedditPage,
  url: string,
  keyword: string,
  now: Date,
): SavedIdea {
  const words = keyword.trim().replace(/\s+/g, " ").slice(0, 200);
  const where = parseRedditUrl(url);
  const { groups } = analysis;
  const examples = [...groups.solutionRequests.examples, ...groups.pain.examples]
    .slice(0, 10)
    .map(({ quote, permalink, score }) => ({ quote, permalink, score }));
  return {
    version: 1,
    id: where?.postId ? `reddit:${where.postId}` : `reddit:${new URL(url).pathname}${new URL(url).search}`,
    savedAt: now.toISOString(),
    url,
    kind: page.kind,
    marketplace: "reddit.com",
    asin: null,
    title: redditIdeaTitle(page, url),
    keyword: words || null,
    price: null,
    rating: null,
    ratingCount: null,
    bsr: [],
    estimate: null,
    score: null,
    complaints: [],
    praise: [],
    note: "",
    selection: null,
    linkedReddit: [],
    reddit: {
      subreddits: analysis.subreddits.map((subreddit) => subreddit.name),
      language: analysis.language,
      posts: analysis.engagement.posts,
      comments: analysis.engagement.loadedComments,
      commentsPerHour: analysis.engagement.commentsPerHour,
      groups: {
        pain: groups.pain.count,
        solutionRequests: groups.solutionRequests.count,
        adviceRequests: groups.adviceRequests.count,
        money: groups.money.count,
      },
      examples,
      phrases: analysis.phrases.slice(0, 10).map(({ phrase, count }) => ({ phrase, count })),
      signals: words ? redditDemandSignals(analysis, words) : null,
    },
  };
}
