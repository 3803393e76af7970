import type { DevStore } from "../state/store";
import type { Cart } from "./cart/cart";
import { cartCookie, cartsOf, cartToken, type CartStore } from "./cart/cart-store";
import { priceCart, type PricedCart } from "./cart/priced-cart";
import { htmlResponse } from "./responses";
import { StorefrontRenderer, type Page } from "./storefront-renderer";

/** What the storefront's routes share. */
export interface Storefront {
  store: DevStore;
  renderer: StorefrontRenderer;
  carts: CartStore;
  now: () => Date;
}

export interface StorefrontOptions {
  now?: () => Date;
  /** The app's theme app extensions; <repo>/storefront by default (tests point at a temporary folder). */
  extensionsDir?: string;
  /** Share one storefront (parsed theme, carts) between the storefront and the app proxy. */
  storefront?: Storefront;
}

export function createStorefront(store: DevStore, options: StorefrontOptions = {}): Storefront {
  if (options.storefront) return options.storefront;
  const now = options.now ?? (() => new Date());
  return {
    store,
    renderer: new StorefrontRenderer(store, { extensionsDir: options.extensionsDir, now }),
    carts: cartsOf(store),
    now,
  };
}

/**
 * The visitor's cart, found by its cookie. Reading needs no cart (an empty one stands in);
 * the first change creates one and sets the cookie, as Shopify does.
 */
export class CartSession {
  #cart: Cart | undefined;
  #created = false;

  constructor(
    private readonly storefront: Storefront,
    request: Request,
  ) {
    this.#cart = storefront.carts.find(cartToken(request));
  }

  /** The cart at today's prices and discounts; lines that can no longer be bought are dropped from it. */
  priced(): PricedCart {
    const cart = this.#cart ?? { token: "", lines: [], attributes: {}, note: "" };
    const priced = priceCart(this.storefront.store.state, cart, this.storefront.now());
    cart.lines = priced.lines.map(({ line }) => line);
    return priced;
  }

  /** The cart to change, created on first use. */
  forChange(): Cart {
    if (!this.#cart) {
      this.#cart = this.storefront.carts.create();
      this.#created = true;
    }
    this.priced();
    return this.#cart;
  }

  headers(): Record<string, string> {
    return this.#created && this.#cart ? { "Set-Cookie": cartCookie(this.#cart) } : {};
  }
}

export async function renderPage(
  storefront: Storefront,
  request: Request,
  session: CartSession,
  page: Omit<Page, "request" | "cart">,
  status = 200,
): Promise<Response> {
  const html = await storefront.renderer.render({ ...page, request, cart: session.priced() });
  return htmlResponse(html, status, session.headers());
}

export function renderNotFound(storefront: Storefront, request: Request, session: CartSession) {
  return renderPage(storefront, request, session, { pageType: "404", objects: { page_title: "Page not found" } }, 404);
}
