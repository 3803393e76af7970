import {
  RenderTag,
  Value,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type TopLevelToken,
} from "liquidjs";
import { BlockDrop, renderBlock } from "../drops/block-drop";

/**
 * `{% render 'snippet' %}` as usual, plus Shopify's `{% render block %}` inside a section,
 * which renders an app block in place.
 */
export class ShopifyRenderTag extends RenderTag {
  readonly #blockExpression: Value | null;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid, parser);
    const argument = token.args.trim();
    this.#blockExpression = /^[A-Za-z_][\w.]*$/.test(argument) ? new Value(argument, liquid) : null;
  }

  *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    if (this.#blockExpression) {
      const value = yield this.#blockExpression.value(context);
      if (value instanceof BlockDrop) {
        yield value[renderBlock](context, emitter, value);
        return;
      }
    }
    yield* super.render(context, emitter);
  }
}
