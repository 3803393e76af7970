import { z } from "zod";
import type { DevStore } from "../state/store";
import type { WebhookSender } from "../webhooks/sender";
import { controlPage } from "./control-page";
import type { ShopClock } from "./shop-clock";
import { cancelOrder, fulfillOrder, refundOrder, setEmailConsent, ShopEventError, uninstallApp } from "./shop-events";

/** An order's numeric id, or its gid (gid://shopify/Order/…) as the Admin API gives it. */
const orderId = z
  .string()
  .regex(/^(gid:\/\/shopify\/Order\/)?\d+$/, "orderId must be an order's id")
  .transform((id) => id.replace(/^gid:\/\/shopify\/Order\//, ""));

const action = z.discriminatedUnion("action", [
  z.object({ action: z.literal("cancel-order"), orderId }),
  z.object({ action: z.literal("refund-order"), orderId }),
  z.object({ action: z.literal("fulfill-order"), orderId }),
  z.object({
    action: z.literal("set-consent"),
    customerId: z.string().regex(/^\d+$/),
    state: z.enum(["SUBSCRIBED", "UNSUBSCRIBED", "NOT_SUBSCRIBED"]),
  }),
  z.object({ action: z.literal("uninstall-app") }),
  z.object({ action: z.literal("set-clock"), at: z.iso.datetime({ offset: true }) }),
]);

type Action = z.infer<typeof action>;

const DONE = "Done: the webhook is on its way to the app.";

/**
 * /devstore: the dev store's own back office, where a developer plays the merchant and the
 * customers — cancel, refund or fulfill an order, change a customer's consent, uninstall the
 * app — and sees every webhook the shop sent. Forms post back here and redirect
 * (POST/redirect/GET). Tests post the same actions as JSON ({"action": "fulfill-order",
 * "orderId": "1001"}) and get JSON back: {ok: true, message} or {ok: false, error};
 * {"action": "set-clock", "at": "2026-05-01T12:30:00Z"} moves the shop's clock.
 */
export function createControlHandler(
  store: DevStore,
  webhooks: WebhookSender,
  options: { now: () => Date; clock?: ShopClock },
) {
  const perform = (input: Action) => {
    if (input.action === "set-clock") return setClock(options.clock, new Date(input.at));
    const now = options.now();
    if (input.action === "cancel-order") cancelOrder(store, input.orderId, now);
    if (input.action === "refund-order") refundOrder(store, input.orderId, now);
    if (input.action === "fulfill-order") fulfillOrder(store, input.orderId, now);
    if (input.action === "set-consent") setEmailConsent(store, input.customerId, input.state, now);
    if (input.action === "uninstall-app") uninstallApp(store);
    return DONE;
  };

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (request.method === "GET") {
      return new Response(controlPage(store.state, webhooks.log(), url.searchParams.get("message")), {
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
    const asJson = /^application\/json\b/i.test(request.headers.get("Content-Type") ?? "");
    const reply = asJson ? jsonReply : formReply;
    const fields: unknown = asJson
      ? await request.json().catch(() => null)
      : Object.fromEntries(await request.formData());
    const parsed = action.safeParse(fields);
    if (!parsed.success) return reply(`That request was incomplete: ${parsed.error.issues[0]?.message}`, 400);
    try {
      return reply(perform(parsed.data));
    } catch (error) {
      if (error instanceof ShopEventError) return reply(error.message, 409);
      throw error;
    }
  };
}

/** Moves the shop's clock (tests and demos of time-tiered discounts); the shop's events happen at the new time. */
function setClock(clock: ShopClock | undefined, at: Date): string {
  if (!clock) throw new ShopEventError("This dev store's clock cannot be moved.");
  clock.set(at);
  return `The shop's clock now reads ${at.toISOString()}.`;
}

function formReply(message: string, status = 303) {
  if (status !== 303)
    return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status, headers: { Location: `/devstore?message=${encodeURIComponent(message)}` } });
}

function jsonReply(message: string, status = 200) {
  return Response.json(status === 200 ? { ok: true, message } : { ok: false, error: message }, { status });
}
