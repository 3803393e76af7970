import type { FilterImplOptions } from "liquidjs";
import type { DevShop } from "../../state/types";
import { formatMoney } from "../money";

/** `money`, `money_with_currency`, `money_without_trailing_zeros`, `money_without_currency`: cents in, shop format out. */
export function moneyFilters(shop: () => DevShop): Record<string, FilterImplOptions> {
  const money = (cents: unknown) =>
    cents === null || cents === undefined ? "" : formatMoney(Number(cents), shop().moneyFormat);
  return {
    money,
    money_with_currency: (cents: unknown) => `${money(cents)} ${shop().currencyCode}`,
    money_without_trailing_zeros: (cents: unknown) =>
      Number(cents) % 100 === 0 ? money(cents).replace(/[.,]00(?!\d)/, "") : money(cents),
    money_without_currency: (cents: unknown) => {
      const amountOnly = /\{\{\s*\w+\s*\}\}/.exec(shop().moneyFormat)?.[0] ?? "{{amount}}";
      return cents === null || cents === undefined ? "" : formatMoney(Number(cents), amountOnly);
    },
  };
}
