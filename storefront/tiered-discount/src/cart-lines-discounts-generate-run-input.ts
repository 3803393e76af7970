/**
 * The JSON Shopify passes the Function: the answer to cart_lines_discounts_generate_run.graphql.
 * Written by hand after that query (`shopify app function typegen` needs the Shopify CLI); the
 * tests execute the query against the Discount Function API schema and feed its answer here.
 */
export type CartLinesDiscountsGenerateRunInput = {
  cart: { lines: CartLine[] };
  discount: {
    discountClasses: DiscountClass[];
    metafield: { jsonValue: unknown } | null;
  };
  /** Decimal: how many of the cart's currency one unit of the shop's currency is worth. */
  presentmentCurrencyRate: string;
  shop: { localTime: TimeTierClock };
};

export type DiscountClass = "ORDER" | "PRODUCT" | "SHIPPING";

export type CartLine = {
  id: string;
  quantity: number;
  cost: { subtotalAmount: { amount: string } };
  /** Empty for a custom product (the query only asks about product variants). */
  merchandise: { product?: CartLineProduct };
};

export type CartLineProduct = {
  id: string;
  isGiftCard: boolean;
  /** In any of the config's collections (the `collectionIds` query variable). */
  inAnyCollection: boolean;
};

/**
 * shop.localTime's answers about each time-tier window: `timeTier<i>Started` is
 * dateTimeAfter(start), true from the start on; `timeTier<i>Ended` is dateTimeAfter(end).
 */
export type TimeTierClock = Record<`timeTier${number}${"Started" | "Ended"}`, boolean>;
