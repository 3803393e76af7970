import { Drop } from "liquidjs";
import type { DevStoreState } from "../../state/types";
import { discountApplicationJson } from "../cart/discount-application-json";
import type { PricedCart, PricedLine } from "../cart/priced-cart";
import { ProductDrop } from "./product-drop";
import { SellingPlanAllocationDrop } from "./selling-plan-allocation-drop";

/** Liquid's `cart`. */
export class CartDrop extends Drop {
  readonly #priced: PricedCart;
  readonly #state: DevStoreState;

  constructor(priced: PricedCart, state: DevStoreState) {
    super();
    this.#priced = priced;
    this.#state = state;
  }

  get item_count() {
    return this.#priced.itemCount;
  }
  get items() {
    return this.#priced.lines.map((line, index) => new LineItemDrop(line, index + 1, this.#state));
  }
  get total_price() {
    return this.#priced.totalPrice;
  }
  get items_subtotal_price() {
    return this.#priced.itemsSubtotalPrice;
  }
  get original_total_price() {
    return this.#priced.originalTotalPrice;
  }
  get total_discount() {
    return this.#priced.totalDiscount;
  }
  get discount_applications() {
    return this.#priced.discountApplications.map(discountApplicationJson);
  }
  get cart_level_discount_applications() {
    return this.#priced.discountApplications
      .filter((application) => application.level === "cart")
      .map(discountApplicationJson);
  }
  /** What checkout charges now: less than the total when preorders take a deposit. */
  get checkout_charge_amount() {
    return this.#priced.checkoutChargeAmount;
  }
  get attributes() {
    return this.#priced.cart.attributes;
  }
  get note() {
    return this.#priced.cart.note || null;
  }
  get currency() {
    return { iso_code: this.#state.shop.currencyCode };
  }
  get requires_shipping() {
    return this.#priced.lines.length > 0;
  }
  get empty() {
    return this.#priced.lines.length === 0;
  }
}

/** Liquid's `line_item` in a cart. `index` is the 1-based `line` that /cart/change takes. */
export class LineItemDrop extends Drop {
  readonly #priced: PricedLine;
  readonly #state: DevStoreState;
  readonly index: number;

  constructor(priced: PricedLine, index: number, state: DevStoreState) {
    super();
    this.#priced = priced;
    this.#state = state;
    this.index = index;
  }

  get id() {
    return Number(this.#priced.variant.id);
  }
  get key() {
    return this.#priced.line.key;
  }
  get product() {
    const { product, variant, line } = this.#priced;
    return new ProductDrop(product, this.#state, variant.id, line.sellingPlanId);
  }
  get variant() {
    return this.product.selected_variant;
  }
  get product_id() {
    return Number(this.#priced.product.id);
  }
  get variant_id() {
    return Number(this.#priced.variant.id);
  }
  get title() {
    const { product, variant } = this.#priced;
    return variant.title === "Default Title" ? product.title : `${product.title} - ${variant.title}`;
  }
  get quantity() {
    return this.#priced.line.quantity;
  }
  /** After the line's own discounts, as Shopify's Liquid has it. */
  get price() {
    return this.final_price;
  }
  get final_price() {
    return Math.round(this.#priced.finalLinePrice / this.#priced.line.quantity);
  }
  get original_price() {
    return this.#priced.unitPrice;
  }
  get line_price() {
    return this.#priced.finalLinePrice;
  }
  get final_line_price() {
    return this.#priced.finalLinePrice;
  }
  get original_line_price() {
    return this.#priced.linePrice;
  }
  get line_level_discount_allocations() {
    return this.#allocations(
      this.#priced.discountAllocations.filter(({ application }) => application.level === "line"),
    );
  }
  get line_level_total_discount() {
    return this.#priced.linePrice - this.#priced.finalLinePrice;
  }
  /** Its shares of the line's own discounts and of the order's. */
  get discount_allocations() {
    return this.#allocations(this.#priced.discountAllocations);
  }
  #allocations(allocations: PricedLine["discountAllocations"]) {
    return allocations.map(({ application, amount }) => ({
      amount,
      discount_application: discountApplicationJson(application),
    }));
  }
  get url() {
    return `/products/${this.#priced.product.handle}?variant=${this.#priced.variant.id}`;
  }
  get image() {
    return this.product.featured_image;
  }
  get sku() {
    return this.#priced.variant.sku;
  }
  get vendor() {
    return this.#priced.product.vendor;
  }
  get properties() {
    return this.#priced.line.properties;
  }
  get options_with_values() {
    return this.#priced.variant.selectedOptions;
  }
  get selling_plan_allocation() {
    const { allocation, line } = this.#priced;
    return allocation ? new SellingPlanAllocationDrop(allocation, line.sellingPlanId) : null;
  }
}
