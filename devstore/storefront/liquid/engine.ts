import { Liquid } from "liquidjs";
import type { DevShop } from "../../state/types";
import { assetUrlFilter } from "./asset-url-filter";
import { dateFilter } from "./date-filter";
import { FormTag } from "./form-tag";
import { handleizeFilter } from "./handleize-filter";
import { scriptTagFilter, stylesheetTagFilter } from "./html-tag-filters";
import { imageTagFilter } from "./image-tag-filter";
import { imageUrlFilter } from "./image-url-filter";
import { imgUrlFilter } from "./img-url-filter";
import { JavascriptTag } from "./javascript-tag";
import { jsonFilter } from "./json-filter";
import { LayoutTag } from "./layout-tag";
import { moneyFilters } from "./money-filters";
import { ShopifyRenderTag } from "./render-tag";
import { SchemaTag } from "./schema-tag";
import { StyleTag } from "./style-tag";
import { StylesheetTag } from "./stylesheet-tag";
import { translateFilter } from "./translate-filter";

export interface LiquidEngineOptions {
  /** The theme folder: layout/ and templates/ are looked up from here. */
  themeDir: string;
  /** Where `{% render 'name' %}` looks, in order. */
  snippetDirs: string[];
  /** URL path the `asset_url` filter prefixes, e.g. /extensions/preorder/assets */
  assetsPath: string;
  /** locales/en.default.json of the extension (the `t` filter). */
  translations: Record<string, unknown>;
  shop: () => DevShop;
  /** The shop's clock: what `'now' | date` shows (the machine's clock by default). */
  now?: () => Date;
}

/**
 * A liquidjs engine that speaks Shopify's storefront dialect: its filters (money, asset_url,
 * image_url, t…) and tags (schema, form, render block, layout…). One per theme and one per
 * theme app extension, because asset_url, t and snippets belong to where a file lives.
 */
export function createLiquidEngine(options: LiquidEngineOptions): Liquid {
  const liquid = new Liquid({
    root: [options.themeDir],
    partials: options.snippetDirs,
    extname: ".liquid",
    relativeReference: false,
    cache: true,
    timezoneOffset: options.shop().ianaTimezone,
    locale: options.shop().primaryLocale,
  });

  const filters = {
    ...moneyFilters(options.shop),
    asset_url: assetUrlFilter(options.assetsPath),
    image_url: imageUrlFilter,
    image_tag: imageTagFilter,
    img_url: imgUrlFilter,
    t: translateFilter(options.translations),
    json: jsonFilter,
    handleize: handleizeFilter,
    handle: handleizeFilter,
    date: dateFilter(liquid.filters.date, options.now ?? (() => new Date())),
    stylesheet_tag: stylesheetTagFilter,
    script_tag: scriptTagFilter,
  };
  for (const [name, filter] of Object.entries(filters)) liquid.registerFilter(name, filter);

  const tags = {
    schema: SchemaTag,
    stylesheet: StylesheetTag,
    javascript: JavascriptTag,
    style: StyleTag,
    form: FormTag,
    layout: LayoutTag,
    render: ShopifyRenderTag,
  };
  for (const [name, tag] of Object.entries(tags)) liquid.registerTag(name, tag);
  return liquid;
}
