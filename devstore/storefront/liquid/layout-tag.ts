import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import { pageAssetsOf } from "./page-assets";

/**
 * Shopify's `{% layout none %}` / `{% layout 'alternate' %}`: picks the layout the rendered
 * template is wrapped in (liquidjs's own layout tag means something else).
 */
export class LayoutTag extends Tag {
  readonly #layout: string | null;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    const name = token.args.trim().replace(/^(['"])(.*)\1$/, "$2");
    this.#layout = name === "none" ? null : name;
  }

  render(context: Context) {
    pageAssetsOf(context).layout = this.#layout;
    return "";
  }
}
