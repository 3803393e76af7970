import { Drop } from "liquidjs";
import { gid } from "../../state/store";
import type { DevProduct, DevStoreState, DevVariant } from "../../state/types";
import { toCents } from "../money";
import { ImageDrop } from "./image-drop";
import { MetafieldsDrop } from "./metafields-drop";
import { sellingPlanAllocationsOf } from "./selling-plans";

/** Liquid's `variant`. Prices are in cents. */
export class VariantDrop extends Drop {
  readonly #product: DevProduct;
  readonly #variant: DevVariant;
  readonly #state: DevStoreState;
  readonly #selected: boolean;
  readonly #selectedSellingPlanId: string | null;

  constructor(
    product: DevProduct,
    variant: DevVariant,
    state: DevStoreState,
    selected: boolean,
    selectedSellingPlanId: string | null = null,
  ) {
    super();
    this.#product = product;
    this.#variant = variant;
    this.#state = state;
    this.#selected = selected;
    this.#selectedSellingPlanId = selectedSellingPlanId;
  }

  get id() {
    return Number(this.#variant.id);
  }
  get product_id() {
    return Number(this.#product.id);
  }
  get title() {
    return this.#variant.title;
  }
  get name() {
    return this.public_title ? `${this.#product.title} - ${this.#variant.title}` : this.#product.title;
  }
  get public_title() {
    return this.#variant.title === "Default Title" ? null : this.#variant.title;
  }
  get sku() {
    return this.#variant.sku;
  }
  get price() {
    return toCents(this.#variant.price);
  }
  get compare_at_price() {
    return this.#variant.compareAtPrice === null ? null : toCents(this.#variant.compareAtPrice);
  }
  get available() {
    return this.#product.status === "ACTIVE" && this.#variant.inventoryQuantity > 0;
  }
  get inventory_quantity() {
    return this.#variant.inventoryQuantity;
  }
  get inventory_management() {
    return "shopify";
  }
  get inventory_policy() {
    return "deny";
  }
  get options() {
    return this.#variant.selectedOptions.map((option) => option.value);
  }
  get option1() {
    return this.options[0] ?? null;
  }
  get option2() {
    return this.options[1] ?? null;
  }
  get option3() {
    return this.options[2] ?? null;
  }
  get selected() {
    return this.#selected;
  }
  get url() {
    return `/products/${this.#product.handle}?variant=${this.#variant.id}`;
  }
  get featured_image() {
    const image = this.#product.images[0];
    return image ? new ImageDrop(image, this.#product.id, 1) : null;
  }
  get image() {
    return this.featured_image;
  }
  get requires_shipping() {
    return true;
  }
  get taxable() {
    return true;
  }
  get weight() {
    return 0;
  }
  get barcode() {
    return null;
  }
  /** Typed as Liquid sees it (any objects with an allocation's properties): theme tests may stand in their own. */
  get selling_plan_allocations(): unknown[] {
    return this.#allocations();
  }
  /** The allocation of the plan `?selling_plan=` names, if it applies to this variant. */
  get selected_selling_plan_allocation(): unknown {
    return this.#allocations().find((allocation) => allocation.selling_plan.selected) ?? null;
  }
  get requires_selling_plan() {
    return this.#product.requiresSellingPlan ?? false;
  }
  get metafields() {
    return MetafieldsDrop.ownedBy(this.#state, gid("ProductVariant", this.#variant.id));
  }

  #allocations() {
    return sellingPlanAllocationsOf(this.#state, this.#variant, this.#selectedSellingPlanId);
  }

  /** The shape of a variant in /products/<handle>.js and `{{ variant | json }}`. */
  toJSON() {
    return {
      id: this.id,
      title: this.title,
      option1: this.option1,
      option2: this.option2,
      option3: this.option3,
      sku: this.sku,
      requires_shipping: this.requires_shipping,
      taxable: this.taxable,
      featured_image: this.featured_image,
      available: this.available,
      name: this.name,
      public_title: this.public_title,
      options: this.options,
      price: this.price,
      weight: this.weight,
      compare_at_price: this.compare_at_price,
      inventory_management: this.inventory_management,
      barcode: this.barcode,
      requires_selling_plan: this.requires_selling_plan,
      selling_plan_allocations: this.selling_plan_allocations,
    };
  }
}
