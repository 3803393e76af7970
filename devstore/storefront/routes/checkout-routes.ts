import { emptyCart } from "../cart/cart";
import {
  checkoutValues,
  COUNTRIES,
  validateCheckout,
  type CheckoutFieldError,
  type CheckoutValues,
} from "../checkout/checkout-form";
import { placeOrder } from "../checkout/place-order";
import { OrderDrop } from "../drops/order-drop";
import { RequestFields } from "../request-fields";
import { redirectResponse } from "../responses";
import { renderNotFound, renderPage, type CartSession, type Storefront } from "../storefront";

/** GET /checkout — the one-page checkout; an empty cart goes back to /cart. */
export function showCheckout(storefront: Storefront, request: Request, session: CartSession) {
  if (!session.priced().lines.length) return redirectResponse("/cart", session.headers());
  const values = checkoutValues(new RequestFields(new Map()), storefront.store.state.shop.countryCode);
  return renderCheckout(storefront, request, session, values, []);
}

/**
 * POST /checkout — a valid form places a paid order and shows its status page; an invalid
 * one renders the checkout again with its errors (422).
 */
export async function submitCheckout(storefront: Storefront, request: Request, session: CartSession) {
  if (!session.priced().lines.length) return redirectResponse("/cart", session.headers());
  const values = checkoutValues(await RequestFields.read(request), storefront.store.state.shop.countryCode);
  const result = validateCheckout(values);
  if (!result.success) return renderCheckout(storefront, request, session, values, result.errors, 422);

  const cart = session.forChange();
  const order = placeOrder(storefront.store, cart, result.data, storefront.now());
  if (!order) return redirectResponse("/cart", session.headers());
  emptyCart(cart);
  return redirectResponse(`/orders/${order.id}`, session.headers());
}

/** GET /orders/:id — the order status ("thank you") page. */
export function showOrder(storefront: Storefront, request: Request, session: CartSession, orderId: string) {
  const { state } = storefront.store;
  const order = state.orders.find((candidate) => candidate.id === orderId);
  if (!order) return renderNotFound(storefront, request, session);
  const customer = state.customers.find((candidate) => candidate.id === order.customerId);
  return renderPage(storefront, request, session, {
    pageType: "order-status",
    objects: { order: new OrderDrop(order, customer), page_title: `Order ${order.name}` },
  });
}

function renderCheckout(
  storefront: Storefront,
  request: Request,
  session: CartSession,
  values: CheckoutValues,
  errors: CheckoutFieldError[],
  status = 200,
) {
  const checkout = {
    values,
    errors,
    field_errors: Object.fromEntries(errors.map((error) => [error.field, error.message])),
    countries: COUNTRIES,
  };
  return renderPage(
    storefront,
    request,
    session,
    { pageType: "checkout", objects: { checkout, page_title: "Checkout" } },
    status,
  );
}
