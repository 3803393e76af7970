import { normalizeRootCategory } from "../estimate/category-names";
import { normalizeMarketplace } from "../estimate/marketplace";
import { estimateFbaFee } from "./fba-fees";
import { currencyOf, formatMoney, USD_PER_UNIT } from "./marketplace-currency";
import { EVERYTHING_ELSE, REFERRAL_FEE_BY_ROOT, referralFee } from "./referral-fees";
import { formatShare, median, scoreOnScale, type ScoreAnchor } from "./score-scale";
import type { SelectionInput } from "./selection-input";
import { scoredSubScore, unscoredSubScore, type SubScore } from "./sub-score";

/**
 * The researcher's cost to land one unit at Amazon (goods, freight, duty, prep) as a share of the selling price, until
 * they set their own on the options page. 35 % is a judgement: a private-label product usually needs landed cost
 * around a third of the price to leave room for Amazon's ~15 % referral fee and the FBA fee.
 */
export const DEFAULT_LANDED_COST_SHARE = 0.35;

/**
 * Net margin after referral fee, FBA fee and landed cost, as a share of price: none (0 % → 0) to a comfortable
 * private-label margin (30 % → 100). A judgement: the research doc gives the profit formula (Seller Assistant,
 * Hilal SellerScore) but no target; 30 % leaves room for ads, returns and storage, which are not counted here.
 */
export const NET_MARGIN_SCALE: readonly ScoreAnchor[] = [
  { at: 0, score: 0 },
  { at: 0.3, score: 100 },
];

export function profitScore(input: SelectionInput): SubScore {
  const marketplace = normalizeMarketplace(input.marketplace);
  const currency = currencyOf(marketplace);
  const usdPerUnit = USD_PER_UNIT[currency];
  const price = sellingPrice(input);
  const landedCostShare =
    input.landedCostShare !== undefined && Number.isFinite(input.landedCostShare)
      ? Math.min(1, Math.max(0, input.landedCostShare))
      : DEFAULT_LANDED_COST_SHARE;
  if (price === null) {
    return unscoredSubScore("no price on the page", { price: null, currency, landedCostShare });
  }

  const root = input.category ? normalizeRootCategory(input.category) : null;
  const rule = root && root !== "digital" ? REFERRAL_FEE_BY_ROOT[root] : EVERYTHING_ELSE;
  const referral = referralFee(rule, price.amount, usdPerUnit);
  const fba = estimateFbaFee(input.packageDimensions);
  const fbaFee = fba.feeUsd / usdPerUnit;
  const landedCost = price.amount * landedCostShare;
  const profit = price.amount - referral.amount - fbaFee - landedCost;
  const margin = profit / price.amount;

  const money = (amount: number) => formatMoney(amount, currency);
  const referralText =
    `referral ${money(referral.amount)} (` +
    (referral.rate !== null ? `${formatShare(referral.rate)} ` : "") +
    `${rule.feeCategory}${root ? "" : ", category unknown"}${currency === "USD" ? "" : ", US schedule"})`;
  const fbaText =
    `FBA ~${money(fbaFee)} (${fba.tier}` +
    (fba.assumed ? " ≤ 1 lb assumed: no package dimensions" : `, ${Math.round(fba.shippingWeightLb * 10) / 10} lb`) +
    (fba.tier === "extra-large" ? ", priced as large bulky: a lower bound" : "") +
    ")";
  const reason =
    `${money(price.amount)}${price.fromResults ? " (median of results)" : ""} − ${referralText} − ${fbaText}` +
    ` − landed cost ${money(landedCost)} (${formatShare(landedCostShare)}) = ${money(profit)}/unit (${formatShare(margin)})`;

  return scoredSubScore(scoreOnScale(margin, NET_MARGIN_SCALE), reason, {
    price: price.amount,
    currency,
    referralFee: round2(referral.amount),
    referralFeeCategory: rule.feeCategory,
    fbaFee: round2(fbaFee),
    fbaTier: fba.tier,
    fbaTierAssumed: fba.assumed ? "yes" : "no",
    landedCostShare,
    landedCost: round2(landedCost),
    profitPerUnit: round2(profit),
    netMargin: Math.round(margin * 10000) / 10000,
  });
}

function sellingPrice(input: SelectionInput): { amount: number; fromResults: boolean } | null {
  if (input.price !== null && Number.isFinite(input.price) && input.price > 0) {
    return { amount: input.price, fromResults: false };
  }
  if (input.kind !== "search") return null;
  const prices = (input.results ?? [])
    .map((result) => result.price)
    .filter((price): price is number => price !== null && Number.isFinite(price) && price > 0);
  const middle = median(prices);
  return middle === null ? null : { amount: middle, fromResults: true };
}

function round2(amount: number): number {
  return Math.round(amount * 100) / 100;
}
