import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readAppConfig } from "../../../devstore/seed/app-config";
import { seedState } from "../../../devstore/seed/seed";
import { startDevStore, type RunningDevStore } from "../../../devstore/server";

/** The installed app follows shopify.app.toml on every start, as `shopify app dev` keeps it in step. */

let devStore: RunningDevStore | undefined;
let dir: string | undefined;

afterEach(async () => {
  await devStore?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  devStore = dir = undefined;
});

describe("a dev store started on a state file saved before the app's latest configuration", () => {
  it("gets the scopes and webhook subscriptions shopify.app.toml has now", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "devstore-"));
    const file = path.join(dir, "state.json");
    const options = { apiKey: "key", apiSecret: "secret", appUrl: "http://127.0.0.1:9" };
    const saved = seedState({ ...options, now: new Date("2026-02-10T12:00:00Z") });
    saved.app.scopes = ["read_products", "read_orders"];
    saved.app.webhookSubscriptions = [{ topic: "orders/create", uri: "/webhooks/orders/create" }];
    writeFileSync(file, JSON.stringify(saved));

    devStore = await startDevStore({ file, ...options });

    const config = readAppConfig();
    expect(devStore.store.state.app.scopes).toEqual(config.scopes);
    expect(devStore.store.state.app.scopes).toContain("write_payment_mandate");
    expect(devStore.store.state.app.webhookSubscriptions).toEqual(
      config.webhookSubscriptions.map(({ topic, uri }) => ({ topic, uri })),
    );
    expect(devStore.store.state.app.webhookSubscriptions).toContainEqual({
      topic: "orders/fulfilled",
      uri: "/webhooks/orders/fulfilled",
    });
    // The rest of the saved shop is kept.
    expect(devStore.store.state.orders).toHaveLength(saved.orders.length);
  });
});
