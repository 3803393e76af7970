import { describe, expect, it } from "vitest";
import { isOtherAppNamespace, resolveAppNamespace } from "../../../devstore/admin/support/app-namespace";
import { adminClient } from "./admin-client";
import { APP_ID } from "./state-fixture";

/** `$app` namespaces: how they resolve, and that reads and writes accept them. */

describe("resolveAppNamespace", () => {
  it("turns $app forms and a missing namespace into the app's reserved namespace", () => {
    expect(resolveAppNamespace("$app:preorder", "42")).toBe("app--42--preorder");
    expect(resolveAppNamespace("$app", "42")).toBe("app--42");
    expect(resolveAppNamespace(null, "42")).toBe("app--42");
    expect(resolveAppNamespace(undefined, "42")).toBe("app--42");
    expect(resolveAppNamespace("custom", "42")).toBe("custom");
    expect(resolveAppNamespace("app--42--preorder", "42")).toBe("app--42--preorder");
  });

  it("recognizes another app's reserved namespace", () => {
    expect(isOtherAppNamespace("app--99--secret", "42")).toBe(true);
    expect(isOtherAppNamespace("app--99", "42")).toBe(true);
    expect(isOtherAppNamespace("app--42--mine", "42")).toBe(false);
    expect(isOtherAppNamespace("custom", "42")).toBe(false);
    expect(isOtherAppNamespace("app--helper", "42")).toBe(false);
  });
});

describe("$app namespaces through the API", () => {
  const OWNER = "gid://shopify/Customer/301";

  it("stores $app:… as app--<appId>--… and finds it again by either form", async () => {
    const client = adminClient();
    const set = await client.request(
      `mutation Set($metafields: [MetafieldsSetInput!]!) {
        metafieldsSet(metafields: $metafields) { metafields { namespace key value } userErrors { field message code } }
      }`,
      {
        metafields: [
          { ownerId: OWNER, namespace: "$app:loyalty", key: "tier", type: "single_line_text_field", value: "gold" },
          { ownerId: OWNER, key: "joined", type: "date", value: "2026-01-01" },
        ],
      },
    );
    expect(set.body.data).toEqual({
      metafieldsSet: {
        metafields: [
          { namespace: `app--${APP_ID}--loyalty`, key: "tier", value: "gold" },
          { namespace: `app--${APP_ID}`, key: "joined", value: "2026-01-01" },
        ],
        userErrors: [],
      },
    });

    const read = await client.request(`{
      customer(id: "${OWNER}") {
        short: metafield(namespace: "$app:loyalty", key: "tier") { value }
        long: metafield(namespace: "app--${APP_ID}--loyalty", key: "tier") { value }
        defaulted: metafield(key: "joined") { value }
        list: metafields(first: 5, namespace: "$app:loyalty") { nodes { key } }
        keyed: metafields(first: 5, keys: ["$app:loyalty.tier"]) { nodes { key } }
      }
      currentAppInstallation { metafields(first: 5) { nodes { key } } }
    }`);
    expect(read.body.data).toEqual({
      customer: {
        short: { value: "gold" },
        long: { value: "gold" },
        defaulted: { value: "2026-01-01" },
        list: { nodes: [{ key: "tier" }] },
        keyed: { nodes: [{ key: "tier" }] },
      },
      currentAppInstallation: { metafields: { nodes: [] } },
    });

    const deleted = await client.request(`mutation {
      metafieldsDelete(metafields: [{ ownerId: "${OWNER}", namespace: "$app:loyalty", key: "tier" }]) {
        deletedMetafields { ownerId namespace key } userErrors { field message }
      }
    }`);
    expect(deleted.body.data).toEqual({
      metafieldsDelete: {
        deletedMetafields: [{ ownerId: OWNER, namespace: `app--${APP_ID}--loyalty`, key: "tier" }],
        userErrors: [],
      },
    });
  });

  it("hides another app's metafields and refuses to write them", async () => {
    const client = adminClient();
    const read = await client.request(`{
      product(id: "gid://shopify/Product/101") {
        metafields(first: 10) { nodes { namespace } }
        hidden: metafield(namespace: "app--999--secret", key: "hidden") { value }
      }
    }`);
    expect(read.body.data).toEqual({
      product: {
        metafields: { nodes: [{ namespace: "custom" }, { namespace: `app--${APP_ID}--preorder` }] },
        hidden: null,
      },
    });

    const write = await client.request(`mutation {
      metafieldsSet(metafields: [{ ownerId: "gid://shopify/Product/101", namespace: "app--999--secret", key: "hidden", type: "single_line_text_field", value: "mine" }]) {
        metafields { id } userErrors { field message code }
      }
    }`);
    expect(write.body.data).toEqual({
      metafieldsSet: {
        metafields: [],
        userErrors: [
          {
            field: ["metafields", "0"],
            message: "Access to this namespace and key on Metafields for this resource type is not allowed.",
            code: "APP_NOT_AUTHORIZED",
          },
        ],
      },
    });
  });
});
