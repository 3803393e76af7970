import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import { pageAssetsOf } from "./page-assets";
import { takeRawBlock } from "./raw-block";

/** `{% stylesheet %}…{% endstylesheet %}`: collected once per page into a <style> in the head. */
export class StylesheetTag extends Tag {
  readonly #css: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.#css = takeRawBlock(token, remainTokens).trim();
  }

  render(context: Context) {
    if (this.#css) pageAssetsOf(context).inlineStyles.add(this.#css);
    return "";
  }
}
