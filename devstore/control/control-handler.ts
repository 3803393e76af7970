import { z } from "zod";
import type { DevStore } from "../state/store";
import type { WebhookSender } from "../webhooks/sender";
import { controlPage } from "./control-page";
import { cancelOrder, refundOrder, setEmailConsent, ShopEventError, uninstallApp } from "./shop-events";

const action = z.discriminatedUnion("action", [
  z.object({ action: z.literal("cancel-order"), orderId: z.string().regex(/^\d+$/) }),
  z.object({ action: z.literal("refund-order"), orderId: z.string().regex(/^\d+$/) }),
  z.object({
    action: z.literal("set-consent"),
    customerId: z.string().regex(/^\d+$/),
    state: z.enum(["SUBSCRIBED", "UNSUBSCRIBED", "NOT_SUBSCRIBED"]),
  }),
  z.object({ action: z.literal("uninstall-app") }),
]);

/**
 * /devstore: the dev store's own back office, where a developer plays the merchant and the
 * customers — cancel or refund an order, change a customer's consent, uninstall the app —
 * and sees every webhook the shop sent. Forms post back here and redirect (POST/redirect/GET).
 */
export function createControlHandler(store: DevStore, webhooks: WebhookSender, options: { now: () => Date }) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (request.method === "GET") {
      return new Response(controlPage(store.state, webhooks.log(), url.searchParams.get("message")), {
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
    const parsed = action.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return back(`That request was incomplete: ${parsed.error.issues[0]?.message}`, 400);
    try {
      const input = parsed.data;
      const now = options.now();
      if (input.action === "cancel-order") cancelOrder(store, input.orderId, now);
      if (input.action === "refund-order") refundOrder(store, input.orderId, now);
      if (input.action === "set-consent") setEmailConsent(store, input.customerId, input.state, now);
      if (input.action === "uninstall-app") uninstallApp(store);
      return back("Done: the webhook is on its way to the app.");
    } catch (error) {
      if (error instanceof ShopEventError) return back(error.message, 409);
      throw error;
    }
  };
}

function back(message: string, status = 303) {
  if (status !== 303)
    return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status, headers: { Location: `/devstore?message=${encodeURIComponent(message)}` } });
}
