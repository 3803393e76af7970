import type { DevCustomer, DevMetafield, DevOrder, DevProduct, DevStoreState } from "../../../../devstore/state/types";

/**
 * Records to put in a test shop so that it matches a capture's preconditions: the ids are
 * Shopify's own, so that the captured requests find them unchanged.
 */

const CREATED = "2026-04-01T10:00:00Z";

export function addProduct(
  state: DevStoreState,
  fields: Partial<DevProduct> & { id: string; title: string },
): DevProduct {
  const product: DevProduct = {
    handle: fields.title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    descriptionHtml: "",
    vendor: state.shop.name,
    productType: "",
    tags: [],
    status: "ACTIVE",
    options: [{ name: "Title", values: ["Default Title"] }],
    images: [],
    variants: [
      {
        id: `${fields.id}1`,
        productId: fields.id,
        title: "Default Title",
        sku: "",
        price: "10.00",
        compareAtPrice: null,
        inventoryQuantity: 0,
        selectedOptions: [{ name: "Title", value: "Default Title" }],
        position: 1,
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
    createdAt: CREATED,
    updatedAt: CREATED,
    publishedAt: null,
    ...fields,
  };
  state.products.push(product);
  return product;
}

export function addMetafield(
  state: DevStoreState,
  fields: Pick<DevMetafield, "id" | "ownerId" | "namespace" | "key" | "value"> & Partial<DevMetafield>,
): DevMetafield {
  const metafield: DevMetafield = {
    type: "single_line_text_field",
    compareDigest: `${fields.id}`.padStart(64, "0"),
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
  state.metafields.push(metafield);
  return metafield;
}

export function addCustomer(
  state: DevStoreState,
  fields: Partial<DevCustomer> & { id: string; firstName: string; lastName: string },
) {
  const customer: DevCustomer = {
    email: `${fields.firstName.toLowerCase()}@example.com`,
    phone: null,
    locale: "en",
    emailMarketingConsent: {
      marketingState: "NOT_SUBSCRIBED",
      marketingOptInLevel: "SINGLE_OPT_IN",
      consentUpdatedAt: null,
    },
    tags: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
  state.customers.push(customer);
  return customer;
}

export function addOrder(state: DevStoreState, fields: Partial<DevOrder> & { id: string; number: number }) {
  const order: DevOrder = {
    name: `#${fields.number}`,
    customerId: null,
    email: `buyer-${fields.number}@example.com`,
    currencyCode: state.shop.currencyCode,
    lines: [],
    subtotal: "55.00",
    totalDiscounts: "0.00",
    totalTax: "0.00",
    totalShipping: "0.00",
    total: "55.00",
    financialStatus: "PAID",
    fulfillmentStatus: "UNFULFILLED",
    noteAttributes: [],
    createdAt: CREATED,
    processedAt: CREATED,
    cancelledAt: null,
    cancelReason: null,
    refunds: [],
    test: false,
    ...fields,
  };
  state.orders.push(order);
  return order;
}
