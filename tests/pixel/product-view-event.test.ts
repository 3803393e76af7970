import { describe, expect, it } from "vitest";
import { parseProductViewEvent } from "../../app/pixel/product-view-event";
import { numericShopifyId } from "../../app/pixel/shopify-id";
import { MAX_CLOCK_SKEW_MS, MAX_REPORT_DELAY_MS, viewedAt } from "../../app/pixel/view-time";
import { visitorKey } from "../../app/pixel/visitor-key";

const view = {
  shop: "fieldtest-demo.myshopify.com",
  productId: "8001",
  variantId: "9001",
  eventId: "sh-6f0b7d1e-3c41-4f0a-9d55-0b6d2c7a1e90",
  clientId: "0f2d5c1e-8a3b-4d7e-9f10-2b3c4d5e6f70",
  timestamp: "2026-11-26T12:00:00.123Z",
};
const body = (fields: Record<string, unknown>) => JSON.stringify({ ...view, ...fields });

describe("a product view from the pixel", () => {
  it("is read with numeric ids, from numeric ids or gids", () => {
    expect(parseProductViewEvent(body({}))).toEqual({ ok: true, event: view });
    const fromGids = parseProductViewEvent(
      body({ productId: "gid://shopify/Product/8001", variantId: "gid://shopify/ProductVariant/9001" }),
    );
    expect(fromGids).toEqual({ ok: true, event: view });
  });

  it("may lack a variant, and may carry keys it does not use", () => {
    expect(parseProductViewEvent(body({ variantId: null, extra: 1 }))).toEqual({
      ok: true,
      event: { ...view, variantId: null },
    });
  });

  it("says what is wrong, field by field", () => {
    expect(parseProductViewEvent("{not json")).toEqual({ ok: false, error: "The body is not JSON." });
    const wrong = parseProductViewEvent(
      body({ shop: "example.com", productId: "gid://shopify/Collection/1", eventId: "", timestamp: "yesterday" }),
    );
    expect(wrong.ok).toBe(false);
    const error = (wrong as { error: string }).error;
    expect(error).toMatch(/^Not a product view: /);
    expect(error).toContain("shop must be the shop's myshopify.com domain");
    expect(error).toContain("productId must be a numeric id or a gid://shopify/Product/… id");
    expect(error).toContain("eventId");
    expect(error).toContain("timestamp must be an ISO 8601 date-time");
    expect(parseProductViewEvent("[]")).toMatchObject({ ok: false, error: expect.stringContaining("body") });
    expect(parseProductViewEvent(body({ clientId: "x".repeat(129) }))).toMatchObject({ ok: false });
  });
});

describe("numericShopifyId", () => {
  it("takes the id of the named type only", () => {
    expect(numericShopifyId("123", "Product")).toBe("123");
    expect(numericShopifyId("gid://shopify/ProductVariant/45", "ProductVariant")).toBe("45");
    expect(numericShopifyId("gid://shopify/ProductVariant/45", "Product")).toBeNull();
    for (const value of ["", "0", "-1", "12a", "gid://shopify/Product/", "gid://shopify/Product/1/2", "snowboard"]) {
      expect(numericShopifyId(value, "Product"), value).toBeNull();
    }
  });
});

describe("viewedAt", () => {
  const received = new Date("2026-11-26T12:00:00Z");
  const at = (offsetMs: number) => new Date(received.getTime() + offsetMs);

  it("keeps the event's time when a late beacon or a fast clock explains it", () => {
    expect(viewedAt(at(-5_000), received)).toEqual(at(-5_000));
    expect(viewedAt(at(-MAX_REPORT_DELAY_MS), received)).toEqual(at(-MAX_REPORT_DELAY_MS));
    expect(viewedAt(at(MAX_CLOCK_SKEW_MS), received)).toEqual(at(MAX_CLOCK_SKEW_MS));
  });

  it("uses the arrival time for an event from too long ago or from the future", () => {
    expect(viewedAt(at(-MAX_REPORT_DELAY_MS - 1), received)).toEqual(received);
    expect(viewedAt(at(MAX_CLOCK_SKEW_MS + 1), received)).toEqual(received);
    expect(viewedAt(new Date("2001-01-01T00:00:00Z"), received)).toEqual(received);
  });
});

describe("visitorKey", () => {
  it("is the same for the same browser in the same shop, and names neither", () => {
    const key = visitorKey("secret", view.shop, view.clientId);
    expect(key).toBe(visitorKey("secret", view.shop, view.clientId));
    expect(key).toMatch(/^[\w-]{22}$/);
    expect(key).not.toContain(view.clientId.slice(0, 8));
  });

  it("differs across shops, browsers and app secrets", () => {
    const key = visitorKey("secret", view.shop, view.clientId);
    expect(visitorKey("secret", "other.myshopify.com", view.clientId)).not.toBe(key);
    expect(visitorKey("secret", view.shop, "another-browser")).not.toBe(key);
    expect(visitorKey("rotated", view.shop, view.clientId)).not.toBe(key);
  });
});
