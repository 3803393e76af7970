/**
 * The local dev store (devstore/) and demo mode.
 * - DEV_STORE_URL: the Admin API of DEV_STORE_SHOP goes to the dev store instead of Shopify
 *   (development and tests only).
 * - DEMO_MODE=on: on top of that, the admin is signed in as the dev store's owner without
 *   OAuth. That must never be reachable in production, so it is refused unless every
 *   condition below holds.
 */
export const DEMO_API_KEY = "fieldtest-demo";

export interface DevStoreSettings {
  url: string;
  shop: string;
}

export interface DemoSettings {
  shop: string;
  accessToken: string;
}

export interface DevStoreEnv {
  NODE_ENV?: string;
  SHOPIFY_API_KEY?: string;
  HOST?: string;
  DEV_STORE_URL?: string;
  DEV_STORE_ACCESS_TOKEN?: string;
  DEMO_MODE: "on" | "off";
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLoopbackHost(host: string) {
  return LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Why the dev store or demo mode may not run with this environment (empty when they may). */
export function devStoreRefusals(env: DevStoreEnv): string[] {
  const refusals: string[] = [];
  if (env.DEV_STORE_URL) {
    if (env.NODE_ENV === "production") refusals.push("DEV_STORE_URL is refused when NODE_ENV=production");
    if (!isLoopbackHost(hostname(env.DEV_STORE_URL))) {
      refusals.push("DEV_STORE_URL must be a loopback URL such as http://127.0.0.1:4000");
    }
  }
  if (env.DEMO_MODE === "on") {
    if (env.NODE_ENV === "production") refusals.push("DEMO_MODE is refused when NODE_ENV=production");
    if (env.SHOPIFY_API_KEY !== DEMO_API_KEY) {
      refusals.push(`DEMO_MODE is refused with real Shopify credentials (SHOPIFY_API_KEY must be "${DEMO_API_KEY}")`);
    }
    if (!isLoopbackHost(env.HOST ?? "")) refusals.push("DEMO_MODE only listens on loopback (HOST=127.0.0.1)");
    if (!env.DEV_STORE_URL) refusals.push("DEMO_MODE needs DEV_STORE_URL, the local dev store");
    if (!env.DEV_STORE_ACCESS_TOKEN) refusals.push("DEMO_MODE needs DEV_STORE_ACCESS_TOKEN");
  }
  return refusals;
}

function hostname(url: string) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
