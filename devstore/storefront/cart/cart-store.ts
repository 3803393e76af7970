import { randomBytes } from "node:crypto";
import type { DevStore } from "../../state/store";
import type { Cart } from "./cart";

export const CART_COOKIE = "cart";

/**
 * The shop's carts, in memory, by token (the `cart` cookie); a restart forgets them. One per
 * DevStore, shared by the storefront and the app proxy (whose Liquid pages show the cart too).
 */
export class CartStore {
  readonly #carts = new Map<string, Cart>();

  find(token: string | null): Cart | undefined {
    return token ? this.#carts.get(token) : undefined;
  }

  create(): Cart {
    const cart: Cart = { token: randomBytes(16).toString("hex"), lines: [], attributes: {}, note: "" };
    this.#carts.set(cart.token, cart);
    return cart;
  }
}

const cartStores = new WeakMap<DevStore, CartStore>();

export function cartsOf(store: DevStore): CartStore {
  let carts = cartStores.get(store);
  if (!carts) {
    carts = new CartStore();
    cartStores.set(store, carts);
  }
  return carts;
}

export function cartToken(request: Request): string | null {
  const cookies = request.headers.get("cookie") ?? "";
  for (const cookie of cookies.split(";")) {
    const [name, ...value] = cookie.trim().split("=");
    if (name === CART_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

export function cartCookie(cart: Cart): string {
  return `${CART_COOKIE}=${cart.token}; Path=/; SameSite=Lax`;
}
