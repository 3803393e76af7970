import { expect, it } from "vitest";
import { preorderConversion } from "../../../app/preorders/conversion";

it("is unknown until the pixel reports a view", () => {
  expect(preorderConversion(3, { views: 0, visitors: 0 })).toBeNull();
});

it("divides preorders by the visitors who saw the product", () => {
  expect(preorderConversion(3, { views: 180, visitors: 120 })).toEqual({
    percent: 2.5,
    text: "3 preorders from 120 visitors (180 product views)",
  });
  expect(preorderConversion(1, { views: 1, visitors: 1 })).toEqual({
    percent: 100,
    text: "1 preorder from 1 visitor (1 product view)",
  });
});

it("caps at 100 % when views went unreported, and says why", () => {
  const conversion = preorderConversion(5, { views: 2, visitors: 2 })!;
  expect(conversion.percent).toBe(100);
  expect(conversion.text).toMatch(/not counted/);
});
