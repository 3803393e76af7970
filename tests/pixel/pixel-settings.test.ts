import { describe, expect, it } from "vitest";
import { pixelSettingsFor, settingsMatch } from "../../app/pixel/pixel-settings";

describe("the web pixel's settings", () => {
  it("point the pixel at the app's /pixel/events, for one shop", () => {
    expect(pixelSettingsFor("https://fieldtest.example.com", "a.myshopify.com")).toEqual({
      endpoint: "https://fieldtest.example.com/pixel/events",
      shopDomain: "a.myshopify.com",
    });
    expect(pixelSettingsFor("https://example.com/fieldtest/", "a.myshopify.com").endpoint).toBe(
      "https://example.com/fieldtest/pixel/events",
    );
  });

  it("match what Shopify stored only when every field is the same", () => {
    const wanted = pixelSettingsFor("https://fieldtest.example.com", "a.myshopify.com");
    expect(settingsMatch(JSON.stringify(wanted), wanted)).toBe(true);
    expect(settingsMatch(wanted, wanted)).toBe(true);
    expect(settingsMatch(JSON.stringify({ ...wanted, shopDomain: "b.myshopify.com" }), wanted)).toBe(false);
    expect(settingsMatch(JSON.stringify({ ...wanted, endpoint: "https://old.example.com/pixel/events" }), wanted)).toBe(
      false,
    );
    expect(settingsMatch(JSON.stringify({ ...wanted, accountID: "1" }), wanted)).toBe(false);
    expect(settingsMatch("{", wanted)).toBe(false);
    expect(settingsMatch(null, wanted)).toBe(false);
  });
});
