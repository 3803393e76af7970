import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";

/** Orders: money sets, line items, refunds, and the searches the app runs. */

describe("orders", () => {
  it("serves an order with its money, lines, selling plan and attributes", async () => {
    const { body } = await adminClient().request(`{
      order(id: "gid://shopify/Order/401") {
        id name createdAt processedAt cancelledAt displayFinancialStatus displayFulfillmentStatus currencyCode email test
        customer { id }
        subtotalPriceSet { shopMoney { amount currencyCode } }
        totalPriceSet { shopMoney { amount } presentmentMoney { amount currencyCode } }
        totalDiscountsSet { shopMoney { amount } }
        totalTaxSet { shopMoney { amount } }
        totalShippingPriceSet { shopMoney { amount } }
        currentTotalPriceSet { shopMoney { amount } }
        customAttributes { key value }
        refunds { id }
        lineItems(first: 5) {
          nodes {
            id title quantity sku variant { id } product { id }
            originalUnitPriceSet { shopMoney { amount currencyCode } }
            discountedTotalSet { shopMoney { amount } }
            sellingPlan { sellingPlanId name }
          }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.order).toEqual({
      id: "gid://shopify/Order/401",
      name: "#1001",
      createdAt: "2026-05-01T10:00:00Z",
      processedAt: "2026-05-01T10:00:00Z",
      cancelledAt: null,
      displayFinancialStatus: "PAID",
      displayFulfillmentStatus: "UNFULFILLED",
      currencyCode: "CAD",
      email: "ada@example.com",
      test: false,
      customer: { id: "gid://shopify/Customer/301" },
      subtotalPriceSet: { shopMoney: { amount: "93.0", currencyCode: "CAD" } },
      totalPriceSet: { shopMoney: { amount: "110.44" }, presentmentMoney: { amount: "110.44", currencyCode: "CAD" } },
      totalDiscountsSet: { shopMoney: { amount: "5.0" } },
      totalTaxSet: { shopMoney: { amount: "7.44" } },
      totalShippingPriceSet: { shopMoney: { amount: "10.0" } },
      currentTotalPriceSet: { shopMoney: { amount: "110.44" } },
      customAttributes: [{ key: "fieldtest_ab", value: "variant-b" }],
      refunds: [],
      lineItems: {
        nodes: [
          {
            id: "gid://shopify/LineItem/411",
            title: "Oak Desk Lamp",
            quantity: 2,
            sku: "LAMP-S",
            variant: { id: "gid://shopify/ProductVariant/201" },
            product: { id: "gid://shopify/Product/101" },
            originalUnitPriceSet: { shopMoney: { amount: "49.0", currencyCode: "CAD" } },
            discountedTotalSet: { shopMoney: { amount: "93.0" } },
            sellingPlan: { sellingPlanId: "gid://shopify/SellingPlan/901", name: "Pre-order, 20% deposit" },
          },
        ],
      },
    });
  });

  it("gives the language each order was placed in, as orders/create's customer_locale", async () => {
    const { body } = await adminClient().request(`{
      ada: order(id: "gid://shopify/Order/401") { customerLocale }
      grace: order(id: "gid://shopify/Order/402") { customerLocale }
    }`);
    expect(body.data).toEqual({ ada: { customerLocale: "en" }, grace: { customerLocale: "fr" } });
  });

  it("shows refunds and what is left to pay", async () => {
    const { body } = await adminClient().request(`{
      order(id: "gid://shopify/Order/402") {
        refunds { id createdAt totalRefundedSet { shopMoney { amount } } }
        currentTotalPriceSet { shopMoney { amount } }
        totalRefundedSet { shopMoney { amount } }
      }
    }`);
    expect(body.data?.order).toEqual({
      refunds: [
        {
          id: "gid://shopify/Refund/421",
          createdAt: "2026-05-10T10:00:00Z",
          totalRefundedSet: { shopMoney: { amount: "10.0" } },
        },
      ],
      currentTotalPriceSet: { shopMoney: { amount: "19.0" } },
      totalRefundedSet: { shopMoney: { amount: "10.0" } },
    });
  });

  it("filters by creation date, financial status and customer, and sorts", async () => {
    const client = adminClient();
    const names = async (query: string, extra = "") =>
      (
        (
          await client.request(`query ($q: String) { orders(first: 5, query: $q${extra}) { nodes { name } } }`, {
            q: query,
          })
        ).body.data?.orders as {
          nodes: { name: string }[];
        }
      ).nodes.map((order) => order.name);
    expect(await names("created_at:>=2026-05-03")).toEqual(["#1002"]);
    expect(await names("created_at:<'2026-05-03T00:00:00Z'")).toEqual(["#1001"]);
    expect(await names("financial_status:paid")).toEqual(["#1001"]);
    expect(await names("financial_status:partially_refunded fulfillment_status:fulfilled")).toEqual(["#1002"]);
    expect(await names("customer_id:302")).toEqual(["#1002"]);
    expect(await names("name:1001")).toEqual(["#1001"]);
    expect(await names("", ", sortKey: CREATED_AT, reverse: true")).toEqual(["#1002", "#1001"]);
    const count = await client.request(
      '{ ordersCount(query: "test:true") { count precision } all: ordersCount(limit: 1) { count precision } }',
    );
    expect(count.body.data).toEqual({
      ordersCount: { count: 1, precision: "EXACT" },
      all: { count: 1, precision: "AT_LEAST" },
    });
  });
});
