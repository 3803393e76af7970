import type { DevShop } from "../../state/types";
import { SellingPlanAllocationDrop } from "../drops/selling-plan-allocation-drop";
import { discountApplicationJson } from "./discount-application-json";
import type { PricedCart, PricedLine } from "./priced-cart";

/** The cart as Shopify's Ajax API returns it from /cart.js (prices in cents). */
export function cartJson(priced: PricedCart, shop: DevShop) {
  const { cart } = priced;
  return {
    token: cart.token,
    note: cart.note || null,
    attributes: cart.attributes,
    original_total_price: priced.originalTotalPrice,
    total_price: priced.totalPrice,
    total_discount: priced.totalDiscount,
    total_weight: 0,
    item_count: priced.itemCount,
    items: priced.lines.map(lineItemJson),
    requires_shipping: priced.lines.length > 0,
    currency: shop.currencyCode,
    items_subtotal_price: priced.itemsSubtotalPrice,
    cart_level_discount_applications: priced.discountApplications
      .filter((application) => application.level === "cart")
      .map(discountApplicationJson),
  };
}

export function lineItemJson(priced: PricedLine) {
  const { line, product, variant, allocation, unitPrice, linePrice, finalLinePrice } = priced;
  const defaultVariant = variant.title === "Default Title";
  const image = product.images[0]?.url ?? null;
  const lineLevel = priced.discountAllocations.filter(({ application }) => application.level === "line");
  const finalPrice = Math.round(finalLinePrice / line.quantity);
  return {
    id: Number(variant.id),
    properties: line.properties,
    quantity: line.quantity,
    variant_id: Number(variant.id),
    key: line.key,
    title: defaultVariant ? product.title : `${product.title} - ${variant.title}`,
    price: unitPrice,
    original_price: unitPrice,
    discounted_price: finalPrice,
    line_price: finalLinePrice,
    original_line_price: linePrice,
    final_price: finalPrice,
    final_line_price: finalLinePrice,
    total_discount: linePrice - finalLinePrice,
    discounts: lineLevel.map(({ application, amount }) => ({ amount, title: application.title })),
    line_level_discount_allocations: lineLevel.map(({ application, amount }) => ({
      amount,
      discount_application: discountApplicationJson(application),
    })),
    line_level_total_discount: linePrice - finalLinePrice,
    sku: variant.sku,
    grams: 0,
    vendor: product.vendor,
    taxable: true,
    product_id: Number(product.id),
    product_has_only_default_variant: defaultVariant && product.variants.length === 1,
    gift_card: false,
    url: `/products/${product.handle}?variant=${variant.id}`,
    image,
    featured_image: image && { url: image, alt: product.images[0].altText },
    handle: product.handle,
    requires_shipping: true,
    product_type: product.productType,
    product_title: product.title,
    variant_title: defaultVariant ? null : variant.title,
    variant_options: variant.selectedOptions.map((option) => option.value),
    options_with_values: variant.selectedOptions,
    selling_plan_allocation: allocation && new SellingPlanAllocationDrop(allocation, line.sellingPlanId).toCartJSON(),
  };
}
