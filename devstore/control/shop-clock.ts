/**
 * The shop's "now", shared by everything in one dev store (Admin API, storefront, checkout,
 * Discount Functions' shop.localTime, webhooks): a base clock — the real one, or a test's —
 * moved by `set`, after which it keeps running from the new time.
 */
export class ShopClock {
  #offsetMs = 0;

  constructor(private readonly base: () => Date = () => new Date()) {}

  readonly now = (): Date => new Date(this.base().getTime() + this.#offsetMs);

  set(at: Date) {
    this.#offsetMs = at.getTime() - this.base().getTime();
  }
}
