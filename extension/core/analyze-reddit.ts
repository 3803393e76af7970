import { z } from "zod";
import { analyseRedditPage } from "./reddit-analysis/analyse";
import { cueGroupResultSchema, engagementSchema } from "./reddit-analysis/schema";
import { parseRedditJson } from "./reddit/json";
import { parseRedditUrl } from "./reddit/page-kind";
import { parseRedditPage } from "./reddit/page";
import { redditPageKindSchema } from "./reddit/types";
import { parseHtmlDocument } from "./dom";

/**
 * What `research analyze` prints for a Reddit page, field names fixed by issue #5: the kind, the
 * posts (id in base 36), the need groups with examples and the hot phrases, plus the subreddits,
 * engagement and the language the cue lists were chosen for.
 */
export const redditAnalysisResultSchema = z.object({
  kind: redditPageKindSchema,
  subreddits: z.array(z.string()),
  language: z.string().length(2),
  posts: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      author: z.string().nullable(),
      score: z.number().int().nullable(),
      comments: z.number().int().nullable(),
    }),
  ),
  comments: z.number().int().nonnegative(),
  engagement: engagementSchema,
  groups: z.object({
    pain: cueGroupResultSchema,
    solutionRequests: cueGroupResultSchema,
    adviceRequests: cueGroupResultSchema,
    money: cueGroupResultSchema,
  }),
  phrases: z.array(z.object({ phrase: z.string(), count: z.number().int() })),
});
export type RedditAnalysisResult = z.infer<typeof redditAnalysisResultSchema>;

/** Why a saved Reddit file cannot be analysed, in words a researcher can act on. */
export class UnreadableRedditPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableRedditPageError";
  }
}

/**
 * Analyses a saved Reddit page (HTML in any of Reddit's markups) or a saved `.json` answer as the
 * page at `url`, with the overlay's code; engagement is measured at `now`.
 */
export function analyzeRedditSource(source: string, url: string, now: Date): RedditAnalysisResult {
  if (!parseRedditUrl(url)) {
    throw new UnreadableRedditPageError(
      `${url} is not a Reddit thread (/r/<sub>/comments/<id>/…) or listing (/r/<sub>/, /search?q=…) on www.reddit.com or old.reddit.com`,
    );
  }
  const trimmed = source.trimStart();
  const page =
    trimmed.startsWith("{") || trimmed.startsWith("[")
      ? parseJson(trimmed, url)
      : parseRedditPage(parseHtmlDocument(source), url);
  if (!page)
    throw new UnreadableRedditPageError(`the saved file is not a Reddit page in any markup the extension reads`);
  const analysis = analyseRedditPage(page, now);
  return {
    kind: page.kind,
    subreddits: analysis.subreddits.map((subreddit) => subreddit.name),
    language: analysis.language,
    posts: page.posts.map(({ id, title, author, score, comments }) => ({ id, title, author, score, comments })),
    comments: page.comments.length,
    engagement: analysis.engagement,
    groups: analysis.groups,
    phrases: analysis.phrases.map(({ phrase, count }) => ({ phrase, count })),
  };
}

function parseJson(text: string, url: string) {
  try {
    return parseRedditJson(JSON.parse(text), url);
  } catch (error) {
    throw new UnreadableRedditPageError(error instanceof Error ? error.message : String(error));
  }
}
