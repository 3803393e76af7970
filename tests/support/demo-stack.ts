import { readFileSync } from "node:fs";
import { startDevStore, type RunningDevStore } from "../../devstore/server";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { startApp, type RunningApp } from "./server";

export interface DemoStack {
  app: RunningApp;
  devStore: RunningDevStore;
  adminUrl: string;
  storefrontUrl: string;
  stop(): Promise<void>;
}

const DEMO_KEY = "fieldtest-demo";
const DEMO_SECRET = "fieldtest-demo-secret";

/**
 * What `npm run demo` runs, on free ports: the dev store (in this process, so tests can
 * read its state and webhook log) and the production build of the app in demo mode,
 * on this test file's database.
 */
export async function startDemoStack(): Promise<DemoStack> {
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  const devStore = await startDevStore({
    file: null,
    appUrl,
    apiKey: DEMO_KEY,
    apiSecret: DEMO_SECRET,
    port: 0,
    webhookRetryDelaysMs: [100, 300],
  });
  const scopes = readFileSync("shopify.app.toml", "utf8").match(/^scopes = "([^"]+)"/m)![1];
  const app = await startApp(
    {
      NODE_ENV: "development",
      DATABASE_URL: process.env.DATABASE_URL!,
      SHOPIFY_API_KEY: DEMO_KEY,
      SHOPIFY_API_SECRET: DEMO_SECRET,
      SHOPIFY_APP_URL: appUrl,
      SCOPES: scopes,
      JOB_WORKER: "on",
      JOB_POLL_INTERVAL_MS: "50",
      DEMO_MODE: "on",
      DEV_STORE_URL: devStore.url,
      DEV_STORE_SHOP: devStore.store.state.shop.myshopifyDomain,
      DEV_STORE_ACCESS_TOKEN: devStore.store.state.app.accessToken,
      DEV_STORE_SMTP_HOST: devStore.mailbox.host,
      DEV_STORE_SMTP_PORT: String(devStore.mailbox.port),
    },
    { port: appPort },
  );
  return {
    app,
    devStore,
    adminUrl: `${appUrl}/app`,
    storefrontUrl: devStore.url,
    async stop() {
      await app.stop();
      await devStore.close();
    },
  };
}
