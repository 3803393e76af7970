import type { DevStoreState } from "../../state/types";
import { shopifyError } from "../errors/dev-store-error";

/**
 * Refuses a field the installed app holds no scope for, with Shopify's top-level
 * ACCESS_DENIED error (message and extensions as captured in tests/fixtures/shopify/
 * admin-graphql/errors-and-cost/by-id-not-found-read.json, without the "Also: …" note that
 * Shopify adds for some fields). The dev store checks this where a missing scope would
 * otherwise only show in a real shop.
 */
export function requireAccessScope(state: DevStoreState, field: string, scope: string) {
  if (state.app.scopes.includes(scope)) return;
  const requiredAccess = `\`${scope}\` access scope.`;
  throw shopifyError(`Access denied for ${field} field. Required access: ${requiredAccess}`, "ACCESS_DENIED", {
    documentation: "https://shopify.dev/api/usage/access-scopes",
    requiredAccess,
  });
}
