import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WEBHOOK_TOPICS } from "../../../app/webhooks/topics";
import { appConfigFromToml, parseToml, readAppConfig } from "../../../devstore/seed/app-config";

describe("the app configuration the dev store reads", () => {
  it("has shopify.app.toml's scopes, in order", () => {
    const line = readFileSync("shopify.app.toml", "utf8").match(/^scopes = "([^"]+)"/m)![1];
    expect(readAppConfig().scopes).toEqual(line.split(","));
  });

  it("has a subscription for every topic the app handles, compliance topics marked as such", () => {
    const { webhookApiVersion, webhookSubscriptions } = readAppConfig();
    expect(webhookApiVersion).toBe("2026-04");
    expect(webhookSubscriptions.map((s) => s.topic).sort()).toEqual([...WEBHOOK_TOPICS].sort());
    expect(webhookSubscriptions.filter((s) => s.compliance).map((s) => s.topic)).toEqual([
      "customers/data_request",
      "customers/redact",
      "shop/redact",
    ]);
  });

  it("reads a subscription with several topics, written over several lines", () => {
    const config = appConfigFromToml(`
      [access_scopes]
      scopes = "read_orders, write_products" # trailing comment

      [webhooks]
      api_version = "2026-07"

        [[webhooks.subscriptions]]
        topics = [
          "orders/create",   # new orders
          "orders/paid",
        ]
        uri = "/webhooks/orders"
    `);
    expect(config).toEqual({
      scopes: ["read_orders", "write_products"],
      webhookApiVersion: "2026-07",
      webhookSubscriptions: [
        { topic: "orders/create", uri: "/webhooks/orders", compliance: false },
        { topic: "orders/paid", uri: "/webhooks/orders", compliance: false },
      ],
    });
  });

  it("keeps '#' inside strings and reads numbers and booleans", () => {
    expect(parseToml(`name = "Fieldtest #1"\nembedded = true\nport = 3_000\n[build]\nx = ["a,b", "c"]`)).toEqual({
      name: "Fieldtest #1",
      embedded: true,
      port: 3000,
      build: { x: ["a,b", "c"] },
    });
  });

  it("refuses what it does not understand rather than guess", () => {
    expect(() => parseToml("when = 2026-04-01")).toThrow(/unsupported value/);
  });
});
