import { createHash } from "node:crypto";
import type { DevSellingPlanGroup } from "../../state/types";

/**
 * The id of a selling_plan_group in Liquid: like Shopify's, a 40-character hash rather than
 * the Admin API id, because Liquid merges the groups an app created with the same name and
 * option names into one.
 */
export function liquidGroupId(group: DevSellingPlanGroup): string {
  return createHash("sha1")
    .update(JSON.stringify([group.appId, group.name, group.options]))
    .digest("hex");
}
