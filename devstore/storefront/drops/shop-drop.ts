import { Drop } from "liquidjs";
import { gid } from "../../state/store";
import type { DevStoreState } from "../../state/types";
import { MetafieldsDrop } from "./metafields-drop";

/** Liquid's `shop`. `origin` is where the storefront is served (the shop's "domain" here). */
export class ShopDrop extends Drop {
  readonly #state: DevStoreState;
  readonly #origin: string;

  constructor(state: DevStoreState, origin: string) {
    super();
    this.#state = state;
    this.#origin = origin;
  }

  get #shop() {
    return this.#state.shop;
  }

  get id() {
    return Number(this.#shop.id);
  }
  get name() {
    return this.#shop.name;
  }
  get email() {
    return this.#shop.email;
  }
  get currency() {
    return this.#shop.currencyCode;
  }
  get money_format() {
    return this.#shop.moneyFormat;
  }
  get money_with_currency_format() {
    return `${this.#shop.moneyFormat} ${this.#shop.currencyCode}`;
  }
  get url() {
    return this.#origin;
  }
  get secure_url() {
    return this.#origin;
  }
  get domain() {
    return new URL(this.#origin).host;
  }
  get permanent_domain() {
    return this.#shop.myshopifyDomain;
  }
  get locale() {
    return this.#shop.primaryLocale;
  }
  get metafields() {
    return MetafieldsDrop.ownedBy(this.#state, gid("Shop", this.#shop.id));
  }
}
