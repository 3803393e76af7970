import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";
import { adminTestState, openTestStore } from "./state-fixture";

// The app's web pixel in the dev store's Admin API. The errors marked "captured" are Shopify's
// own answers (shared fixtures, web-pixels/online-store-salvaged-parity-recordings.json and
// online-store-pixel-token-state.json), byte for byte.

const PIXEL_SCOPES = ["write_pixels", "read_customer_events"];
const SETTINGS = { endpoint: "https://fieldtest.example.com/pixel/events", shopDomain: "fieldtest-test.myshopify.com" };

const CREATE = `mutation Create($webPixel: WebPixelInput!) {
  webPixelCreate(webPixel: $webPixel) { webPixel { id settings } userErrors { code field message } }
}`;
const UPDATE = `mutation Update($id: ID!, $webPixel: WebPixelInput!) {
  webPixelUpdate(id: $id, webPixel: $webPixel) { webPixel { id settings } userErrors { code field message } }
}`;
const READ = `query Read($id: ID) { webPixel(id: $id) { id settings } }`;
const DELETE = `mutation Delete($id: ID!) { webPixelDelete(id: $id) { deletedWebPixelId userErrors { code field message } } }`;

function clientWithScopes(scopes: string[]) {
  const state = adminTestState();
  state.app.scopes = [...state.app.scopes, ...scopes];
  return adminClient(openTestStore(state));
}

describe("webPixelCreate", () => {
  it("creates the app's pixel with its settings, which webPixel reads back as a JSON string", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    const created = await client.request(CREATE, { webPixel: { settings: JSON.stringify(SETTINGS) } });
    expect(created.body.errors).toBeUndefined();
    const payload = created.body.data?.webPixelCreate as { webPixel: { id: string; settings: string }; userErrors: [] };
    expect(payload.userErrors).toEqual([]);
    expect(payload.webPixel.id).toMatch(/^gid:\/\/shopify\/WebPixel\/\d+$/);
    expect(JSON.parse(payload.webPixel.settings)).toEqual(SETTINGS);

    const read = await client.request(READ);
    expect(read.body.data?.webPixel).toEqual(payload.webPixel);
    expect((await client.request(READ, { id: payload.webPixel.id })).body.data?.webPixel).toEqual(payload.webPixel);
    expect((await client.request(READ, { id: "gid://shopify/WebPixel/1" })).body.data?.webPixel).toBeNull();
    expect(client.store.state.webPixel).toEqual({
      id: payload.webPixel.id.split("/").pop(),
      settings: JSON.stringify(SETTINGS),
    });
  });

  it("takes settings as a JSON object too", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    const { body } = await client.request(CREATE, { webPixel: { settings: SETTINGS } });
    expect(body.data?.webPixelCreate).toMatchObject({
      userErrors: [],
      webPixel: { settings: JSON.stringify(SETTINGS) },
    });
  });

  it("answers TAKEN when the app already has a pixel, and keeps the first", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    await client.request(CREATE, { webPixel: { settings: JSON.stringify(SETTINGS) } });
    const again = await client.request(CREATE, {
      webPixel: { settings: JSON.stringify({ ...SETTINGS, shopDomain: "x" }) },
    });
    expect(again.body.data?.webPixelCreate).toEqual({
      webPixel: null,
      userErrors: [{ code: "TAKEN", field: null, message: "Web pixel is taken." }],
    });
    expect(JSON.parse(client.store.state.webPixel!.settings)).toEqual(SETTINGS);
  });

  it("refuses settings that are not JSON, or that do not match storefront/pixel's definition", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    const notJson = await client.request(CREATE, { webPixel: { settings: "not json" } });
    expect(notJson.body.data?.webPixelCreate).toEqual({
      webPixel: null,
      userErrors: [
        {
          code: "INVALID_CONFIGURATION_JSON",
          field: ["webPixel", "settings"],
          message: "The provided settings is not a valid JSON.",
        },
      ],
    });
    for (const [settings, problem] of [
      [{ endpoint: SETTINGS.endpoint }, "settings need a text value for shopDomain"],
      [{ ...SETTINGS, accountID: "1" }, "unknown settings: accountID"],
      [{ ...SETTINGS, endpoint: 42 }, "settings need a text value for endpoint"],
      [["a"], "settings must be an object"],
    ] as const) {
      const { body } = await client.request(CREATE, { webPixel: { settings: JSON.stringify(settings) } });
      expect(body.data?.webPixelCreate, problem).toEqual({
        webPixel: null,
        userErrors: [
          {
            code: "INVALID_SETTINGS",
            field: ["webPixel", "settings"],
            message: `The provided settings does not match the expected settings definition on the app: ${problem}.`,
          },
        ],
      });
    }
    expect(client.store.state.webPixel).toBeUndefined();
  });

  it("is denied without write_pixels and read_customer_events (captured)", async () => {
    const client = clientWithScopes([]);
    const { body } = await client.request(CREATE, { webPixel: { settings: JSON.stringify(SETTINGS) } });
    const requiredAccess =
      "`write_pixels` access scope. Also: The app requires read_customer_events access scope and user access permission.";
    expect(body.errors).toEqual([
      {
        message: `Access denied for webPixelCreate field. Required access: ${requiredAccess}`,
        locations: [{ line: 2, column: 3 }],
        extensions: {
          code: "ACCESS_DENIED",
          documentation: "https://shopify.dev/api/usage/access-scopes",
          requiredAccess,
        },
        path: ["webPixelCreate"],
      },
    ]);
    expect(body.data).toEqual({ webPixelCreate: null });
    const readOnly = clientWithScopes(["write_pixels"]);
    expect((await readOnly.request(CREATE, { webPixel: { settings: "{}" } })).body.errors?.[0]?.extensions?.code).toBe(
      "ACCESS_DENIED",
    );
  });

  it("needs settings, and WebPixel has no status (captured validation errors)", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    const missing = await client.request(
      `mutation WebPixelUpdateValidationLocalRuntime {\n  create: webPixelCreate(webPixel: {}) {\n    webPixel {\n      id\n    }\n  }\n}\n`,
    );
    expect(missing.body.errors).toEqual([
      {
        message: "Argument 'settings' on InputObject 'WebPixelInput' is required. Expected type JSON!",
        locations: [{ line: 2, column: 36 }],
        path: ["mutation WebPixelUpdateValidationLocalRuntime", "create", "webPixel", "settings"],
        extensions: {
          code: "missingRequiredInputObjectAttribute",
          argumentName: "settings",
          argumentType: "JSON!",
          inputObjectType: "WebPixelInput",
        },
      },
    ]);
    const status = await client.request(
      "mutation WebPixelStatusIsNotAField($webPixel: WebPixelInput!) {\n  webPixelCreate(webPixel: $webPixel) {\n    webPixel {\n      id\n      status\n    }\n    userErrors {\n      __typename\n      code\n      field\n      message\n    }\n  }\n}\n",
      { webPixel: { settings: '{"accountID":"pixel-token-state-20260705052258"}' } },
    );
    expect(status.body).toEqual({
      errors: [
        {
          message: "Field 'status' doesn't exist on type 'WebPixel'",
          locations: [{ line: 5, column: 7 }],
          path: ["mutation WebPixelStatusIsNotAField", "webPixelCreate", "webPixel", "status"],
          extensions: { code: "undefinedField", typeName: "WebPixel", fieldName: "status" },
        },
      ],
    });
  });
});

