import { gid } from "../../state/store";
import type { DevStoreState } from "../../state/types";
import { derivedId } from "./derived-id";

/** app/scopes_update: the app's access scopes before and after a change (the current ones are the installation's). */
export function appScopesUpdatePayload(state: DevStoreState, previous: string[], updatedAt: Date) {
  const current = [...state.app.scopes];
  return {
    id: derivedId("scopes-update", state.app.appId, updatedAt.toISOString()),
    shop_id: gid("Shop", state.shop.id),
    previous: [...previous],
    current,
    updated_at: updatedAt.toISOString(),
  };
}
