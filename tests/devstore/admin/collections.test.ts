import { describe, expect, it } from "vitest";
import { seedState } from "../../../devstore/seed/seed";
import { DevStore } from "../../../devstore/state/store";
import { adminClient } from "./admin-client";
import { ACCESS_TOKEN, NOW } from "./state-fixture";

/** Manual collections over the seeded catalogue: the root queries, Collection.products and Product's side. */

function seeded() {
  const state = seedState({ apiKey: "key", apiSecret: "secret", appUrl: "http://127.0.0.1:3000", now: NOW });
  state.app.accessToken = ACCESS_TOKEN;
  return adminClient(DevStore.open(null, () => state));
}

describe("collections", () => {
  it("lists the seeded collections by title, with their product counts", async () => {
    const { body } = await seeded().request(`{
      collections(first: 50, sortKey: TITLE) { nodes { id title handle productsCount { count } } }
    }`);
    expect(body.errors).toBeUndefined();
    const { nodes } = (body.data?.collections as { nodes: { id: string }[] }) ?? { nodes: [] };
    expect(nodes.map(({ id, ...rest }) => ({ id: /^gid:\/\/shopify\/Collection\/\d+$/.test(id), ...rest }))).toEqual([
      { id: true, title: "Home storage", handle: "home-storage", productsCount: { count: 6 } },
      { id: true, title: "Kitchen", handle: "kitchen", productsCount: { count: 3 } },
      { id: true, title: "Small spaces", handle: "small-spaces", productsCount: { count: 4 } },
    ]);
  });

  it("searches by title and by product", async () => {
    const client = seeded();
    const ottoman = client.store.state.products.find((p) => p.handle === "folding-storage-ottoman")!;
    const { body } = await client.request(
      `query ($product: String!) {
        byTitle: collections(first: 5, query: "title:kit") { nodes { handle } }
        byProduct: collections(first: 5, query: $product) { nodes { handle } }
        collectionsCount { count }
      }`,
      { product: `product_id:${ottoman.id}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      byTitle: { nodes: [{ handle: "kitchen" }] },
      byProduct: { nodes: [{ handle: "home-storage" }, { handle: "small-spaces" }] },
      collectionsCount: { count: 3 },
    });
  });

  it("serves one collection with its products in the collection's order, and null for an unknown id", async () => {
    const client = seeded();
    const kitchen = client.store.state.collections!.find((c) => c.handle === "kitchen")!;
    const { body } = await client.request(
      `query ($id: ID!) {
        collection(id: $id) { title sortOrder products(first: 250) { nodes { handle } } }
        missing: collection(id: "gid://shopify/Collection/1") { id }
      }`,
      { id: `gid://shopify/Collection/${kitchen.id}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      collection: {
        title: "Kitchen",
        sortOrder: "MANUAL",
        products: {
          nodes: [
            { handle: "bamboo-drawer-organisers" },
            { handle: "rolling-kitchen-cart" },
            { handle: "magnetic-spice-jars" },
          ],
        },
      },
      missing: null,
    });
  });

  it("answers Product.collections and Product.inCollection", async () => {
    const client = seeded();
    const { state } = client.store;
    const ottoman = state.products.find((p) => p.handle === "folding-storage-ottoman")!;
    const kitchen = state.collections!.find((c) => c.handle === "kitchen")!;
    const storage = state.collections!.find((c) => c.handle === "home-storage")!;
    const { body } = await client.request(
      `query ($id: ID!, $kitchen: ID!, $storage: ID!) {
        product(id: $id) {
          collections(first: 5) { nodes { handle } }
          inKitchen: inCollection(id: $kitchen)
          inStorage: inCollection(id: $storage)
        }
      }`,
      {
        id: `gid://shopify/Product/${ottoman.id}`,
        kitchen: `gid://shopify/Collection/${kitchen.id}`,
        storage: `gid://shopify/Collection/${storage.id}`,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.product).toEqual({
      collections: { nodes: [{ handle: "home-storage" }, { handle: "small-spaces" }] },
      inKitchen: false,
      inStorage: true,
    });
  });

  it("drops a deleted product from its collections", async () => {
    const client = seeded();
    const storage = client.store.state.collections!.find((c) => c.handle === "home-storage")!;
    const ottoman = client.store.state.products.find((p) => p.handle === "folding-storage-ottoman")!;
    client.store.change((state) => {
      state.products = state.products.filter((p) => p.id !== ottoman.id);
    });
    const { body } = await client.request(`query ($id: ID!) { collection(id: $id) { productsCount { count } } }`, {
      id: `gid://shopify/Collection/${storage.id}`,
    });
    expect(body.data?.collection).toEqual({ productsCount: { count: 5 } });
  });
});
