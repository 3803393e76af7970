import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";

/** What the dev store does not serve is an error that says so, never a silent null. */

const CODE = "NOT_IMPLEMENTED_IN_DEV_STORE";

describe("not implemented in the dev store", () => {
  it("reports a root query it does not serve, with null data for it, and serves the rest", async () => {
    const { status, body } = await adminClient().request(
      '{ shop { name } codeDiscountNode(id: "gid://shopify/DiscountCodeNode/1") { id } }',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ shop: { name: "Fieldtest Test Shop" }, codeDiscountNode: null });
    expect(body.errors).toEqual([
      {
        message: "codeDiscountNode is not implemented in the dev store",
        locations: [{ line: 1, column: 17 }],
        extensions: { code: CODE },
        path: ["codeDiscountNode"],
      },
    ]);
    expect(body.extensions?.cost).toBeDefined();
  });

  it("nulls all data when the root field it does not serve is non-null, as GraphQL requires", async () => {
    const { body } = await adminClient().request("{ shop { name } codeDiscountNodes(first: 1) { nodes { id } } }");
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: "codeDiscountNodes is not implemented in the dev store",
      path: ["codeDiscountNodes"],
    });
  });

  it("reports a root mutation it does not serve", async () => {
    const { body } = await adminClient().request(
      'mutation { tagsAdd(id: "gid://shopify/Product/101", tags: ["x"]) { userErrors { message } } }',
    );
    expect(body.data).toEqual({ tagsAdd: null });
    expect(body.errors?.[0]).toMatchObject({
      message: "tagsAdd is not implemented in the dev store",
      extensions: { code: CODE },
    });
  });

  it("reports a field of a served type that it does not serve", async () => {
    const { body } = await adminClient().request(
      '{ product(id: "gid://shopify/Product/101") { title giftCardTemplateSuffix } }',
    );
    expect(body.errors).toEqual([
      {
        message: "Product.giftCardTemplateSuffix is not implemented in the dev store",
        locations: [{ line: 1, column: 52 }],
        extensions: { code: CODE },
        path: ["product", "giftCardTemplateSuffix"],
      },
    ]);
    expect(body.data).toEqual({ product: { title: "Oak Desk Lamp", giftCardTemplateSuffix: null } });
  });

  it("reports a field of a plain value object that it does not serve", async () => {
    const { body } = await adminClient().request("{ shop { primaryDomain { host localization { country } } } }");
    expect(body.errors?.[0]).toMatchObject({
      message: "Domain.localization is not implemented in the dev store",
      path: ["shop", "primaryDomain", "localization"],
    });
  });

  it("reports node lookups for types it keeps no records of", async () => {
    const { body } = await adminClient().request('{ node(id: "gid://shopify/Location/5") { id } }');
    expect(body.data).toEqual({ node: null });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: CODE }, path: ["node"] });
  });

  it("refuses productCreate input it cannot store instead of dropping it", async () => {
    const client = adminClient();
    const before = client.store.state.products.length;
    const { body } = await client.request(
      'mutation { productCreate(product: { title: "Seo", seo: { title: "x" } }) { product { id } userErrors { message } } }',
    );
    expect(body.errors?.[0]).toMatchObject({
      message: "productCreate(product.seo) is not implemented in the dev store",
      extensions: { code: CODE },
    });
    expect(client.store.state.products).toHaveLength(before);
  });
});
