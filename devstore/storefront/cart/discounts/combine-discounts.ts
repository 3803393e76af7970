import { allocateCents } from "../../../seed/money";
import type { DevAutomaticAppDiscount } from "../../../state/types";
import type { DiscountLine, DiscountValue, OrderProposal, ProductProposal, Proposals } from "./discount-proposals";

/**
 * Which of the proposed discounts a cart gets, by their combinesWith, in a simple reading of
 * Shopify's rules:
 *
 * - Product discounts: each line gets the product discount worth the most on it; another
 *   discount's adds to it only when every pair of them combines with product discounts
 *   (both ways). Discounts that do not combine may still discount different lines.
 * - Order discounts come off the subtotal after product discounts, leaving out the lines each
 *   excludes: the one worth the most, plus others that combine with order discounts both ways.
 * - An order discount joins the product discounts only if it combines with product discounts
 *   and each applied product discount combines with order discounts. When some do not,
 *   the cart gets whichever saves the buyer more: the product discounts with the order
 *   discounts that combine with them, or the order discounts alone.
 *
 * A discount always combines with itself. Ties go to the discount created first. Shipping
 * discounts are not modelled (the dev store charges no shipping). Nothing takes a line below 0.
 */

export interface AppliedDiscount {
  discount: DevAutomaticAppDiscount;
  title: string;
  /** "line": a product discount on some lines; "cart": an order discount off the subtotal. */
  level: "line" | "cart";
  value: DiscountValue;
  /** Cents off each line it reached. */
  allocations: Map<string, number>;
}

type Combines = keyof DevAutomaticAppDiscount["combinesWith"];

function combine(a: DevAutomaticAppDiscount, aClass: Combines, b: DevAutomaticAppDiscount, bClass: Combines) {
  return a.id === b.id || (a.combinesWith[bClass] && b.combinesWith[aClass]);
}

const productsCombine = (a: DevAutomaticAppDiscount, b: DevAutomaticAppDiscount) =>
  combine(a, "productDiscounts", b, "productDiscounts");
const ordersCombine = (a: DevAutomaticAppDiscount, b: DevAutomaticAppDiscount) =>
  combine(a, "orderDiscounts", b, "orderDiscounts");
const productAndOrderCombine = (product: DevAutomaticAppDiscount, order: DevAutomaticAppDiscount) =>
  combine(product, "productDiscounts", order, "orderDiscounts");

function saved(applied: AppliedDiscount[]): number {
  return applied.reduce((sum, { allocations }) => sum + [...allocations.values()].reduce((a, b) => a + b, 0), 0);
}

function applyProductDiscounts(proposals: ProductProposal[], lines: DiscountLine[]): AppliedDiscount[] {
  const allocations = proposals.map(() => new Map<string, number>());
  for (const line of lines) {
    const offers = proposals
      .map((proposal, index) => ({ index, amount: proposal.amounts.get(line.id) ?? 0 }))
      .filter((offer) => offer.amount > 0)
      .sort((a, b) => b.amount - a.amount || a.index - b.index);
    const chosen: number[] = [];
    let left = line.linePrice;
    for (const offer of offers) {
      const discount = proposals[offer.index].discount;
      if (!chosen.every((index) => productsCombine(proposals[index].discount, discount))) continue;
      const amount = Math.min(offer.amount, left);
      if (amount <= 0) break;
      chosen.push(offer.index);
      allocations[offer.index].set(line.id, amount);
      left -= amount;
    }
  }
  return proposals
    .map((proposal, index): AppliedDiscount => ({ ...proposal, level: "line", allocations: allocations[index] }))
    .filter((applied) => applied.allocations.size > 0);
}

function applyOrderDiscounts(
  proposals: OrderProposal[],
  lines: DiscountLine[],
  productDiscounts: AppliedDiscount[],
): AppliedDiscount[] {
  const base = new Map(
    lines.map((line) => [
      line.id,
      line.linePrice - productDiscounts.reduce((sum, applied) => sum + (applied.allocations.get(line.id) ?? 0), 0),
    ]),
  );
  const amountOf = (proposal: OrderProposal) => {
    const eligible = lines.filter((line) => !proposal.excludedLineIds.has(line.id) && base.get(line.id)! > 0);
    const subtotal = eligible.reduce((sum, line) => sum + base.get(line.id)!, 0);
    const amount =
      "percentage" in proposal.value
        ? Math.round((subtotal * proposal.value.percentage) / 100)
        : Math.min(subtotal, proposal.value.amount);
    return { eligible, amount };
  };
  const ranked = proposals
    .map((proposal, index) => ({ proposal, index, worth: amountOf(proposal).amount }))
    .sort((a, b) => b.worth - a.worth || a.index - b.index);
  const applied: AppliedDiscount[] = [];
  for (const { proposal } of ranked) {
    if (!applied.every((other) => ordersCombine(other.discount, proposal.discount))) continue;
    const { eligible, amount } = amountOf(proposal);
    if (amount <= 0) continue;
    const shares = allocateCents(
      amount,
      eligible.map((line) => base.get(line.id)!),
    );
    const allocations = new Map<string, number>();
    eligible.forEach((line, index) => {
      if (shares[index] <= 0) return;
      allocations.set(line.id, shares[index]);
      base.set(line.id, base.get(line.id)! - shares[index]);
    });
    const value = "percentage" in proposal.value ? proposal.value : { amount: proposal.value.amount, each: false };
    applied.push({ discount: proposal.discount, title: proposal.title, level: "cart", value, allocations });
  }
  return applied;
}

export function combineDiscounts(proposals: Proposals, lines: DiscountLine[]): AppliedDiscount[] {
  const products = applyProductDiscounts(proposals.product, lines);
  const compatible = proposals.order.filter((order) =>
    products.every((product) => productAndOrderCombine(product.discount, order.discount)),
  );
  const together = [...products, ...applyOrderDiscounts(compatible, lines, products)];
  if (compatible.length === proposals.order.length) return together;
  const ordersAlone = applyOrderDiscounts(proposals.order, lines, []);
  return saved(ordersAlone) > saved(together) ? ordersAlone : together;
}
