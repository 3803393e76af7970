import { describe, expect, it } from "vitest";
import { readNewDraftProduct } from "../../../app/preorders/new-draft-product";

const valid = { newProductTitle: "Walnut desk lamp", newProductPrice: "24.9", newProductImageUrl: "" };

function errorsOf(fields: Record<string, string>, currency = "EUR") {
  const result = readNewDraftProduct({ ...valid, ...fields }, currency);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.product)}`);
  return result.errors;
}

describe("the new draft product's fields", () => {
  it("reads a title, a price with the currency's decimals and no image", () => {
    expect(readNewDraftProduct({ ...valid, newProductTitle: "  Walnut desk lamp " }, "EUR")).toEqual({
      ok: true,
      product: { title: "Walnut desk lamp", price: "24.90", imageUrl: null },
    });
    expect(readNewDraftProduct({ ...valid, newProductPrice: "2490" }, "JPY")).toMatchObject({
      product: { price: "2490" },
    });
  });

  it("keeps an https image address", () => {
    const imageUrl = "https://cdn.example.com/lamp.png?v=2";
    expect(readNewDraftProduct({ ...valid, newProductImageUrl: imageUrl }, "EUR")).toMatchObject({
      product: { imageUrl },
    });
  });

  it("asks for a title of 1 to 255 characters", () => {
    expect(errorsOf({ newProductTitle: "   " })).toEqual({ newProductTitle: "Enter the product's title" });
    expect(readNewDraftProduct({ ...valid, newProductTitle: "x".repeat(255) }, "EUR").ok).toBe(true);
    expect(errorsOf({ newProductTitle: "x".repeat(256) })).toEqual({
      newProductTitle: "Keep the title to 255 characters or fewer",
    });
  });

  it("asks for a price above zero with at most the currency's decimals, one message each", () => {
    expect(errorsOf({ newProductPrice: "" })).toEqual({ newProductPrice: "Enter the price buyers pay, in EUR" });
    expect(errorsOf({ newProductPrice: "12,50" })).toEqual({
      newProductPrice: "Enter the price in EUR as a number, such as 24.90",
    });
    expect(errorsOf({ newProductPrice: "-3" })).toEqual({
      newProductPrice: "Enter the price in EUR as a number, such as 24.90",
    });
    expect(errorsOf({ newProductPrice: "0.00" })).toEqual({ newProductPrice: "The price must be above zero" });
    expect(errorsOf({ newProductPrice: "9.999" })).toEqual({ newProductPrice: "EUR prices have at most 2 decimals" });
    expect(errorsOf({ newProductPrice: "990.5" }, "JPY")).toEqual({ newProductPrice: "JPY prices have no decimals" });
  });

  it("refuses an image address that is not https, or not an address", () => {
    const message = "Enter the image's web address, starting with https://, or leave it empty";
    for (const newProductImageUrl of ["http://cdn.example.com/lamp.png", "lamp.png", "javascript:alert(1)"]) {
      expect(errorsOf({ newProductImageUrl })).toEqual({ newProductImageUrl: message });
    }
    expect(errorsOf({ newProductImageUrl: `https://cdn.example.com/${"a".repeat(2048)}` })).toEqual({
      newProductImageUrl: message,
    });
  });

  it("reports every field at once", () => {
    expect(readNewDraftProduct({}, "EUR")).toEqual({
      ok: false,
      errors: { newProductTitle: "Enter the product's title", newProductPrice: "Enter the price buyers pay, in EUR" },
    });
  });
});
