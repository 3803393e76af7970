import { escapeHtml } from "./escape-html";
import { splitFilterArgs } from "./filter-args";
import { ImageUrl } from "./image-url-filter";

const SIZE_AND_ALT = ["alt", "width", "height", "loading"];

/**
 * `{{ image | image_url: width: 600 | image_tag: loading: 'eager', class: 'x' }}` → an <img>
 * with the image's alt text and its height scaled to the requested width.
 */
export function imageTagFilter(input: unknown, ...args: unknown[]): string {
  const src = String(input ?? "");
  if (!src) return "";
  const { named } = splitFilterArgs(args);
  const requested = input instanceof ImageUrl ? input : null;
  const image = requested?.image ?? null;
  const width = named.width ?? requested?.width ?? image?.width ?? null;
  const height =
    named.height ?? requested?.height ?? (width && image ? Math.round(Number(width) / image.aspect_ratio) : null);
  const extra = Object.entries(named).filter(([name]) => !SIZE_AND_ALT.includes(name));
  const attributes: [string, unknown][] = [
    ["src", src],
    ["alt", named.alt ?? image?.alt ?? ""],
    ["width", width],
    ["height", height],
    ["loading", named.loading ?? "lazy"],
    ...extra,
  ];
  const html = attributes
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)
    .join(" ");
  return `<img ${html}>`;
}
