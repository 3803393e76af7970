import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";
import { NOW } from "./state-fixture";

/** Products and variants: reads, connections, search, and the mutations the dev store serves. */

describe("product reads", () => {
  it("serves a product with its variants, options, media and prices", async () => {
    const { body } = await adminClient().request(`{
      product(id: "gid://shopify/Product/101") {
        id legacyResourceId title handle description descriptionHtml vendor productType tags status
        publishedAt onlineStoreUrl totalInventory tracksInventory hasOnlyDefaultVariant
        options { name position values }
        variantsCount { count precision }
        priceRangeV2 { minVariantPrice { amount currencyCode } maxVariantPrice { amount } }
        featuredMedia { ... on MediaImage { mediaContentType image { url altText width height } } }
        media(first: 5) { nodes { ... on MediaImage { id status } } }
        variants(first: 5) {
          nodes { id title sku price compareAtPrice inventoryQuantity position selectedOptions { name value } product { id } }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.product).toEqual({
      id: "gid://shopify/Product/101",
      legacyResourceId: "101",
      title: "Oak Desk Lamp",
      handle: "oak-desk-lamp",
      description: "A lamp of solid oak.",
      descriptionHtml: "<p>A lamp of <strong>solid oak</strong>.</p>",
      vendor: "Fieldtest Goods",
      productType: "Lighting",
      tags: ["lamp", "oak"],
      status: "ACTIVE",
      publishedAt: "2026-01-11T10:00:00Z",
      onlineStoreUrl: "https://fieldtest-test.myshopify.com/products/oak-desk-lamp",
      totalInventory: 12,
      tracksInventory: true,
      hasOnlyDefaultVariant: false,
      options: [{ name: "Size", position: 1, values: ["Small", "Large"] }],
      variantsCount: { count: 2, precision: "EXACT" },
      priceRangeV2: { minVariantPrice: { amount: "49.0", currencyCode: "CAD" }, maxVariantPrice: { amount: "69.0" } },
      featuredMedia: {
        mediaContentType: "IMAGE",
        image: {
          url: "http://127.0.0.1:4000/images/products/oak-desk-lamp.svg",
          altText: "Oak desk lamp",
          width: 800,
          height: 800,
        },
      },
      media: { nodes: [{ id: "gid://shopify/MediaImage/111", status: "READY" }] },
      variants: {
        nodes: [
          {
            id: "gid://shopify/ProductVariant/201",
            title: "Small",
            sku: "LAMP-S",
            price: "49.00",
            compareAtPrice: "59.00",
            inventoryQuantity: 12,
            position: 1,
            selectedOptions: [{ name: "Size", value: "Small" }],
            product: { id: "gid://shopify/Product/101" },
          },
          {
            id: "gid://shopify/ProductVariant/202",
            title: "Large",
            sku: "LAMP-L",
            price: "69.00",
            compareAtPrice: null,
            inventoryQuantity: 0,
            position: 2,
            selectedOptions: [{ name: "Size", value: "Large" }],
            product: { id: "gid://shopify/Product/101" },
          },
        ],
      },
    });
  });

  it("finds products by handle, identifier and global id, and null for unknown ids", async () => {
    const { body } = await adminClient().request(`{
      byHandle: productByHandle(handle: "linen-apron") { id }
      byIdentifier: productByIdentifier(identifier: { handle: "oak-desk-lamp" }) { id }
      node(id: "gid://shopify/ProductVariant/203") { ... on ProductVariant { displayName } }
      missing: product(id: "gid://shopify/Product/999") { id }
      variant: productVariant(id: "gid://shopify/ProductVariant/202") { title }
    }`);
    expect(body.data).toEqual({
      byHandle: { id: "gid://shopify/Product/102" },
      byIdentifier: { id: "gid://shopify/Product/101" },
      node: { displayName: "Linen Apron - Default Title" },
      missing: null,
      variant: { title: "Large" },
    });
  });

  it("pages through products with cursors in both directions", async () => {
    const client = adminClient();
    const page = async (args: string) =>
      (
        await client.request(
          `{ products(${args}) { nodes { handle } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        )
      ).body.data?.products as {
        nodes: { handle: string }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    const first = await page("first: 1");
    expect(first.nodes).toEqual([{ handle: "oak-desk-lamp" }]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page(`first: 1, after: "${first.pageInfo.endCursor}"`);
    expect(second.nodes).toEqual([{ handle: "linen-apron" }]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await page("last: 1")).nodes).toEqual([{ handle: "linen-apron" }]);
    expect((await page(`last: 1, before: "${second.pageInfo.endCursor}"`)).nodes).toEqual([
      { handle: "oak-desk-lamp" },
    ]);
    expect((await page("first: 5, sortKey: TITLE")).nodes).toEqual([
      { handle: "linen-apron" },
      { handle: "oak-desk-lamp" },
    ]);
    expect((await page("first: 5, sortKey: TITLE, reverse: true")).nodes).toEqual([
      { handle: "oak-desk-lamp" },
      { handle: "linen-apron" },
    ]);
  });

  it("filters with Shopify's search syntax and warns about fields it cannot search", async () => {
    const client = adminClient();
    const search = async (query: string) =>
      (
        await client.request(
          `query ($q: String) { products(first: 5, query: $q) { nodes { handle } } productsCount(query: $q) { count } }`,
          { q: query },
        )
      ).body;
    expect((await search("status:active")).data).toEqual({
      products: { nodes: [{ handle: "oak-desk-lamp" }] },
      productsCount: { count: 1 },
    });
    expect((await search("tag:oak OR product_type:Kitchen")).data?.productsCount).toEqual({ count: 2 });
    expect((await search("-tag:oak")).data?.products).toEqual({ nodes: [{ handle: "linen-apron" }] });
    expect((await search("title:Oak*")).data?.products).toEqual({ nodes: [{ handle: "oak-desk-lamp" }] });
    expect((await search("apron")).data?.products).toEqual({ nodes: [{ handle: "linen-apron" }] });
    expect((await search("sku:LAMP-L")).data?.products).toEqual({ nodes: [{ handle: "oak-desk-lamp" }] });
    const unknown = await search("colour:red");
    expect(unknown.data?.productsCount).toEqual({ count: 2 });
    expect(unknown.extensions?.search).toEqual([
      {
        path: ["products"],
        query: "colour:red",
        parsed: { field: "colour", match_all: "red" },
        warnings: [{ field: "colour", message: "Invalid search field for this query.", code: "invalid_field" }],
      },
      {
        path: ["productsCount"],
        query: "colour:red",
        parsed: { field: "colour", match_all: "red" },
        warnings: [{ field: "colour", message: "Invalid search field for this query.", code: "invalid_field" }],
      },
    ]);
  });

  it("searches variants", async () => {
    const { body } = await adminClient().request(
      '{ productVariants(first: 5, query: "sku:LAMP-S") { nodes { id } } productVariantsCount { count } }',
    );
    expect(body.data).toEqual({
      productVariants: { nodes: [{ id: "gid://shopify/ProductVariant/201" }] },
      productVariantsCount: { count: 3 },
    });
  });
});

describe("product mutations", () => {
  const CREATE = `mutation ($product: ProductCreateInput!) {
    productCreate(product: $product) {
      product { id title handle status vendor productType tags variants(first: 5) { nodes { title price sku selectedOptions { name value } } } }
      userErrors { field message }
    }
  }`;

  it("creates a product with Shopify's single default variant", async () => {
    const client = adminClient();
    const { body } = await client.request(CREATE, { product: { title: "Oak Desk Lamp", tags: ["b", "a"] } });
    expect(body.data?.productCreate).toEqual({
      product: {
        id: "gid://shopify/Product/1001",
        title: "Oak Desk Lamp",
        handle: "oak-desk-lamp-1",
        status: "ACTIVE",
        vendor: "Fieldtest Test Shop",
        productType: "",
        tags: ["a", "b"],
        variants: {
          nodes: [
            {
              title: "Default Title",
              price: "0.00",
              sku: "",
              selectedOptions: [{ name: "Title", value: "Default Title" }],
            },
          ],
        },
      },
      userErrors: [],
    });
    expect(client.store.state.products).toHaveLength(3);
  });

  it("reports a blank title and a handle already in use", async () => {
    const client = adminClient();
    expect((await client.request(CREATE, { product: { title: "  " } })).body.data?.productCreate).toEqual({
      product: null,
      userErrors: [{ field: ["title"], message: "Title can't be blank" }],
    });
    expect(
      (await client.request(CREATE, { product: { title: "Lamp", handle: "Oak Desk Lamp" } })).body.data?.productCreate,
    ).toEqual({
      product: null,
      userErrors: [
        { field: ["input", "handle"], message: "Handle 'oak-desk-lamp' already in use. Please provide a new handle." },
      ],
    });
    expect(client.store.state.products).toHaveLength(2);
  });

  it("creates the product's metafields with it, checked as metafieldsSet checks them", async () => {
    const client = adminClient();
    const create = `mutation ($product: ProductCreateInput!) {
      productCreate(product: $product) {
        product { metafield(namespace: "$app:preorder", key: "enabled") { namespace type jsonValue } }
        userErrors { field message }
      }
    }`;
    const metafield = { namespace: "$app:preorder", key: "enabled", type: "boolean" };
    const created = await client.request(create, {
      product: { title: "Preorder lamp", metafields: [{ ...metafield, value: "true" }] },
    });
    expect(created.body.data?.productCreate).toEqual({
      product: { metafield: { namespace: "app--4242--preorder", type: "boolean", jsonValue: true } },
      userErrors: [],
    });
    const refused = await client.request(create, {
      product: { title: "Other lamp", metafields: [{ ...metafield, value: "yes" }] },
    });
    expect(refused.body.data?.productCreate).toEqual({
      product: null,
      userErrors: [{ field: ["metafields", "0", "value"], message: "Value must be true or false." }],
    });
    expect(client.store.state.products.map((product) => product.title)).not.toContain("Other lamp");
  });

  it("updates the fields the dev store keeps", async () => {
    const client = adminClient();
    const { body } = await client.request(
      `mutation { productUpdate(product: { id: "gid://shopify/Product/102", title: "Linen Apron II", status: ACTIVE, tags: ["linen"] }) {
        product { title status tags updatedAt } userErrors { field message }
      } }`,
    );
    expect(body.data?.productUpdate).toEqual({
      product: { title: "Linen Apron II", status: "ACTIVE", tags: ["linen"], updatedAt: "2026-06-01T12:00:00Z" },
      userErrors: [],
    });
    const missing = await client.request(
      'mutation { productUpdate(product: { id: "gid://shopify/Product/9" }) { product { id } userErrors { field message } } }',
    );
    expect(missing.body.data?.productUpdate).toEqual({
      product: null,
      userErrors: [{ field: ["id"], message: "Product does not exist" }],
    });
  });
});

describe("a draft product with an image, its price, and deleting it", () => {
  const CREATE_WITH_MEDIA = `mutation ($product: ProductCreateInput!, $media: [CreateMediaInput!]) {
    productCreate(product: $product, media: $media) {
      product {
        id status
        media(first: 5) { nodes { alt mediaContentType status ... on MediaImage { image { url } } } }
        images(first: 5) { nodes { url } }
        variants(first: 1) { nodes { id price } }
      }
      userErrors { field message }
    }
  }`;
  const READ = `query ($id: ID!) {
    product(id: $id) {
      status
      media(first: 5) { nodes { status ... on MediaImage { image { url altText width } } } }
      featuredImage { url }
      variants(first: 1) { nodes { price } }
    }
  }`;
  const image = { mediaContentType: "IMAGE", originalSource: "https://cdn.example.com/lamp.png", alt: "Lamp" };

  it("answers an image UPLOADED without a file, then READY with it on the next request", async () => {
    const client = adminClient();
    const created = await client.request(CREATE_WITH_MEDIA, {
      product: { title: "Walnut Lamp", status: "DRAFT" },
      media: [image],
    });
    expect(created.body.data?.productCreate).toMatchObject({
      product: {
        status: "DRAFT",
        media: { nodes: [{ alt: "Lamp", mediaContentType: "IMAGE", status: "UPLOADED", image: null }] },
        images: { nodes: [] },
        variants: { nodes: [{ price: "0.00" }] },
      },
      userErrors: [],
    });
    const id = (created.body.data?.productCreate as { product: { id: string } }).product.id;
    const read = await client.request(READ, { id });
    expect(read.body.data?.product).toEqual({
      status: "DRAFT",
      media: {
        nodes: [{ status: "READY", image: { url: "https://cdn.example.com/lamp.png", altText: "Lamp", width: null } }],
      },
      featuredImage: { url: "https://cdn.example.com/lamp.png" },
      variants: { nodes: [{ price: "0.00" }] },
    });
  });

  it("refuses an image source that is no web address, and creates nothing", async () => {
    const client = adminClient();
    const { body } = await client.request(CREATE_WITH_MEDIA, {
      product: { title: "Walnut Lamp" },
      media: [{ ...image, originalSource: "lamp.png" }],
    });
    expect(body.data?.productCreate).toEqual({
      product: null,
      userErrors: [{ field: ["media", "0", "originalSource"], message: "Image URL is invalid" }],
    });
    expect(client.store.state.products).toHaveLength(2);
  });

  it("sets a variant's price with productVariantsBulkUpdate, all or nothing", async () => {
    const client = adminClient();
    const UPDATE = `mutation ($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
      productVariantsBulkUpdate(productId: $productId, variants: $variants) {
        productVariants { id price compareAtPrice }
        userErrors { field message code }
      }
    }`;
    const updated = await client.request(UPDATE, {
      productId: "gid://shopify/Product/101",
      variants: [{ id: "gid://shopify/ProductVariant/201", price: "24.9", compareAtPrice: null }],
    });
    expect(updated.body.data?.productVariantsBulkUpdate).toEqual({
      productVariants: [{ id: "gid://shopify/ProductVariant/201", price: "24.90", compareAtPrice: null }],
      userErrors: [],
    });

    const refused = await client.request(UPDATE, {
      productId: "gid://shopify/Product/101",
      variants: [
        { id: "gid://shopify/ProductVariant/202", price: "10.00" },
        { id: "gid://shopify/ProductVariant/203", price: "10.00" },
      ],
    });
    expect(refused.body.data?.productVariantsBulkUpdate).toEqual({
      productVariants: null,
      userErrors: [
        {
          field: ["variants", "1", "id"],
          message: "Product variant does not exist.",
          code: "PRODUCT_VARIANT_DOES_NOT_EXIST",
        },
      ],
    });
    expect(client.store.state.products[0].variants[1].price).toBe("69.00");

    const unknown = await client.request(UPDATE, { productId: "gid://shopify/Product/9", variants: [] });
    expect(unknown.body.data?.productVariantsBulkUpdate).toMatchObject({
      userErrors: [{ field: ["productId"], code: "PRODUCT_DOES_NOT_EXIST" }],
    });
  });

  it("deletes a product with its metafields and its selling plan memberships; orders keep their lines", async () => {
    const client = adminClient();
    client.store.change((state) => {
      state.sellingPlanGroups.push({
        id: "900",
        name: "Preorder",
        merchantCode: "Preorder",
        description: null,
        options: ["Preorder"],
        position: null,
        appId: null,
        summary: "",
        sellingPlans: [],
        productIds: ["101", "102"],
        variantIds: ["201", "203"],
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
    });
    const DELETE = `mutation ($id: ID!) {
      productDelete(input: { id: $id }) { deletedProductId userErrors { field message } }
    }`;
    const deleted = await client.request(DELETE, { id: "gid://shopify/Product/101" });
    expect(deleted.body.data?.productDelete).toEqual({ deletedProductId: "gid://shopify/Product/101", userErrors: [] });
    const { state } = client.store;
    expect(state.products.map((product) => product.id)).toEqual(["102"]);
    expect(state.metafields.filter((metafield) => metafield.ownerId.endsWith("/101"))).toEqual([]);
    expect(state.sellingPlanGroups[0]).toMatchObject({ productIds: ["102"], variantIds: ["203"] });
    const order = await client.request(
      `{ order(id: "gid://shopify/Order/401") { lineItems(first: 1) { nodes { title product { id } } } } }`,
    );
    expect(order.body.data?.order).toEqual({ lineItems: { nodes: [{ title: "Oak Desk Lamp", product: null }] } });

    const again = await client.request(DELETE, { id: "gid://shopify/Product/101" });
    expect(again.body.data?.productDelete).toEqual({
      deletedProductId: null,
      userErrors: [{ field: ["id"], message: "Product does not exist" }],
    });
  });
});
