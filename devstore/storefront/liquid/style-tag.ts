import {
  Tag,
  TypeGuards,
  type Context,
  type Emitter,
  type Liquid,
  type TagToken,
  type Template,
  type TopLevelToken,
} from "liquidjs";
import type { Parser } from "liquidjs";

/** `{% style %}…{% endstyle %}`: Liquid inside, rendered as `<style data-shopify>`. */
export class StyleTag extends Tag {
  readonly #templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    while (remainTokens.length) {
      const next = remainTokens.shift()!;
      if (TypeGuards.isTagToken(next) && next.name === "endstyle") return;
      this.#templates.push(parser.parseToken(next, remainTokens));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    emitter.write("<style data-shopify>");
    yield this.liquid.renderer.renderTemplates(this.#templates, context, emitter);
    emitter.write("</style>");
  }
}
