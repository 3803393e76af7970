import { describe, expect, it } from "vitest";
import { createAdminGraphqlHandler } from "../../../devstore/admin/graphql-handler";
import { ENDPOINT } from "./admin-client";
import { ACCESS_TOKEN, NOW, openTestStore } from "./state-fixture";

/** Routing and authentication, answered as Shopify does. */

const handler = createAdminGraphqlHandler(openTestStore(), { now: () => NOW });

function post(url: string, headers: Record<string, string>, body: string) {
  return handler(
    new Request(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body }),
  );
}

const QUERY = JSON.stringify({ query: "{ shop { name } }" });

describe("Admin API handler", () => {
  it("answers with the installed app's access token", async () => {
    const response = await post(ENDPOINT, { "X-Shopify-Access-Token": ACCESS_TOKEN }, QUERY);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ data: { shop: { name: "Fieldtest Test Shop" } } });
  });

  it.each([
    ["a wrong token", { "X-Shopify-Access-Token": "shpat_wrong" }],
    ["no token", {}],
  ])("rejects %s with Shopify's 401", async (_case, headers) => {
    const response = await post(ENDPOINT, headers, QUERY);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
    });
  });

  it.each(["/admin/api/2025-01/graphql.json", "/admin/api/2026-04/products.json", "/admin/api/unstable/graphql.json"])(
    "answers 404 for %s",
    async (path) => {
      const response = await post(
        new URL(path, ENDPOINT).toString(),
        { "X-Shopify-Access-Token": ACCESS_TOKEN },
        QUERY,
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ errors: "Not Found" });
    },
  );

  it("answers 400 when the body is not a GraphQL request", async () => {
    for (const body of ["not json", JSON.stringify({ variables: {} })]) {
      const response = await post(ENDPOINT, { "X-Shopify-Access-Token": ACCESS_TOKEN }, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: { query: "Required parameter missing or invalid" } });
    }
  });
});
