import { describe, expect, it } from "vitest";
import { sampleProduct, type DiscountProductChoice } from "../../../app/discounts/sample-product";

/** The example cart's product: a picked one first, else one of a picked collection. */

const products: DiscountProductChoice[] = [
  { id: "gid://shopify/Product/1", title: "Bag", status: "ACTIVE", price: "10.00" },
  { id: "gid://shopify/Product/2", title: "Box", status: "ACTIVE", price: "20.00" },
  { id: "gid://shopify/Product/3", title: "Cart", status: "ACTIVE", price: "30.00" },
];
const collections = [
  {
    id: "gid://shopify/Collection/7",
    title: "Kitchen",
    productIds: ["gid://shopify/Product/9", "gid://shopify/Product/3"],
  },
  { id: "gid://shopify/Collection/8", title: "Storage", productIds: ["gid://shopify/Product/2"] },
];

describe("the example cart's product", () => {
  it("is a product of a picked collection when no product is picked, known to be in the collection", () => {
    expect(
      sampleProduct(products, collections, {
        appliesTo: "selected",
        productIds: [],
        collectionIds: ["gid://shopify/Collection/7"],
      }),
    ).toEqual({ id: "gid://shopify/Product/3", title: "Cart", price: "30.00", inAnyCollection: true });
  });

  it("prefers a picked product, and takes the store's first for all products", () => {
    const picked = { appliesTo: "selected", productIds: ["gid://shopify/Product/1"], collectionIds: [] };
    expect(sampleProduct(products, collections, picked)).toMatchObject({
      id: "gid://shopify/Product/1",
      inAnyCollection: false,
    });
    const all = { appliesTo: "all", productIds: [], collectionIds: ["gid://shopify/Collection/8"] };
    expect(sampleProduct(products, collections, all)).toMatchObject({
      id: "gid://shopify/Product/1",
      inAnyCollection: false,
    });
  });

  it("is none when the picked collection's products are not among the picker's", () => {
    const selection = { appliesTo: "selected", productIds: [], collectionIds: ["gid://shopify/Collection/9"] };
    expect(sampleProduct(products, collections, selection)).toBeNull();
  });
});
