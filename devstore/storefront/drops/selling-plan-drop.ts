import { Drop } from "liquidjs";
import type { DevSellingPlan, DevSellingPlanGroup } from "../../state/types";
import { toCents } from "../money";
import { pricingPoliciesInOrder } from "../selling-plan-pricing";

const VALUE_TYPES = { PERCENTAGE: "percentage", FIXED_AMOUNT: "fixed_amount", PRICE: "price" } as const;

/**
 * Liquid's `selling_plan`: the plan's intent (its options, price adjustments and checkout
 * charge), as product.selling_plan_groups and selling_plan_allocation.selling_plan show it.
 * `groupId` is the Liquid id of its selling_plan_group.
 */
export class SellingPlanDrop extends Drop {
  readonly #plan: DevSellingPlan;
  readonly #group: DevSellingPlanGroup;
  readonly #selectedPlanId: string | null;
  readonly group_id: string;

  constructor(plan: DevSellingPlan, group: DevSellingPlanGroup, groupId: string, selectedPlanId: string | null) {
    super();
    this.#plan = plan;
    this.#group = group;
    this.group_id = groupId;
    this.#selectedPlanId = selectedPlanId;
  }

  get id() {
    return Number(this.#plan.id);
  }
  get name() {
    return this.#plan.name;
  }
  get description() {
    return this.#plan.description;
  }
  get options() {
    return this.#plan.options.map((value, index) => ({
      name: this.#group.options[index] ?? null,
      position: index + 1,
      value,
    }));
  }
  get recurring_deliveries() {
    return this.#plan.deliveryPolicy.kind === "recurring";
  }
  get selected() {
    return this.#plan.id === this.#selectedPlanId;
  }

  /** selling_plan_price_adjustment: the fixed adjustment lasts `order_count` orders when a recurring one follows. */
  get price_adjustments() {
    const policies = pricingPoliciesInOrder(this.#plan);
    return policies.map((policy, index) => {
      const next = policies[index + 1];
      const value =
        "percentage" in policy.adjustmentValue
          ? policy.adjustmentValue.percentage
          : toCents(policy.adjustmentValue.amount);
      return {
        order_count: next?.afterCycle ?? null,
        position: index + 1,
        value_type: VALUE_TYPES[policy.adjustmentType],
        value,
      };
    });
  }

  /** selling_plan_checkout_charge: a percentage of the price, or a price in cents; 100% for plans paid in full. */
  get checkout_charge() {
    const billing = this.#plan.billingPolicy;
    if (billing.kind !== "fixed") return { value_type: "percentage", value: 100 };
    const charge = billing.checkoutCharge;
    return charge.type === "PRICE"
      ? { value_type: "price", value: toCents(charge.amount) }
      : { value_type: "percentage", value: charge.percentage };
  }

  /** The shape of a plan in product JSON (/products/<handle>.js) and the cart's selling_plan_allocation. */
  toJSON() {
    return {
      id: this.id,
      name: this.name,
      description: this.description,
      options: this.options,
      recurring_deliveries: this.recurring_deliveries,
      price_adjustments: this.price_adjustments,
      checkout_charge: this.checkout_charge,
    };
  }
}
