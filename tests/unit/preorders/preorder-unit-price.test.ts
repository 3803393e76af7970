import { expect, it } from "vitest";
import { preorderUnitPrice } from "../../../app/preorders/preorder-unit-price";

it("averages the variants' prices after the preorder discount, to the cent", () => {
  expect(preorderUnitPrice([40, 50], 0)).toBe(45);
  expect(preorderUnitPrice([49], 10)).toBe(44.1);
  expect(preorderUnitPrice([19.99, 24.99], 15)).toBe(19.12);
});

it("ignores variants without a price and gives null when none has one", () => {
  expect(preorderUnitPrice([0, 30, Number.NaN], 0)).toBe(30);
  expect(preorderUnitPrice([], 0)).toBeNull();
  expect(preorderUnitPrice([0], 0)).toBeNull();
});
