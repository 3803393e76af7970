import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import { pageAssetsOf } from "./page-assets";
import { takeRawBlock } from "./raw-block";

/** `{% javascript %}…{% endjavascript %}`: collected once per page into a <script> at the end of the body. */
export class JavascriptTag extends Tag {
  readonly #script: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.#script = takeRawBlock(token, remainTokens).trim();
  }

  render(context: Context) {
    if (this.#script) pageAssetsOf(context).inlineScripts.add(this.#script);
    return "";
  }
}
