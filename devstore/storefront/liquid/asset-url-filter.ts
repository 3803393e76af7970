import type { FilterImplOptions } from "liquidjs";

/** `{{ 'preorder.js' | asset_url }}` → the URL the dev store serves that extension's (or the theme's) asset at. */
export function assetUrlFilter(assetsPath: string): FilterImplOptions {
  return (file: unknown) => `${assetsPath}/${encodeURIComponent(String(file))}`;
}
