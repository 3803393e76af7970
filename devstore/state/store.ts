import { EventEmitter } from "node:events";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DevStoreState } from "./types";

/** What happened in the shop; the webhook sender turns these into deliveries. */
export interface DevStoreEvents {
  "orders/create": [orderId: string];
  "orders/paid": [orderId: string];
  "orders/fulfilled": [orderId: string];
  "orders/cancelled": [orderId: string];
  "refunds/create": [orderId: string, refundId: string];
  "customers/email_marketing_consent_update": [customerId: string];
  "discounts/delete": [discountId: string, deletedAt: string];
  "app/uninstalled": [];
}

/**
 * The dev store's state, kept in memory and written to one JSON file after each change
 * (atomically: write a temp file, then rename), so the demo survives a restart. `file`
 * null keeps it in memory only (tests that need no persistence).
 */
export class DevStore {
  readonly events = new EventEmitter<DevStoreEvents>();

  private constructor(
    public state: DevStoreState,
    private readonly file: string | null,
  ) {}

  static open(file: string | null, seed: () => DevStoreState): DevStore {
    if (file && existsSync(file)) {
      const loaded = JSON.parse(readFileSync(file, "utf8")) as DevStoreState;
      if (loaded.version === seed().version) return new DevStore(withAddedFields(loaded, seed), file);
    }
    const store = new DevStore(seed(), file);
    store.save();
    return store;
  }

  /** Back to the seed (tests call this between cases). */
  reset(seed: () => DevStoreState) {
    this.state = seed();
    this.save();
  }

  nextId(): string {
    this.state.nextId += 1;
    return String(this.state.nextId);
  }

  /** Applies a change and persists it. */
  change<T>(mutate: (state: DevStoreState) => T): T {
    const result = mutate(this.state);
    this.save();
    return result;
  }

  save() {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
  }
}

/** A state file written before a field was added gets its empty value (the shape stays at version 1). */
function withAddedFields(state: DevStoreState, seed: () => DevStoreState): DevStoreState {
  state.sellingPlanGroups ??= [];
  // A store saved before collections existed gets the seed's, on the products it still has.
  if (!state.collections) {
    const products = new Set(state.products.map((product) => product.id));
    state.collections = (seed().collections ?? []).map((collection) => ({
      ...collection,
      id: String(++state.nextId),
      productIds: collection.productIds.filter((id) => products.has(id)),
    }));
  }
  return state;
}

export function gid(type: string, id: string) {
  return `gid://shopify/${type}/${id}`;
}

/** The numeric id of a gid of the expected type, or null. */
export function idFromGid(value: string, type: string): string | null {
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)$/.exec(value);
  return match && match[1] === type ? match[2] : null;
}
