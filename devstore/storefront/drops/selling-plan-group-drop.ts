import { Drop } from "liquidjs";
import { plansInOrder } from "../../state/selling-plans";
import type { DevSellingPlanGroup } from "../../state/types";
import { SellingPlanDrop } from "./selling-plan-drop";
import { liquidGroupId } from "./selling-plan-group-id";

/**
 * Liquid's `selling_plan_group` on a product: the app's groups of the same name and option
 * names, merged, with their plans in display order. `selectedPlanId` is the `selling_plan`
 * URL parameter.
 */
export class SellingPlanGroupDrop extends Drop {
  readonly #groups: DevSellingPlanGroup[];
  readonly #selectedPlanId: string | null;
  readonly id: string;

  constructor(groups: DevSellingPlanGroup[], selectedPlanId: string | null) {
    super();
    this.#groups = groups;
    this.#selectedPlanId = selectedPlanId;
    this.id = liquidGroupId(groups[0]);
  }

  get name() {
    return this.#groups[0].name;
  }
  get app_id() {
    return this.#groups[0].appId;
  }
  get selling_plans(): SellingPlanDrop[] {
    return this.#groups.flatMap((group) =>
      plansInOrder(group).map((plan) => new SellingPlanDrop(plan, group, this.id, this.#selectedPlanId)),
    );
  }
  get selling_plan_selected() {
    return this.selling_plans.some((plan) => plan.selected);
  }

  /** selling_plan_group_option: each option's values across the plans, and the selected plan's value. */
  get options() {
    const plans = this.selling_plans;
    const selected = plans.find((plan) => plan.selected);
    return this.#groups[0].options.map((name, index) => ({
      name,
      position: index + 1,
      values: [...new Set(plans.flatMap((plan) => plan.options[index]?.value ?? []))],
      selected_value: selected?.options[index]?.value ?? null,
    }));
  }

  /** The shape of a group in product JSON (/products/<handle>.js). */
  toJSON() {
    return {
      id: this.id,
      name: this.name,
      options: this.options.map(({ name, position, values }) => ({ name, position, values })),
      selling_plans: this.selling_plans,
      app_id: this.app_id,
    };
  }
}
