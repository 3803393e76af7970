import { Session } from "@shopify/shopify-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { activatePixelAfterInstall, activateWebPixel } from "../../app/pixel/web-pixel-activation.server";
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

  it("fails loudly without the pixel scopes, but the install hook only logs it", async () => {
    devStore.store.change((state) => {
      state.app.scopes = state.app.scopes.filter((scope) => scope !== "write_pixels");
    });
    const settings = pixelSettingsFor("https://fieldtest.example.com", shop);
    const refused = await activateWebPixel(await admin(), settings).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AdminApiError);
    expect((refused as AdminApiError).errors[0].extensions?.code).toBe("ACCESS_DENIED");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(
        activatePixelAfterInstall(await admin(), shop, "https://fieldtest.example.com"),
      ).resolves.toBeUndefined();
      expect(log).toHaveBeenCalledWith(
        `[pixel] could not activate the web pixel for ${shop}:`,
        expect.any(AdminApiError),
      );
    } finally {
      log.mockRestore();
    }
    expect(devStore.store.state.webPixel).toBeUndefined();
  });
});
