// Runs the dev store on its own: `node --import tsx devstore/main.ts --app-url http://127.0.0.1:3000`.
// Prints one JSON line when ready ({url, shop, accessToken}) so that scripts can wire the app to it.
import { parseArgs } from "node:util";
import { startDevStore } from "./server";

const { values } = parseArgs({
  options: {
    "app-url": { type: "string", default: "http://127.0.0.1:3000" },
    "api-key": { type: "string", default: "fieldtest-demo" },
    "api-secret": { type: "string", default: "fieldtest-demo-secret" },
    file: { type: "string", default: ".devstore/state.json" },
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "4000" },
    reset: { type: "boolean", default: false },
  },
});

const devStore = await startDevStore({
  file: values.file!,
  appUrl: values["app-url"]!,
  apiKey: values["api-key"]!,
  apiSecret: values["api-secret"]!,
  host: values.host,
  port: Number(values.port),
});
if (values.reset) await fetch(`${devStore.url}/devstore/reset`, { method: "POST" });

const { shop, app } = devStore.store.state;
console.log(
  JSON.stringify({
    ready: true,
    url: devStore.url,
    shop: shop.myshopifyDomain,
    accessToken: app.accessToken,
    mailbox: {
      smtpHost: devStore.mailbox.host,
      smtpPort: devStore.mailbox.port,
      url: `${devStore.url}/devstore/mailbox`,
    },
  }),
);

async function stop() {
  await devStore.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
