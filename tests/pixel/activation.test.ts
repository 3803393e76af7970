import { Session } from "@shopify/shopify-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { PermanentJobError } from "../../app/jobs/job";
import { systemClock } from "../../app/jobs/clock";
import { webPixelActivationJob } from "../../app/pixel/web-pixel-activation-job.server";
import {
  activatePixelAfterInstall,
  activateWebPixel,
  WEB_PIXEL_ACTIVATION_JOB,
} from "../../app/pixel/web-pixel-activation.server";
import { pixelSettingsFor } from "../../app/pixel/pixel-settings";
import { routeAdminApiToDevStore } from "../../app/shopify/dev-store-transport.server";
import { AdminApiError } from "../../app/shopify/graphql.server";
import { sessionStorage, unauthenticated } from "../../app/shopify.server";
import { startDevStore, type RunningDevStore } from "../../devstore/server";

// Turning the web pixel on after install: the app's Admin API client, through Shopify's own
// client, against the dev store's webPixelCreate / webPixel / webPixelUpdate.
const shop = "fieldtest-pixel-activation.myshopify.com";
let devStore: RunningDevStore;

beforeAll(async () => {
  devStore = await startDevStore({
    file: null,
    appUrl: "http://127.0.0.1:9",
    apiKey: process.env.SHOPIFY_API_KEY!,
    apiSecret: process.env.SHOPIFY_API_SECRET!,
    seed: { shopDomain: shop },
  });
  routeAdminApiToDevStore(devStore.url, shop);
  const session = new Session({ id: `offline_${shop}`, shop, state: "x", isOnline: false });
  session.accessToken = devStore.store.state.app.accessToken;
  await sessionStorage.storeSession(session);
});
afterAll(async () => {
  await devStore?.close();
});
beforeEach(() => {
  devStore.store.change((state) => {
    delete state.webPixel;
    state.app.scopes = [...new Set([...state.app.scopes, "write_pixels", "read_customer_events"])];
  });
});

const admin = async () => (await unauthenticated.admin(shop)).admin;
const stored = () => JSON.parse(devStore.store.state.webPixel?.settings ?? "null");

describe("activating the web pixel", () => {
  it("creates it once, then leaves it alone, and updates it when the app moves", async () => {
    const settings = pixelSettingsFor("https://fieldtest.example.com", shop);
    expect(await activateWebPixel(await admin(), settings)).toBe("created");
    expect(stored()).toEqual({ endpoint: "https://fieldtest.example.com/pixel/events", shopDomain: shop });
    const id = devStore.store.state.webPixel!.id;

    expect(await activateWebPixel(await admin(), settings)).toBe("unchanged");
    const moved = pixelSettingsFor("https://new.fieldtest.example.com", shop);
    expect(await activateWebPixel(await admin(), moved)).toBe("updated");
    expect(stored()).toEqual(moved);
    expect(devStore.store.state.webPixel!.id).toBe(id);
  });

  it("fails loudly without the pixel scopes; the install hook logs it and a job tries again until it works", async () => {
    devStore.store.change((state) => {
      state.app.scopes = state.app.scopes.filter((scope) => scope !== "write_pixels");
    });
    const settings = pixelSettingsFor("https://fieldtest.example.com", shop);
    const refused = await activateWebPixel(await admin(), settings).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AdminApiError);
    expect((refused as AdminApiError).errors[0].extensions?.code).toBe("ACCESS_DENIED");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const now = new Date("2026-11-26T10:00:00Z");
    try {
      await expect(
        activatePixelAfterInstall(db, await admin(), shop, "https://fieldtest.example.com", now),
      ).resolves.toBeUndefined();
      // A second failure the same day joins the same retry.
      await activatePixelAfterInstall(db, await admin(), shop, "https://fieldtest.example.com", now);
      expect(log).toHaveBeenCalledWith(
        `[pixel] could not activate the web pixel for ${shop}; a job tries again:`,
        expect.any(AdminApiError),
      );
    } finally {
      log.mockRestore();
    }
    const retries = await db.job.findMany({ where: { kind: WEB_PIXEL_ACTIVATION_JOB, shop } });
    expect(retries.map((job) => [job.runAt.toISOString(), JSON.parse(job.payload)])).toEqual([
      ["2026-11-26T10:01:00.000Z", { shop }],
    ]);
    expect(devStore.store.state.webPixel).toBeUndefined();

    // The merchant grants the scope; the retry turns the pixel on.
    devStore.store.change((state) => {
      state.app.scopes.push("write_pixels");
    });
    await db.shop.upsert({ where: { shop }, create: { shop }, update: { uninstalledAt: null } });
    const context = {
      db,
      clock: systemClock,
      job: { id: retries[0].id, key: retries[0].key, kind: retries[0].kind, shop, attempts: 1 },
    };
    await webPixelActivationJob.run({ shop }, context);
    expect(stored()).toEqual({ endpoint: `${process.env.SHOPIFY_APP_URL}/pixel/events`, shopDomain: shop });

    // Uninstalled since: the retry gives up at once.
    await db.shop.update({ where: { shop }, data: { uninstalledAt: new Date() } });
    await expect(webPixelActivationJob.run({ shop }, context)).rejects.toBeInstanceOf(PermanentJobError);
  });
});
