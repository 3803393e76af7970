import { describe, expect, it } from "vitest";
import { readCreatePreorderForm, withProduct } from "../../../app/preorders/create-preorder-form";
import { readPreorderForm, type PreorderForm } from "../../../app/preorders/preorder-form";

const context = { today: "2026-12-01", currency: "EUR" };

const settings: PreorderForm = {
  paymentModel: "deposit",
  depositPercent: "20",
  balanceTrigger: "on-fulfillment",
  shipDate: "2027-03-15",
  goalKind: "units",
  goalValue: "200",
  deadline: "2027-02-01",
};
const existing: PreorderForm = {
  productId: "gid://shopify/Product/101",
  variantIds: ["gid://shopify/ProductVariant/201"],
  ...settings,
};
const newProduct: PreorderForm = {
  productSource: "new",
  newProductTitle: "Walnut desk lamp",
  newProductPrice: "24.90",
  newProductImageUrl: "https://cdn.example.com/lamp.png",
  ...settings,
};

describe("the create form", () => {
  it("reads an existing product's preorder as the preorder form does (the default source)", () => {
    const read = readPreorderForm(existing, context);
    expect(read.ok).toBe(true);
    expect(readCreatePreorderForm(existing, context)).toEqual({ ...read, source: "existing" });
    expect(readCreatePreorderForm({ ...existing, productSource: "existing" }, context)).toEqual({
      ...read,
      source: "existing",
    });
  });

  it("reads a new product and the settings without a product, then joins them to the created one", () => {
    const read = readCreatePreorderForm({ ...newProduct, productId: "", variantIds: [] }, context);
    if (!read.ok || read.source !== "new") throw new Error(JSON.stringify(read));
    expect(read.product).toEqual({
      title: "Walnut desk lamp",
      price: "24.90",
      imageUrl: "https://cdn.example.com/lamp.png",
    });
    expect(read.settings).not.toHaveProperty("productId");
    expect(read.settings).not.toHaveProperty("variantIds");
    const draft = withProduct(read.settings, "gid://shopify/Product/7", ["gid://shopify/ProductVariant/8"]);
    const sameOnExisting = readPreorderForm(
      { ...settings, productId: "gid://shopify/Product/7", variantIds: ["gid://shopify/ProductVariant/8"] },
      context,
    );
    expect(sameOnExisting).toEqual({ ok: true, draft });
  });

  it("reports the new product's fields and the settings' fields together, and no product picker", () => {
    expect(readCreatePreorderForm({ ...newProduct, newProductPrice: "0", label: "x".repeat(41) }, context)).toEqual({
      ok: false,
      errors: {
        newProductPrice: "The price must be above zero",
        label: "Keep the label to 40 characters or fewer",
      },
    });
  });

  it("asks for the product when an existing one is chosen, and refuses an unknown source", () => {
    expect(readCreatePreorderForm({ ...settings, productSource: "existing" }, context)).toMatchObject({
      ok: false,
      errors: { productId: "Choose the product to preorder" },
    });
    expect(readCreatePreorderForm({ ...newProduct, productSource: "both" }, context)).toEqual({
      ok: false,
      errors: { productSource: "Choose an existing product or create a new one" },
    });
  });
});
