import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../app/config.server";

const valid = {
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://fieldtest.example.com",
  SCOPES: "read_products, read_orders",
};

function problems(env: Record<string, string | undefined>) {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("the environment", () => {
  it("is parsed with defaults for everything optional", () => {
    expect(parseConfig(valid)).toMatchObject({
      SCOPES: ["read_products", "read_orders"],
      DATABASE_URL: "file:./prisma/dev.db",
      JOB_WORKER: "on",
      JOB_POLL_INTERVAL_MS: 1000,
    });
  });

  it("names every missing variable once, with what it is for", () => {
    const found = problems({});
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^SHOPIFY_API_KEY is required: the app's client id/);
    expect(found.map((p) => p.split(" ")[0])).toEqual([
      "SHOPIFY_API_KEY",
      "SHOPIFY_API_SECRET",
      "SHOPIFY_APP_URL",
      "SCOPES",
    ]);
  });

  it("says what is wrong with a malformed variable", () => {
    expect(problems({ ...valid, SHOPIFY_APP_URL: "fieldtest" })).toEqual([
      expect.stringMatching(/^SHOPIFY_APP_URL must be a URL/),
    ]);
    expect(problems({ ...valid, DATABASE_URL: "mysql://x" })).toEqual([
      "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    ]);
    expect(problems({ ...valid, JOB_WORKER: "yes", JOB_POLL_INTERVAL_MS: "soon" })).toHaveLength(2);
  });

  it("refuses to start with a message listing each problem", () => {
    expect(() => parseConfig({ ...valid, SCOPES: "" })).toThrow(/SCOPES must not be empty/);
  });
});
