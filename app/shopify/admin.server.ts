import { Session } from "@shopify/shopify-api";
import { config } from "../config.server";
import db from "../db.server";
import { authenticate, sessionStorage, unauthenticated } from "../shopify.server";
import { activatePixelAfterInstall } from "../pixel/web-pixel-activation.server";
import { recordInstall } from "../shops/shops.server";

export type AdminApi = Awaited<ReturnType<typeof unauthenticated.admin>>["admin"];
export interface AdminContext {
  session: Session;
  admin: AdminApi;
  /** False in demo mode: no App Bridge, the app draws its own navigation. */
  embedded: boolean;
}

/**
 * Every admin loader and action starts here. In Shopify: `authenticate.admin` (session
 * token, token exchange). In demo mode: the dev store's owner, signed in without OAuth,
 * talking to the dev store through the same Admin API client.
 */
export async function requireAdmin(request: Request): Promise<AdminContext> {
  const { demo } = config();
  if (!demo) {
    const { session, admin } = await authenticate.admin(request);
    return { session, admin, embedded: true };
  }
  await ensureDemoInstall(demo.shop, demo.accessToken);
  const { session, admin } = await unauthenticated.admin(demo.shop);
  return { session, admin, embedded: false };
}

let demoInstalled: Promise<void> | undefined;

/** The dev store's offline session, as Shopify's install would have stored it. */
function ensureDemoInstall(shop: string, accessToken: string) {
  demoInstalled ??= (async () => {
    const session = new Session({ id: `offline_${shop}`, shop, state: "demo", isOnline: false, accessToken });
    session.scope = config().SCOPES.join(",");
    await sessionStorage.storeSession(session);
    await recordInstall(db, shop, session.scope);
    const { admin } = await unauthenticated.admin(shop);
    await activatePixelAfterInstall(db, admin, shop, config().SHOPIFY_APP_URL);
  })();
  return demoInstalled;
}
