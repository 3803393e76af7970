import { createHmac, randomUUID } from "node:crypto";
import { bench, describe } from "vitest";
import db from "../../app/db.server";
import { action } from "../../app/routes/webhooks.orders.create";
import { webhookTopics } from "../../app/webhooks/topics";
import { fixture, signedWebhookRequest } from "../support/webhooks";

// Receiving one orders/create webhook (HMAC check, zod, delivery row + job in a
// transaction) against the floor: the HMAC and JSON parsing alone, no database.
const order = fixture("orders_create_captured_2025-08-07.json");
const body = JSON.stringify(order);
const shop = "bench.myshopify.com";

describe("webhook intake", () => {
  bench("baseline: verify HMAC + JSON.parse + zod, no database", () => {
    createHmac("sha256", process.env.SHOPIFY_API_SECRET!).update(body).digest("base64");
    webhookTopics["orders/create"].parse(JSON.parse(body));
  });

  bench(
    "orders/create route: verify, validate, record delivery, enqueue job",
    async () => {
      await action({
        request: signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: randomUUID() }),
        params: {},
        context: {},
      });
    },
    { teardown: async () => void (await db.job.deleteMany({ where: { shop } })) },
  );
});
