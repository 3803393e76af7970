/**
 * Moves a running dev store's clock through its back office (POST /devstore
 * {"action": "set-clock", "at": …}): the Admin API's discount statuses, the storefront's
 * prices (time-tiered discounts read shop.localTime) and the orders placed all follow it.
 * In-process tests can also call `devStore.clock.set(at)`.
 *
 *   await setShopClock(devStore.url, "2026-05-01T12:30:00Z");
 */
export async function setShopClock(devStoreUrl: string, at: string | Date): Promise<void> {
  const response = await fetch(`${devStoreUrl}/devstore`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ action: "set-clock", at: at instanceof Date ? at.toISOString() : at }),
  });
  const answer = (await response.json()) as { ok: boolean; error?: string };
  if (!response.ok || !answer.ok)
    throw new Error(`The dev store refused to move its clock (${response.status}): ${answer.error}`);
}
