// `npm run demo`: the whole product on this machine with no Shopify account. Installs what
// it needs, starts the local dev store (Admin API, storefront, webhooks) and its mailbox (the
// SMTP server the app sends through), migrates a SQLite
// database, builds the app and serves it in demo mode on 127.0.0.1.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { ensureNodeModules } from "./lib/node-modules.mjs";
import { migrate } from "./db-migrate.mjs";
import { freePort } from "./lib/free-port.mjs";
import { portIsFree } from "./lib/port-is-free.mjs";

const started = Date.now();
ensureNodeModules();

const host = "127.0.0.1";
const appPort = Number(process.env.PORT ?? ((await portIsFree(3000, host)) ? 3000 : await freePort()));
const storePort = Number(process.env.DEVSTORE_PORT ?? ((await portIsFree(4000, host)) ? 4000 : await freePort()));
const appUrl = `http://${host}:${appPort}`;
const children = [];

function stopAll(signal = "SIGTERM") {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAll(signal);
    setTimeout(() => process.exit(0), 3000).unref();
  });
}

// 1. The dev store: prints one JSON line when it is ready.
const devStore = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "devstore/main.ts",
    "--app-url",
    appUrl,
    "--port",
    String(storePort),
    "--file",
    ".devstore/demo.json",
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
children.push(devStore);
devStore.once("exit", (code) => {
  console.error(`The dev store stopped (exit code ${code}); stopping the demo.`);
  stopAll();
  process.exit(code || 1);
});
const store = await new Promise((resolve) => {
  createInterface({ input: devStore.stdout }).on("line", (line) => {
    if (line.startsWith("{")) resolve(JSON.parse(line));
    else console.log(`[devstore] ${line}`);
  });
});

// 2. The mailbox: the dev store's SMTP sink, whose messages its back office shows.
const { mailbox } = store;

// 3. The app, in demo mode, wired to the dev store and its mailbox.
const env = {
  ...process.env,
  NODE_ENV: "development",
  HOST: host,
  PORT: String(appPort),
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./prisma/demo.db",
  SHOPIFY_API_KEY: "fieldtest-demo",
  SHOPIFY_API_SECRET: "fieldtest-demo-secret",
  SHOPIFY_APP_URL: appUrl,
  SCOPES: readFileSync("shopify.app.toml", "utf8").match(/^scopes = "([^"]+)"/m)[1],
  DEMO_MODE: "on",
  DEV_STORE_URL: store.url,
  DEV_STORE_SHOP: store.shop,
  DEV_STORE_ACCESS_TOKEN: store.accessToken,
  DEV_STORE_SMTP_HOST: mailbox.smtpHost,
  DEV_STORE_SMTP_PORT: String(mailbox.smtpPort),
};
migrate(env);
execFileSync("npx", ["remix", "vite:build", "--logLevel", "error"], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production" },
});

const app = spawn(process.execPath, ["server.mjs"], { stdio: ["ignore", "pipe", "inherit"], env });
children.push(app);
app.on("exit", (code) => {
  stopAll();
  process.exit(code ?? 0);
});
createInterface({ input: app.stdout }).on("line", (line) => {
  console.log(line);
  if (line.includes("listening")) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`\nFieldtest demo is running (ready in ${seconds} s), signed in as the owner of ${store.shop}:`);
    console.log(`  Admin:       ${appUrl}/app`);
    console.log(`  Storefront:  ${store.url}/`);
    console.log(`  Back office: ${store.url}/devstore  (cancel, refund, change consent, uninstall; webhook log)`);
    console.log(`  Mailbox:     ${mailbox.url}  (every email the app sends lands here)`);
    console.log("Orders placed in the storefront reach the app as signed webhooks. Ctrl+C stops them all.");
  }
});
