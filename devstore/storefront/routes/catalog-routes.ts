import { ProductDrop } from "../drops/product-drop";
import { renderNotFound, renderPage, type CartSession, type Storefront } from "../storefront";

/** GET / — every active product, as `collections.all`. */
export function showIndex(storefront: Storefront, request: Request, session: CartSession) {
  const { state } = storefront.store;
  const products = state.products
    .filter((product) => product.status === "ACTIVE")
    .map((product) => new ProductDrop(product, state));
  return renderPage(storefront, request, session, {
    pageType: "index",
    objects: { collections: { all: { title: "Products", handle: "all", products } } },
  });
}

/** GET /products/:handle[?variant=<id>][&selling_plan=<id>] — drafts and archived products are not for sale: 404. */
export function showProduct(storefront: Storefront, request: Request, session: CartSession, handle: string) {
  const { searchParams } = new URL(request.url);
  const product = findActiveProduct(storefront, handle, searchParams.get("variant"), searchParams.get("selling_plan"));
  if (!product) return renderNotFound(storefront, request, session);
  return renderPage(storefront, request, session, {
    pageType: "product",
    objects: { product, page_title: product.title },
  });
}

/** GET /products/:handle.js — the Ajax API's product JSON. */
export function productJson(storefront: Storefront, _request: Request, _session: CartSession, handle: string) {
  const product = findActiveProduct(storefront, handle);
  return product ? Response.json(product) : Response.json({ status: 404, message: "Not found" }, { status: 404 });
}

function findActiveProduct(
  storefront: Storefront,
  handle: string,
  selectedVariantId: string | null = null,
  selectedSellingPlanId: string | null = null,
) {
  const { state } = storefront.store;
  const product = state.products.find((candidate) => candidate.handle === handle && candidate.status === "ACTIVE");
  return product && new ProductDrop(product, state, selectedVariantId, selectedSellingPlanId);
}
