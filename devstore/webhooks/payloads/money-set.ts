/** Shopify's money bag (`*_set`): the amount in the shop's currency and in the buyer's; the dev store has one currency. */
export function moneySet(amount: string, currencyCode: string) {
  return {
    shop_money: { amount, currency_code: currencyCode },
    presentment_money: { amount, currency_code: currencyCode },
  };
}
