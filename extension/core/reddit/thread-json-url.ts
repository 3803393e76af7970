import { parseRedditUrl } from "./page-kind";

/**
 * The `.json` of the thread at `url`, on the same host (the fetch runs in the researcher's session):
 * /comments/<id>.json with up to 500 comments and unescaped text (research doc §4). Null off threads.
 */
export function threadJsonUrl(url: string): string | null {
  const thread = parseRedditUrl(url);
  if (thread?.kind !== "reddit-thread" || !thread.postId) return null;
  const json = new URL(`/comments/${thread.postId}.json`, url);
  json.searchParams.set("limit", "500");
  json.searchParams.set("raw_json", "1");
  return json.href;
}
