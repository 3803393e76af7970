// `npm run demo`: Fieldtest on this machine with no Shopify account — installs what it
// needs, migrates a SQLite database, builds, and serves the app on 127.0.0.1.
import { execFileSync, spawn } from "node:child_process";
import { ensureNodeModules } from "./lib/node-modules.mjs";
import { migrate } from "./db-migrate.mjs";
import { freePort } from "./lib/free-port.mjs";

const started = Date.now();
ensureNodeModules();

const port = Number(process.env.PORT ?? (await freePort()));
const appUrl = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  PORT: String(port),
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./prisma/demo.db",
  // Placeholder credentials: the demo never talks to Shopify.
  SHOPIFY_API_KEY: process.env.SHOPIFY_API_KEY ?? "fieldtest-demo",
  SHOPIFY_API_SECRET: process.env.SHOPIFY_API_SECRET ?? "fieldtest-demo-secret",
  SHOPIFY_APP_URL: appUrl,
  SCOPES: process.env.SCOPES ?? "read_products",
};

migrate(env);
execFileSync("npx", ["remix", "vite:build", "--logLevel", "error"], { stdio: "inherit", env });

const server = spawn(process.execPath, ["server.mjs"], { stdio: ["ignore", "pipe", "inherit"], env });
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("listening")) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`\nFieldtest is running (ready in ${seconds} s):`);
    console.log(`  App:          ${appUrl}/`);
    console.log(`  Health check: ${appUrl}/health`);
    console.log("The local dev store (admin and storefront without a Shopify account) is not built yet.");
    console.log("Press Ctrl+C to stop.");
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
