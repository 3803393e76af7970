import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "../prisma/database";
import { devStoreRefusals, type DemoSettings, type DevStoreSettings } from "./demo/demo-mode";

/** What each variable is for; also the text of its "is required" message. */
const help = {
  SHOPIFY_API_KEY: "the app's client id (Partner Dashboard › App › Client credentials)",
  SHOPIFY_API_SECRET: "the app's client secret (Partner Dashboard › App › Client credentials)",
  SHOPIFY_APP_URL: "the public HTTPS URL the app is served from, e.g. https://fieldtest.example.com",
  SCOPES: "comma-separated access scopes, the same as shopify.app.toml's [access_scopes]",
} as const;

const required = (name: keyof typeof help) =>
  z.string({ error: `is required: ${help[name]}` }).min(1, `must not be empty: ${help[name]}`);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SHOPIFY_API_KEY: required("SHOPIFY_API_KEY"),
  SHOPIFY_API_SECRET: required("SHOPIFY_API_SECRET"),
  SHOPIFY_APP_URL: required("SHOPIFY_APP_URL").pipe(z.url({ error: `must be a URL: ${help.SHOPIFY_APP_URL}` })),
  SCOPES: required("SCOPES").transform((s) =>
    s
      .split(",")
      .map((scope) => scope.trim())
      .filter(Boolean),
  ),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (url) => /^(file:|postgres(ql)?:\/\/)/.test(url),
      "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    ),
  JOB_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  JOB_POLL_INTERVAL_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int()
    .min(10)
    .max(60_000)
    .default(1000),
  HOST: z.string().optional(),
  // The local dev store (npm run demo, tests): its URL, shop and Admin API token.
  DEV_STORE_URL: z.string().optional(),
  DEV_STORE_SHOP: z.string().default("fieldtest-demo.myshopify.com"),
  DEV_STORE_ACCESS_TOKEN: z.string().optional(),
  DEMO_MODE: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("off"),
});

export type AppConfig = z.infer<typeof envSchema> & { devStore: DevStoreSettings | null; demo: DemoSettings | null };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Fieldtest cannot start; fix these environment variables (see .env.example):\n${problems
        .map((p) => `  - ${p}`)
        .join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Validates the environment once, with one message per missing or malformed variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const parsed = result.data;
  const refusals = devStoreRefusals({ ...parsed, NODE_ENV: env.NODE_ENV });
  if (refusals.length) throw new ConfigError(refusals);
  const devStore = parsed.DEV_STORE_URL ? { url: parsed.DEV_STORE_URL, shop: parsed.DEV_STORE_SHOP } : null;
  const demo =
    parsed.DEMO_MODE === "on" ? { shop: parsed.DEV_STORE_SHOP, accessToken: parsed.DEV_STORE_ACCESS_TOKEN! } : null;
  return { ...parsed, devStore, demo };
}

let cached: AppConfig | undefined;
export function config(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
