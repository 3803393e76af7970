import type { Handler } from "../http/node-adapter";
import type { DevStore } from "../state/store";
import { errorPage } from "./responses";
import { productJson, showIndex, showProduct } from "./routes/catalog-routes";
import { addToCart, cartJs, changeCart, showCart, updateCart } from "./routes/cart-routes";
import { showCheckout, showOrder, submitCheckout } from "./routes/checkout-routes";
import { extensionAsset, productImage, themeAsset } from "./routes/file-routes";
import { webPixelSandbox, webPixelsManager } from "./routes/web-pixel-routes";
import { CartSession, createStorefront, renderNotFound, type Storefront, type StorefrontOptions } from "./storefront";

export type StorefrontHandlerOptions = StorefrontOptions;

type Route = {
  method: "GET" | "POST";
  path: RegExp;
  handle: (
    storefront: Storefront,
    request: Request,
    session: CartSession,
    ...params: string[]
  ) => Promise<Response> | Response;
};

const ROUTES: Route[] = [
  { method: "GET", path: /^\/$/, handle: showIndex },
  { method: "GET", path: /^\/products\/([^/]+)\.js$/, handle: productJson },
  { method: "GET", path: /^\/products\/([^/]+)$/, handle: showProduct },
  { method: "GET", path: /^\/images\/products\/([^/]+)\.svg$/, handle: (s, _r, _c, handle) => productImage(s, handle) },
  { method: "GET", path: /^\/assets\/([^/]+)$/, handle: (s, _r, _c, file) => themeAsset(s, file) },
  {
    method: "GET",
    path: /^\/extensions\/([^/]+)\/assets\/([^/]+)$/,
    handle: (s, _r, _c, extension, file) => extensionAsset(s, extension, file),
  },
  { method: "GET", path: /^\/cart$/, handle: showCart },
  { method: "GET", path: /^\/cart\.js$/, handle: cartJs },
  { method: "POST", path: /^\/cart\/add(\.js)?$/, handle: (s, r, c, ajax) => addToCart(s, r, c, !!ajax) },
  { method: "POST", path: /^\/cart\/change(\.js)?$/, handle: (s, r, c, ajax) => changeCart(s, r, c, !!ajax) },
  { method: "POST", path: /^\/cart(?:\/update)?(\.js)?$/, handle: (s, r, c, ajax) => updateCart(s, r, c, !!ajax) },
  { method: "GET", path: /^\/checkout$/, handle: showCheckout },
  { method: "POST", path: /^\/checkout$/, handle: submitCheckout },
  { method: "GET", path: /^\/orders\/(\d+)$/, handle: showOrder },
  { method: "GET", path: /^\/web-pixels-manager\/manager\.js$/, handle: webPixelsManager },
  {
    method: "GET",
    path: /^\/web-pixels-manager\/sandbox\/([^/]+)$/,
    handle: (s, _r, _c, extension) => webPixelSandbox(s, extension),
  },
];

/**
 * The shop's storefront: a small Dawn-like theme rendered with Liquid, with the app's theme
 * app extensions (storefront/*) in it, a cart kept in memory by cookie, the Ajax cart API,
 * and a one-page checkout that places paid orders.
 */
export function createStorefrontHandler(store: DevStore, options: StorefrontHandlerOptions = {}): Handler {
  const storefront = createStorefront(store, options);

  return async (request) => {
    const { pathname } = new URL(request.url);
    const session = new CartSession(storefront, request);
    try {
      for (const route of ROUTES) {
        const match = route.method === request.method ? route.path.exec(pathname) : null;
        if (match) return await route.handle(storefront, request, session, ...match.slice(1).map(decodeParam));
      }
      return await renderNotFound(storefront, request, session);
    } catch (error) {
      console.error("[devstore storefront]", error);
      return errorPage(error);
    }
  };
}

function decodeParam(param: string | undefined) {
  return param === undefined ? "" : decodeURIComponent(param);
}
