import { Drop } from "liquidjs";
import { gid } from "../../state/store";
import type { DevProduct, DevStoreState } from "../../state/types";
import { toCents } from "../money";
import { ImageDrop } from "./image-drop";
import { MetafieldsDrop } from "./metafields-drop";
import { ProductOptionDrop } from "./option-drop";
import { sellingPlanGroupsOf } from "./selling-plans";
import { VariantDrop } from "./variant-drop";

/**
 * Liquid's `product`. `selectedVariantId` comes from `?variant=` on the product page,
 * `selectedSellingPlanId` from `?selling_plan=`.
 */
export class ProductDrop extends Drop {
  readonly #product: DevProduct;
  readonly #state: DevStoreState;
  readonly #selectedVariantId: string | null;
  readonly #selectedSellingPlanId: string | null;
  #variants: VariantDrop[] | undefined;

  constructor(
    product: DevProduct,
    state: DevStoreState,
    selectedVariantId: string | null = null,
    selectedSellingPlanId: string | null = null,
  ) {
    super();
    this.#product = product;
    this.#state = state;
    this.#selectedVariantId = product.variants.some((variant) => variant.id === selectedVariantId)
      ? selectedVariantId
      : null;
    this.#selectedSellingPlanId = selectedSellingPlanId;
  }

  get id() {
    return Number(this.#product.id);
  }
  get title() {
    return this.#product.title;
  }
  get handle() {
    return this.#product.handle;
  }
  get description() {
    return this.#product.descriptionHtml;
  }
  get content() {
    return this.#product.descriptionHtml;
  }
  get url() {
    return `/products/${this.#product.handle}`;
  }
  get vendor() {
    return this.#product.vendor;
  }
  get type() {
    return this.#product.productType;
  }
  get tags() {
    return this.#product.tags;
  }
  get published_at() {
    return this.#product.publishedAt;
  }
  get created_at() {
    return this.#product.createdAt;
  }
  get template_suffix() {
    return null;
  }

  get variants(): VariantDrop[] {
    this.#variants ??= [...this.#product.variants]
      .sort((a, b) => a.position - b.position)
      .map(
        (variant) =>
          new VariantDrop(
            this.#product,
            variant,
            this.#state,
            variant.id === this.#selectedVariantId,
            this.#selectedSellingPlanId,
          ),
      );
    return this.#variants;
  }
  get has_only_default_variant() {
    return this.#product.variants.length === 1 && this.#product.variants[0].title === "Default Title";
  }
  get first_available_variant() {
    return this.variants.find((variant) => variant.available) ?? null;
  }
  get selected_variant() {
    return this.variants.find((variant) => variant.selected) ?? null;
  }
  get selected_or_first_available_variant() {
    return this.selected_variant ?? this.first_available_variant ?? this.variants[0] ?? null;
  }
  get available() {
    return this.variants.some((variant) => variant.available);
  }

  get price() {
    return this.price_min;
  }
  get price_min() {
    return Math.min(...this.#prices());
  }
  get price_max() {
    return Math.max(...this.#prices());
  }
  get price_varies() {
    return this.price_min !== this.price_max;
  }
  get compare_at_price() {
    return this.compare_at_price_min;
  }
  get compare_at_price_min() {
    const prices = this.#compareAtPrices();
    return prices.length ? Math.min(...prices) : null;
  }
  get compare_at_price_max() {
    const prices = this.#compareAtPrices();
    return prices.length ? Math.max(...prices) : null;
  }
  get compare_at_price_varies() {
    return this.compare_at_price_min !== this.compare_at_price_max;
  }

  get images() {
    return this.#product.images.map((image, index) => new ImageDrop(image, this.#product.id, index + 1));
  }
  get media() {
    return this.images;
  }
  get featured_image() {
    return this.images[0] ?? null;
  }
  get featured_media() {
    return this.featured_image;
  }

  get options() {
    return this.#product.options.map((option) => option.name);
  }
  get options_with_values() {
    const selected = this.selected_or_first_available_variant;
    return this.#product.options.map(
      (option, index) => new ProductOptionDrop(option.name, index + 1, option.values, selected?.options[index] ?? null),
    );
  }

  // The selling plan objects are typed as Liquid sees them (any object with those properties):
  // theme tests may stand in their own.
  get selling_plan_groups(): unknown[] {
    return this.#sellingPlanGroups();
  }
  get requires_selling_plan() {
    return this.#product.requiresSellingPlan ?? false;
  }
  /** The plan `?selling_plan=` names, when it is one of the product's. */
  get selected_selling_plan(): unknown {
    return (
      this.#sellingPlanGroups()
        .flatMap((group) => group.selling_plans)
        .find((plan) => plan.selected) ?? null
    );
  }
  get selected_selling_plan_allocation(): unknown {
    return this.selected_variant?.selected_selling_plan_allocation ?? null;
  }
  /** The selected allocation; else, for a product sold only on a plan, the first of the first available variant. */
  get selected_or_first_available_selling_plan_allocation(): unknown {
    const variant = this.selected_or_first_available_variant;
    if (!variant) return null;
    return (
      variant.selected_selling_plan_allocation ??
      (this.requires_selling_plan ? (variant.selling_plan_allocations[0] ?? null) : null)
    );
  }

  #sellingPlanGroups() {
    return sellingPlanGroupsOf(this.#state, this.#product, this.#selectedSellingPlanId);
  }

  get metafields() {
    return MetafieldsDrop.ownedBy(this.#state, gid("Product", this.#product.id));
  }

  #prices() {
    return this.#product.variants.map((variant) => toCents(variant.price));
  }
  #compareAtPrices() {
    return this.#product.variants.flatMap((variant) =>
      variant.compareAtPrice === null ? [] : [toCents(variant.compareAtPrice)],
    );
  }

  /** The shape of /products/<handle>.js and `{{ product | json }}`. */
  toJSON() {
    return {
      id: this.id,
      title: this.title,
      handle: this.handle,
      description: this.description,
      published_at: this.published_at,
      created_at: this.created_at,
      vendor: this.vendor,
      type: this.type,
      tags: this.tags,
      price: this.price,
      price_min: this.price_min,
      price_max: this.price_max,
      available: this.available,
      price_varies: this.price_varies,
      compare_at_price: this.compare_at_price,
      compare_at_price_min: this.compare_at_price_min,
      compare_at_price_max: this.compare_at_price_max,
      compare_at_price_varies: this.compare_at_price_varies,
      variants: this.variants,
      images: this.images.map((image) => image.src),
      featured_image: this.featured_image?.src ?? null,
      options: this.options_with_values,
      media: this.media,
      requires_selling_plan: this.requires_selling_plan,
      selling_plan_groups: this.selling_plan_groups,
      url: this.url,
    };
  }
}
