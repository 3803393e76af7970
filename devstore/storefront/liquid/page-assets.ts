import type { Context } from "liquidjs";

/**
 * What one page render collects on the side: the layout a template asks for, and the CSS
 * and JavaScript that blocks bring (schema assets, `{% stylesheet %}`, `{% javascript %}`).
 * Kept in a liquidjs register, which tags and filters reach through their context.
 */
export class PageAssets {
  /** "theme" → layout/theme.liquid; null after `{% layout none %}`. */
  layout: string | null = "theme";
  readonly stylesheetUrls = new Set<string>();
  readonly scriptUrls = new Set<string>();
  readonly inlineStyles = new Set<string>();
  readonly inlineScripts = new Set<string>();
}

const REGISTER = "devstore:page-assets";

export function pageAssetsOf(context: Context): PageAssets {
  let assets = context.getRegister<PageAssets | undefined>(REGISTER);
  if (!assets) {
    assets = new PageAssets();
    context.setRegister(REGISTER, assets);
  }
  return assets;
}

export function attachPageAssets(context: Context, assets: PageAssets) {
  context.setRegister(REGISTER, assets);
}
