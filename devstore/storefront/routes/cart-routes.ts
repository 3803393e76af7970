import { addLine, changeLineQuantity, changeQuantityOf, updateAttributes, type LineToAdd } from "../cart/cart";
import { cartJson, lineItemJson } from "../cart/cart-json";
import { problemAdding } from "../cart/line-check";
import { RequestFields } from "../request-fields";
import { escapeHtml } from "../liquid/escape-html";
import { ajaxError, htmlResponse, redirectResponse } from "../responses";
import { renderPage, type CartSession, type Storefront } from "../storefront";

/** GET /cart */
export function showCart(storefront: Storefront, request: Request, session: CartSession) {
  return renderPage(storefront, request, session, { pageType: "cart", objects: { page_title: "Your cart" } });
}

/** GET /cart.js */
export async function cartJs(storefront: Storefront, _request: Request, session: CartSession) {
  return Response.json(cartJson(session.priced(), storefront.store.state.shop), { headers: session.headers() });
}

/**
 * POST /cart/add (the product form: id, quantity, selling_plan, properties[…]) → /cart;
 * POST /cart/add.js (form or JSON, also `items: [...]`) → the added lines as JSON, priced
 * in the whole cart: the automatic discounts active on the shop's clock apply, including
 * those that only the other lines qualify them for.
 */
export async function addToCart(storefront: Storefront, request: Request, session: CartSession, ajax: boolean) {
  const fields = await RequestFields.read(request);
  const items = fields.items().length ? fields.items() : [fields];
  const toAdd: LineToAdd[] = [];
  for (const item of items) {
    const line = lineToAdd(item);
    if (!line) return cartError(ajax, 404, "Cannot find variant");
    const problem = problemAdding(storefront.store.state, line);
    if (problem) return cartError(ajax, problem.status, problem.description);
    toAdd.push(line);
  }

  const cart = session.forChange();
  const added = toAdd.map((line) => addLine(cart, line));
  if (!ajax) return redirectResponse("/cart", session.headers());
  const { lines } = session.priced();
  const priced = added.flatMap((line) => lines.find((pricedLine) => pricedLine.line === line) ?? []).map(lineItemJson);
  return Response.json(fields.items().length ? { items: priced } : priced[0], { headers: session.headers() });
}

/** POST /cart/change[.js]: `line` (1-based) or `id` (line key or variant id), and `quantity`; 0 removes. */
export async function changeCart(storefront: Storefront, request: Request, session: CartSession, ajax: boolean) {
  const fields = await RequestFields.read(request);
  const cart = session.forChange();
  const line = fields.get("line");
  const id = fields.get("id");
  const quantity = Number(fields.get("quantity") ?? "1");
  const changed =
    Number.isInteger(quantity) &&
    (line !== null
      ? changeLineQuantity(cart, Number(line), quantity)
      : id !== null && changeQuantityOf(cart, id, quantity));
  if (!changed) return cartError(ajax, 400, "No valid line and quantity given");
  return ajax ? cartJs(storefront, request, session) : redirectResponse("/cart", session.headers());
}

/**
 * POST /cart/update[.js] (and the cart form's POST /cart): `attributes[…]` become cart
 * attributes (an A/B assignment travels to the order this way), `updates[<line>]` set
 * quantities (by variant id or line key), `note` the cart note. With `checkout` set it goes on to the checkout.
 */
export async function updateCart(storefront: Storefront, request: Request, session: CartSession, ajax: boolean) {
  const fields = await RequestFields.read(request);
  const cart = session.forChange();
  updateAttributes(cart, fields.bracketed("attributes"));
  const note = fields.get("note");
  if (note !== null) cart.note = note;
  for (const [id, quantity] of Object.entries(fields.bracketed("updates")))
    changeQuantityOf(cart, id, Number(quantity));
  if (ajax) return cartJs(storefront, request, session);
  return redirectResponse(fields.get("checkout") !== null ? "/checkout" : "/cart", session.headers());
}

function cartError(ajax: boolean, status: number, description: string) {
  if (ajax) return ajaxError(status, "Cart Error", description);
  return htmlResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cart error</title></head>` +
      `<body><main><h1>Cart error</h1><p>${escapeHtml(description)}</p><p><a href="/cart">Back to the cart</a></p></main></body></html>`,
    status,
  );
}

function lineToAdd(fields: RequestFields): LineToAdd | null {
  const variantId = fields.get("id");
  const quantity = Number(fields.get("quantity") ?? "1");
  if (!variantId || !/^\d+$/.test(variantId) || !Number.isInteger(quantity) || quantity < 1) return null;
  return {
    variantId,
    quantity,
    properties: fields.bracketed("properties"),
    sellingPlanId: fields.get("selling_plan") || null,
  };
}
