import { existsSync, readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { WEBHOOK_TOPICS } from "../../app/webhooks/topics";

const toml = readFileSync("shopify.app.toml", "utf8");
const subscriptions = [...toml.matchAll(/topics = \["([^"]+)"\]\s*\n\s*uri = "([^"]+)"/g)].map((m) => ({
  topic: m[1],
  uri: m[2],
}));

describe("shopify.app.toml", () => {
  it("subscribes to every topic the app handles, each at its own route", () => {
    expect(subscriptions.map((s) => s.topic).sort()).toEqual([...WEBHOOK_TOPICS].sort());
    for (const { topic, uri } of subscriptions) {
      expect(uri).toBe(`/webhooks/${topic}`);
      expect(existsSync(`app/routes/webhooks.${topic.replace("/", ".")}.tsx`), uri).toBe(true);
    }
  });

  it("declares the three privacy topics as compliance topics", () => {
    for (const topic of ["customers/data_request", "customers/redact", "shop/redact"]) {
      expect(toml).toContain(`compliance_topics = ["${topic}"]`);
    }
  });

  it("asks for the same scopes as .env.example documents, with the app proxy and extensions", () => {
    const scopes = toml.match(/^scopes = "([^"]+)"/m)![1].split(",");
    for (const needed of [
      "write_products",
      "write_purchase_options",
      "read_orders",
      "read_customers",
      "write_discounts",
      "write_pixels",
      "read_customer_events",
      "write_app_proxy",
    ]) {
      expect(scopes).toContain(needed);
    }
    expect(toml).toMatch(/\[app_proxy\][^[]*prefix = "apps"[^[]*subpath = "fieldtest"/);
    expect(toml).toContain('extension_directories = ["storefront/*"]');
    expect(toml).toContain("embedded = true");
    expect(toml).toContain('api_version = "2026-04"');
  });
});

describe("the database schema", () => {
  it("has a PostgreSQL schema derived from the one source", () => {
    expect(() =>
      execFileSync(process.execPath, ["scripts/prisma-schemas.mjs", "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it("has the same migrations for SQLite and PostgreSQL", () => {
    const names = (dir: string) =>
      readdirSync(dir)
        .filter((n) => !n.endsWith(".toml"))
        .sort();
    expect(names("prisma/postgresql/migrations")).toEqual(names("prisma/migrations"));
  });
});
