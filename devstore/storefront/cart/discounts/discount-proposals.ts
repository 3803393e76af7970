import { allocateCents } from "../../../seed/money";
import type { DevAutomaticAppDiscount } from "../../../state/types";
import { toCents } from "../../money";
import type {
  CartLinesDiscountsResult,
  OrderDiscountCandidate,
  ProductDiscountCandidate,
} from "./cart-lines-discounts-result";

/**
 * What one discount's Function proposes for a cart, read from its operations: product
 * discounts with their amount on each line, and order discounts with what they leave out.
 * Each operation's selection strategy picks among its candidates: FIRST the first, MAXIMUM
 * the one worth the most, ALL every one. A line gets at most one of a discount's product
 * candidates (the first that reaches it). Operations of a class the discount was not created
 * with give nothing; a target naming no line of the cart makes the output invalid, as on
 * Shopify. Amounts are cents; the dev store sells in one currency, so the Function's
 * amounts are the shop's.
 */

export type DiscountValue = { percentage: number } | { amount: number; each: boolean };

/** A cart line as discounts see it. */
export interface DiscountLine {
  id: string;
  quantity: number;
  unitPrice: number;
  linePrice: number;
}

export interface ProductProposal {
  discount: DevAutomaticAppDiscount;
  title: string;
  value: DiscountValue;
  /** Cents off each targeted line, before other discounts. */
  amounts: Map<string, number>;
}

export interface OrderProposal {
  discount: DevAutomaticAppDiscount;
  title: string;
  value: { percentage: number } | { amount: number };
  excludedLineIds: Set<string>;
}

export interface Proposals {
  product: ProductProposal[];
  order: OrderProposal[];
}

export class InvalidOutput extends Error {}

function productAmounts(candidate: ProductDiscountCandidate, lines: Map<string, DiscountLine>): Map<string, number> {
  const targets = candidate.targets.map(({ cartLine }) => {
    const line = lines.get(cartLine.id);
    if (!line) throw new InvalidOutput(`no cart line ${cartLine.id}`);
    const units = Math.min(line.quantity, cartLine.quantity ?? line.quantity);
    return { line, price: line.unitPrice * units, units };
  });
  const { percentage, fixedAmount } = candidate.value;
  if (percentage) {
    const rate = Number(percentage.value) / 100;
    return new Map(targets.map(({ line, price }) => [line.id, Math.round(price * rate)]));
  }
  const amount = toCents(fixedAmount!.amount);
  if (fixedAmount!.appliesToEachItem) {
    return new Map(targets.map(({ line, price, units }) => [line.id, Math.min(price, amount * units)]));
  }
  const prices = targets.map(({ price }) => price);
  const total = Math.min(
    amount,
    prices.reduce((sum, price) => sum + price, 0),
  );
  const shares = allocateCents(total, prices);
  return new Map(targets.map(({ line }, index) => [line.id, shares[index]]));
}

function productValue(candidate: ProductDiscountCandidate): DiscountValue {
  const { percentage, fixedAmount } = candidate.value;
  if (percentage) return { percentage: Number(percentage.value) };
  return { amount: toCents(fixedAmount!.amount), each: fixedAmount!.appliesToEachItem };
}

function total(amounts: Map<string, number>): number {
  return [...amounts.values()].reduce((sum, amount) => sum + amount, 0);
}

function selected<T extends { amounts: Map<string, number> }>(
  strategy: "ALL" | "FIRST" | "MAXIMUM",
  candidates: T[],
): T[] {
  if (strategy === "ALL" || candidates.length === 0) return candidates;
  if (strategy === "FIRST") return candidates.slice(0, 1);
  return [candidates.reduce((best, candidate) => (total(candidate.amounts) > total(best.amounts) ? candidate : best))];
}

/** What an order candidate takes off `lines` (before any other discount), for MAXIMUM to compare. */
function orderCandidateWorth(proposal: Pick<OrderProposal, "value" | "excludedLineIds">, lines: DiscountLine[]) {
  const subtotal = lines
    .filter((line) => !proposal.excludedLineIds.has(line.id))
    .reduce((sum, line) => sum + line.linePrice, 0);
  return "percentage" in proposal.value
    ? Math.round((subtotal * proposal.value.percentage) / 100)
    : Math.min(subtotal, proposal.value.amount);
}

function orderProposal(
  discount: DevAutomaticAppDiscount,
  candidate: OrderDiscountCandidate,
  lines: Map<string, DiscountLine>,
): OrderProposal {
  if (candidate.conditions?.length)
    throw new InvalidOutput("order discount conditions are not supported by the dev store");
  const excluded = candidate.targets.flatMap(({ orderSubtotal }) => orderSubtotal.excludedCartLineIds);
  const unknown = excluded.find((id) => !lines.has(id));
  if (unknown) throw new InvalidOutput(`no cart line ${unknown}`);
  const { percentage, fixedAmount } = candidate.value;
  return {
    discount,
    title: candidate.message || discount.title,
    value: percentage ? { percentage: Number(percentage.value) } : { amount: toCents(fixedAmount!.amount) },
    excludedLineIds: new Set(excluded),
  };
}

/** `eligible`: the lines this discount may apply to (appliesOnOneTimePurchase / appliesOnSubscription). */
export function proposalsOf(
  discount: DevAutomaticAppDiscount,
  result: CartLinesDiscountsResult,
  lines: DiscountLine[],
  eligible: (lineId: string) => boolean,
): Proposals {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const proposals: Proposals = { product: [], order: [] };
  const discountedLines = new Set<string>();
  for (const operation of result.operations) {
    const productOperation = operation.productDiscountsAdd;
    if (productOperation && discount.discountClasses.includes("PRODUCT")) {
      const candidates = productOperation.candidates.map((candidate) => ({
        candidate,
        amounts: productAmounts(candidate, byId),
      }));
      for (const { candidate, amounts } of selected(productOperation.selectionStrategy, candidates)) {
        const kept = new Map(
          [...amounts].filter(([lineId, amount]) => amount > 0 && eligible(lineId) && !discountedLines.has(lineId)),
        );
        if (kept.size === 0) continue;
        for (const lineId of kept.keys()) discountedLines.add(lineId);
        proposals.product.push({
          discount,
          title: candidate.message || discount.title,
          value: productValue(candidate),
          amounts: kept,
        });
      }
    }
    const orderOperation = operation.orderDiscountsAdd;
    if (orderOperation && discount.discountClasses.includes("ORDER") && orderOperation.candidates.length) {
      const candidates = orderOperation.candidates.map((candidate) => orderProposal(discount, candidate, byId));
      for (const proposal of candidates)
        for (const line of lines) if (!eligible(line.id)) proposal.excludedLineIds.add(line.id);
      const chosen =
        orderOperation.selectionStrategy === "FIRST"
          ? candidates[0]
          : candidates.reduce((best, candidate) =>
              orderCandidateWorth(candidate, lines) > orderCandidateWorth(best, lines) ? candidate : best,
            );
      proposals.order.push(chosen);
    }
  }
  return proposals;
}
