/**
 * The pixel endpoint's HTTP contract. The pixel runs in Shopify's strict sandbox, a worker on
 * another origin (often the opaque "null" one), and posts without credentials; so any origin
 * may post, nothing is read from cookies, and a plain-text body (what a beacon or a keepalive
 * fetch sends without a CORS preflight) is as good as JSON.
 */

/** A product view is under 400 bytes; anything much larger is not from the pixel. */
export const MAX_BODY_BYTES = 2048;

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

const ACCEPTED_TYPES = new Set(["", "text/plain", "application/json"]);

export type PixelBody = { ok: true; text: string } | { ok: false; status: 413 | 415; error: string };

/** The body as text, refused unread when it says it is too large and cut off when it turns out to be. */
export async function readPixelBody(request: Request, limit = MAX_BODY_BYTES): Promise<PixelBody> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.has(type)) {
    return { ok: false, status: 415, error: `Send text/plain or application/json, not ${type}.` };
  }
  const tooLarge = { ok: false, status: 413, error: `The body is larger than ${limit} bytes.` } as const;
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) return tooLarge;
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
