import type { JsonAnswer } from "../ui/reddit-overlay";

/** A same-origin GET in the researcher's session; the body is parsed only when the answer says it is JSON. */
export async function sameOriginJson(url: string, signal: AbortSignal): Promise<JsonAnswer> {
  const response = await fetch(url, { credentials: "same-origin", signal, headers: { Accept: "application/json" } });
  const contentType = response.headers.get("content-type");
  const json = response.ok && contentType?.includes("json") ? await response.json() : undefined;
  return { status: response.status, url: response.url || url, contentType, json };
}
