import { Drop } from "liquidjs";
import type { SellingPlanAllocation } from "../selling-plan-pricing";
import { SellingPlanDrop } from "./selling-plan-drop";
import { liquidGroupId } from "./selling-plan-group-id";

/**
 * Liquid's `selling_plan_allocation`: a variant on one selling plan, priced in cents —
 * the price with the plan applied, what checkout charges now (a preorder's deposit) and the
 * balance charged later.
 */
export class SellingPlanAllocationDrop extends Drop {
  readonly #allocation: SellingPlanAllocation;
  readonly #selectedPlanId: string | null;

  constructor(allocation: SellingPlanAllocation, selectedPlanId: string | null = null) {
    super();
    this.#allocation = allocation;
    this.#selectedPlanId = selectedPlanId;
  }

  get selling_plan() {
    const { plan, group } = this.#allocation;
    return new SellingPlanDrop(plan, group, liquidGroupId(group), this.#selectedPlanId);
  }
  get selling_plan_group_id() {
    return liquidGroupId(this.#allocation.group);
  }
  get price() {
    return this.#allocation.price;
  }
  get compare_at_price() {
    return this.#allocation.compareAtPrice;
  }
  /** Preorders and other fixed plans deliver once: the whole price. */
  get per_delivery_price() {
    return this.#allocation.price;
  }
  /** The dev store keeps no unit prices (price per 100 g and the like). */
  get unit_price() {
    return null;
  }
  get price_adjustments() {
    return this.#allocation.adjustedPrices.map((price, index) => ({ position: index + 1, price }));
  }
  get checkout_charge_amount() {
    return this.#allocation.checkoutChargeAmount;
  }
  get remaining_balance_charge_amount() {
    return this.#allocation.remainingBalanceChargeAmount;
  }

  /** The shape of an allocation in a variant's product JSON (/products/<handle>.js). */
  toJSON() {
    return {
      price_adjustments: this.price_adjustments,
      price: this.price,
      compare_at_price: this.compare_at_price,
      per_delivery_price: this.per_delivery_price,
      selling_plan_id: Number(this.#allocation.plan.id),
      selling_plan_group_id: this.selling_plan_group_id,
    };
  }

  /** The shape of a cart line's selling_plan_allocation in /cart.js, with the plan in full. */
  toCartJSON() {
    return {
      price_adjustments: this.price_adjustments,
      price: this.price,
      compare_at_price: this.compare_at_price,
      per_delivery_price: this.per_delivery_price,
      selling_plan: this.selling_plan.toJSON(),
      checkout_charge_amount: this.checkout_charge_amount,
      remaining_balance_charge_amount: this.remaining_balance_charge_amount,
    };
  }
}
