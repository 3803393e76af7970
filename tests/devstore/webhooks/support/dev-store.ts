import { seedState } from "../../../../devstore/seed/seed";
import { DevStore } from "../../../../devstore/state/store";

export const NOW = new Date("2026-06-15T16:00:00.000Z");
export const API_SECRET = "devstore-test-secret";

/** A seeded dev store in memory whose app listens at `appUrl`. */
export function devStoreFor(appUrl: string, apiSecret = API_SECRET): DevStore {
  return DevStore.open(null, () => seedState({ apiKey: "devstore-test-key", apiSecret, appUrl, now: NOW }));
}
