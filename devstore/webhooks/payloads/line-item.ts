import { catalogueProduct } from "../../seed/catalogue";
import { formatCents } from "../../seed/money";
import { gid } from "../../state/store";
import type { DevOrder, DevStoreState } from "../../state/types";
import { discountAllocationsPayload } from "./discount-applications";
import { moneySet } from "./money-set";
import type { LineAmounts } from "./order-amounts";
import { taxLinesPayload, type TaxRate } from "./tax-line";

/** One of the order's line_items (also embedded in refund_line_items). */
export function lineItemPayload(state: DevStoreState, order: DevOrder, amounts: LineAmounts, taxRate: TaxRate) {
  const { line } = amounts;
  const currency = order.currencyCode;
  const product = line.productId ? state.products.find((candidate) => candidate.id === line.productId) : undefined;
  const fulfilled = order.fulfillmentStatus === "FULFILLED";
  const price = line.price;
  const discount = formatCents(amounts.discountCents);
  const preTaxPrice = formatCents(amounts.netCents);
  return {
    id: Number(line.id),
    admin_graphql_api_id: gid("LineItem", line.id),
    attributed_staffs: [],
    current_quantity: amounts.currentQuantity,
    fulfillable_quantity: fulfilled ? 0 : amounts.currentQuantity,
    fulfillment_service: "manual",
    fulfillment_status: fulfilled ? "fulfilled" : null,
    gift_card: false,
    grams: product ? (catalogueProduct(product.handle)?.grams ?? 0) : 0,
    name: line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title,
    price,
    price_set: moneySet(price, currency),
    product_exists: Boolean(product),
    product_id: line.productId ? Number(line.productId) : null,
    properties: [],
    quantity: line.quantity,
    requires_shipping: true,
    sales_line_item_group_id: null,
    sku: line.sku,
    taxable: true,
    title: line.title,
    total_discount: discount,
    total_discount_set: moneySet(discount, currency),
    pre_tax_price: preTaxPrice,
    pre_tax_price_set: moneySet(preTaxPrice, currency),
    variant_id: line.variantId ? Number(line.variantId) : null,
    variant_inventory_management: line.variantId ? "shopify" : null,
    variant_title: line.variantTitle,
    vendor: product?.vendor ?? null,
    tax_lines: taxLinesPayload(amounts.taxCents, taxRate, currency),
    duties: [],
    discount_allocations: discountAllocationsPayload(order, line, amounts.discountCents),
  };
}
