/**
 * Plays the merchant in a running dev store's back office (/devstore), through the JSON form
 * of the page's actions. For tests across the app and the dev store:
 *
 *   await fulfillOrder(devStore.url, placed.gid); // the order ships: orders/fulfilled goes out, signed
 *   await devStore.webhooks.drain();
 */

export type BackOfficeAction =
  | { action: "fulfill-order" | "cancel-order" | "refund-order"; orderId: string }
  | { action: "set-consent"; customerId: string; state: "SUBSCRIBED" | "UNSUBSCRIBED" | "NOT_SUBSCRIBED" }
  | { action: "uninstall-app" };

/** Throws with the dev store's answer when it refuses the action (e.g. an order already fulfilled). */
export async function backOffice(devStoreUrl: string, action: BackOfficeAction): Promise<void> {
  const response = await fetch(`${devStoreUrl}/devstore`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(action),
  });
  const answer = (await response.json()) as { ok: boolean; error?: string };
  if (!response.ok || !answer.ok)
    throw new Error(`The back office refused ${action.action} (${response.status}): ${answer.error}`);
}

/** Marks the order fulfilled; `orderId` is its numeric id or its gid (gid://shopify/Order/…). */
export function fulfillOrder(devStoreUrl: string, orderId: string | number): Promise<void> {
  return backOffice(devStoreUrl, { action: "fulfill-order", orderId: String(orderId) });
}
