import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../app/config.server";
import { DEMO_API_KEY } from "../../app/demo/demo-mode";

const demo = {
  NODE_ENV: "development",
  HOST: "127.0.0.1",
  SHOPIFY_API_KEY: DEMO_API_KEY,
  SHOPIFY_API_SECRET: "fieldtest-demo-secret",
  SHOPIFY_APP_URL: "http://127.0.0.1:3000",
  SCOPES: "read_products",
  DEMO_MODE: "on",
  DEV_STORE_URL: "http://127.0.0.1:4000",
  DEV_STORE_ACCESS_TOKEN: "shpat_demo",
};

function refusals(env: Record<string, string | undefined>) {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("demo mode", () => {
  it("signs in as the dev store's owner when everything says demo", () => {
    const config = parseConfig(demo);
    expect(config.demo).toEqual({ shop: "fieldtest-demo.myshopify.com", accessToken: "shpat_demo" });
    expect(config.devStore).toEqual({ url: "http://127.0.0.1:4000", shop: "fieldtest-demo.myshopify.com" });
  });

  it("is off unless DEMO_MODE=on, while the dev store can still stand in for Shopify's Admin API", () => {
    const config = parseConfig({ ...demo, DEMO_MODE: undefined, SHOPIFY_API_KEY: "real-key", HOST: undefined });
    expect(config.demo).toBeNull();
    expect(config.devStore?.url).toBe("http://127.0.0.1:4000");
  });

  it("is refused in production, and so is the dev store", () => {
    expect(refusals({ ...demo, NODE_ENV: "production" })).toEqual([
      "DEV_STORE_URL is refused when NODE_ENV=production",
      "DEMO_MODE is refused when NODE_ENV=production",
    ]);
  });

  it("is refused with real Shopify credentials", () => {
    expect(refusals({ ...demo, SHOPIFY_API_KEY: "0db6d7e0c1b2a3f4e5d6c7b8a9f0e1d2" })).toEqual([
      expect.stringContaining("refused with real Shopify credentials"),
    ]);
  });

  it("only listens on loopback and only talks to a loopback dev store", () => {
    expect(refusals({ ...demo, HOST: "0.0.0.0" })).toEqual([expect.stringContaining("only listens on loopback")]);
    expect(refusals({ ...demo, HOST: undefined })).toEqual([expect.stringContaining("only listens on loopback")]);
    expect(refusals({ ...demo, DEV_STORE_URL: "http://shop.example.com" })).toEqual([
      expect.stringContaining("must be a loopback URL"),
    ]);
  });

  it("needs the dev store", () => {
    expect(refusals({ ...demo, DEV_STORE_URL: undefined, DEV_STORE_ACCESS_TOKEN: undefined })).toEqual([
      "DEMO_MODE needs DEV_STORE_URL, the local dev store",
      "DEMO_MODE needs DEV_STORE_ACCESS_TOKEN",
    ]);
  });
});
