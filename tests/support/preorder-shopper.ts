import { expect } from "vitest";
import type { DemoStack } from "./demo-stack";

const numeric = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);

/**
 * A shopper on the dev store's storefront: adds a variant with a preorder selling plan to a
 * cart and checks out (Berlin address). Returns the order the dev store placed.
 */
export async function placePreorder(stack: DemoStack, variantId: string, sellingPlanId: string, email: string) {
  const added = await fetch(`${stack.storefrontUrl}/cart/add`, {
    method: "POST",
    body: new URLSearchParams({ id: numeric(variantId), quantity: "1", selling_plan: numeric(sellingPlanId) }),
    redirect: "manual",
  });
  expect(added.status).toBe(302);
  const cookie = added.headers.get("set-cookie")!.split(";")[0];
  const checkout = await fetch(`${stack.storefrontUrl}/checkout`, {
    method: "POST",
    headers: { cookie },
    body: new URLSearchParams({
      email,
      country: "DE",
      firstName: "Pre",
      lastName: "Order",
      address1: "Hauptstraße 1",
      zip: "10115",
      city: "Berlin",
    }),
    redirect: "manual",
  });
  expect(checkout.status).toBeLessThan(400);
  return stack.devStore.store.state.orders.at(-1)!;
}