describe("webPixelUpdate and webPixelDelete", () => {
  it("update the pixel's settings by id, and say NOT_FOUND for another id", async () => {
    const client = clientWithScopes(PIXEL_SCOPES);
    const created = await client.request(CREATE, { webPixel: { settings: JSON.stringify(SETTINGS) } });
    const id = (created.body.data?.webPixelCreate as { webPixel: { id: string } }).webPixel.id;
    const moved = { ...SETTINGS, endpoint: "https://new.example.com/pixel/events" };

    const updated = await client.request(UPDATE, { id, webPixel: { settings: JSON.stringify(moved) } });
    expect(updated.body.data?.webPixelUpdate).toEqual({
      webPixel: { id, settings: JSON.stringify(moved) },
      userErrors: [],
    });
    const bad = await client.request(UPDATE, { id, webPixel: { settings: "{" } });
    expect(bad.body.data?.webPixelUpdate).toMatchObject({
      webPixel: null,
      userErrors: [{ code: "INVALID_CONFIGURATION_JSON" }],
    });
    const elsewhere = await client.request(UPDATE, {
      id: "gid://shopify/WebPixel/999999",
      webPixel: { settings: "{}" },
    });
    expect(elsewhere.body.data?.webPixelUpdate).toMatchObject({
      webPixel: null,
      userErrors: [{ code: "NOT_FOUND", field: ["id"] }],
    });
    expect(JSON.parse(client.store.state.webPixel!.settings)).toEqual(moved);

    expect((await client.request(DELETE, { id })).body.data?.webPixelDelete).toEqual({
      deletedWebPixelId: id,
      userErrors: [],
    });
    expect(client.store.state.webPixel).toBeUndefined();
    expect((await client.request(READ)).body.data?.webPixel).toBeNull();
    expect((await client.request(DELETE, { id })).body.data?.webPixelDelete).toMatchObject({
      deletedWebPixelId: null,
      userErrors: [{ code: "NOT_FOUND" }],
    });
  });
});
