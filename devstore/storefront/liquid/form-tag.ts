import {
  Hash,
  Tag,
  TypeGuards,
  evalToken,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type TopLevelToken,
  type ValueToken,
} from "liquidjs";
import { escapeHtml } from "./escape-html";

// The forms the dev store's storefront can take; other types (customer, contact…) have no route here.
const FORM_ACTIONS: Record<string, { action: string; className: string; enctype?: string }> = {
  product: { action: "/cart/add", className: "shopify-product-form", enctype: "multipart/form-data" },
  cart: { action: "/cart", className: "shopify-cart-form" },
};

/**
 * `{% form 'product', product, id: 'product-form', class: 'form' %}…{% endform %}` → the
 * <form> Shopify emits: posting to /cart/add, with its form_type and utf8 inputs.
 */
export class FormTag extends Tag {
  readonly #type: ValueToken;
  readonly #attributes: Hash;
  readonly #templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    const type = this.tokenizer.readValue();
    if (!type) throw new Error(`${token.getText()}: a form type is required`);
    this.#type = type;
    this.#skipResourceArgument();
    this.#attributes = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
    while (remainTokens.length) {
      const next = remainTokens.shift()!;
      if (TypeGuards.isTagToken(next) && next.name === "endform") return;
      this.#templates.push(parser.parseToken(next, remainTokens));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  // `product` in `{% form 'product', product %}` only tells Shopify which product; the
  // variant id travels in the form's own `id` input.
  #skipResourceArgument() {
    const tokenizer = this.tokenizer;
    tokenizer.skipBlank();
    if (tokenizer.peek() === ",") tokenizer.advance();
    const start = tokenizer.p;
    tokenizer.readIdentifier();
    tokenizer.skipBlank();
    if (tokenizer.peek() === ":") tokenizer.p = start;
    else {
      tokenizer.p = start;
      tokenizer.readValue();
    }
  }

  *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const type = String(yield evalToken(this.#type, context));
    const form = FORM_ACTIONS[type];
    if (!form) throw new Error(`{% form '${type}' %} is not supported by the dev store (only product and cart)`);
    const attributes = (yield this.#attributes.render(context)) as Record<string, unknown>;
    const html = Object.entries({
      method: "post",
      action: form.action,
      "accept-charset": "UTF-8",
      enctype: form.enctype,
      ...attributes,
      class: attributes.class ?? form.className,
    })
      .filter(([, value]) => value !== undefined && value !== null && value !== false)
      .map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)
      .join(" ");
    emitter.write(
      `<form ${html}><input type="hidden" name="form_type" value="${escapeHtml(type)}"><input type="hidden" name="utf8" value="✓">`,
    );
    context.push({ form: { errors: null } });
    yield this.liquid.renderer.renderTemplates(this.#templates, context, emitter);
    context.pop();
    emitter.write("</form>");
  }
}
