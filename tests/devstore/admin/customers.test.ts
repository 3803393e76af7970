import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";

/** Customers: reads, search, order totals and the email marketing consent mutation. */

const CONSENT = `mutation ($input: CustomerEmailMarketingConsentUpdateInput!) {
  customerEmailMarketingConsentUpdate(input: $input) {
    customer { id emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt } }
    userErrors { field message code }
  }
}`;

describe("customer reads", () => {
  it("serves a customer with consent, contact points and order totals", async () => {
    const { body } = await adminClient().request(`{
      customer(id: "gid://shopify/Customer/301") {
        id firstName lastName displayName email phone locale tags createdAt updatedAt numberOfOrders canDelete
        amountSpent { amount currencyCode }
        defaultEmailAddress { emailAddress marketingState marketingOptInLevel marketingUpdatedAt }
        defaultPhoneNumber { phoneNumber marketingState }
        emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt }
        lastOrder { name }
        orders(first: 5) { nodes { name } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.customer).toEqual({
      id: "gid://shopify/Customer/301",
      firstName: "Ada",
      lastName: "Lovelace",
      displayName: "Ada Lovelace",
      email: "ada@example.com",
      phone: "+14155550101",
      locale: "en",
      tags: ["vip"],
      createdAt: "2026-01-20T08:00:00Z",
      updatedAt: "2026-03-01T08:00:00Z",
      numberOfOrders: "1",
      canDelete: false,
      amountSpent: { amount: "110.44", currencyCode: "CAD" },
      defaultEmailAddress: {
        emailAddress: "ada@example.com",
        marketingState: "SUBSCRIBED",
        marketingOptInLevel: "SINGLE_OPT_IN",
        marketingUpdatedAt: "2026-03-01T08:00:00Z",
      },
      defaultPhoneNumber: { phoneNumber: "+14155550101", marketingState: "NOT_SUBSCRIBED" },
      emailMarketingConsent: {
        marketingState: "SUBSCRIBED",
        marketingOptInLevel: "SINGLE_OPT_IN",
        consentUpdatedAt: "2026-03-01T08:00:00Z",
      },
      lastOrder: { name: "#1001" },
      orders: { nodes: [{ name: "#1001" }] },
    });
  });

  it("counts what a customer kept after refunds", async () => {
    const { body } = await adminClient().request(
      '{ customer(id: "gid://shopify/Customer/302") { amountSpent { amount } defaultPhoneNumber { phoneNumber } } }',
    );
    expect(body.data?.customer).toEqual({ amountSpent: { amount: "19.0" }, defaultPhoneNumber: null });
  });

  it("searches by email, free text and consent, and counts", async () => {
    const client = adminClient();
    const search = async (query: string) =>
      (
        await client.request(
          `query ($q: String) { customers(first: 5, query: $q) { nodes { email } } customersCount(query: $q) { count precision } }`,
          { q: query },
        )
      ).body.data;
    expect(await search("email:ada@example.com")).toEqual({
      customers: { nodes: [{ email: "ada@example.com" }] },
      customersCount: { count: 1, precision: "EXACT" },
    });
    expect(await search("grace")).toMatchObject({ customers: { nodes: [{ email: "grace@example.com" }] } });
    expect(await search("email_marketing_state:subscribed")).toMatchObject({
      customers: { nodes: [{ email: "ada@example.com" }] },
    });
    expect(await search("tag:vip")).toMatchObject({ customersCount: { count: 1 } });
    expect(await search("")).toMatchObject({ customersCount: { count: 2 } });
  });

  it("finds customers by identifier", async () => {
    const { body } = await adminClient().request(`{
      byEmail: customerByIdentifier(identifier: { emailAddress: "GRACE@example.com" }) { id }
      byPhone: customerByIdentifier(identifier: { phoneNumber: "+14155550101" }) { id }
      missing: customerByIdentifier(identifier: { emailAddress: "nobody@example.com" }) { id }
    }`);
    expect(body.data).toEqual({
      byEmail: { id: "gid://shopify/Customer/302" },
      byPhone: { id: "gid://shopify/Customer/301" },
      missing: null,
    });
  });
});

describe("customerEmailMarketingConsentUpdate", () => {
  it("records the consent and emits customers/email_marketing_consent_update once", async () => {
    const client = adminClient();
    const emitted: string[] = [];
    client.store.events.on("customers/email_marketing_consent_update", (customerId) => emitted.push(customerId));
    const input = {
      customerId: "gid://shopify/Customer/302",
      emailMarketingConsent: {
        marketingState: "SUBSCRIBED",
        marketingOptInLevel: "CONFIRMED_OPT_IN",
        consentUpdatedAt: "2026-05-30T09:00:00Z",
      },
    };
    const { body } = await client.request(CONSENT, { input });
    expect(body.data?.customerEmailMarketingConsentUpdate).toEqual({
      customer: {
        id: "gid://shopify/Customer/302",
        emailMarketingConsent: {
          marketingState: "SUBSCRIBED",
          marketingOptInLevel: "CONFIRMED_OPT_IN",
          consentUpdatedAt: "2026-05-30T09:00:00Z",
        },
      },
      userErrors: [],
    });
    expect(client.store.state.customers[1].emailMarketingConsent.marketingState).toBe("SUBSCRIBED");
    await client.request(CONSENT, { input });
    expect(emitted).toEqual(["302"]);
  });

  it("answers Shopify's userErrors and leaves the customer as it was", async () => {
    const client = adminClient();
    const emitted: string[] = [];
    client.store.events.on("customers/email_marketing_consent_update", (customerId) => emitted.push(customerId));
    const update = async (emailMarketingConsent: Record<string, unknown>, customerId = "gid://shopify/Customer/301") =>
      (await client.request(CONSENT, { input: { customerId, emailMarketingConsent } })).body;

    expect(
      (
        await update(
          { marketingState: "UNSUBSCRIBED", marketingOptInLevel: "SINGLE_OPT_IN" },
          "gid://shopify/Customer/9",
        )
      ).data,
    ).toEqual({
      customerEmailMarketingConsentUpdate: {
        customer: null,
        userErrors: [{ field: ["input", "customerId"], message: "Customer not found", code: "INVALID" }],
      },
    });
    expect((await update({ marketingState: "UNSUBSCRIBED" })).data?.customerEmailMarketingConsentUpdate).toMatchObject({
      userErrors: [
        {
          field: ["input", "emailMarketingConsent", "marketingOptInLevel"],
          message: "Marketing opt in level must exist",
          code: "MISSING_ARGUMENT",
        },
      ],
    });
    expect(
      (
        await update({
          marketingState: "UNSUBSCRIBED",
          marketingOptInLevel: "SINGLE_OPT_IN",
          consentUpdatedAt: "2026-07-01T00:00:00Z",
        })
      ).data?.customerEmailMarketingConsentUpdate,
    ).toMatchObject({
      userErrors: [
        {
          field: ["input", "emailMarketingConsent", "consentUpdatedAt"],
          message: "Consent updated at must not be in the future",
          code: "INVALID",
        },
      ],
    });
    const notSettable = await update({ marketingState: "NOT_SUBSCRIBED", marketingOptInLevel: "SINGLE_OPT_IN" });
    expect(notSettable.data).toEqual({ customerEmailMarketingConsentUpdate: null });
    expect(notSettable.errors?.[0]).toMatchObject({
      message: "Cannot specify NOT_SUBSCRIBED as a marketing state input",
      extensions: { code: "INVALID" },
    });

    expect(client.store.state.customers[0].emailMarketingConsent.marketingState).toBe("SUBSCRIBED");
    expect(emitted).toEqual([]);
  });
});
