import { imageOf, withSize } from "./image-url-filter";

/** The deprecated `img_url: '600x'` (still in many themes): "WxH", "Wx", "xH" or "master". */
export function imgUrlFilter(input: unknown, size: unknown = "small"): string {
  const src = imageOf(input)?.src ?? (typeof input === "string" ? input : null);
  if (!src) return "";
  const match = /^(\d*)x(\d*)$/.exec(String(size));
  if (!match) return src;
  return withSize(src, match[1] ? Number(match[1]) : null, match[2] ? Number(match[2]) : null);
}
