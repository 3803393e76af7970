import { localIsoTime } from "../../seed/time-zone";
import type { DevStoreState } from "../../state/types";

/** discounts/delete, as Shopify sends it: the deleted discount's gid and when, in the shop's time zone. */
export function discountDeletedPayload(state: DevStoreState, discountId: string, deletedAt: string) {
  return { admin_graphql_api_id: discountId, deleted_at: localIsoTime(deletedAt, state.shop.ianaTimezone) };
}
