import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseToml } from "../../seed/app-config";

/** The purposes a pixel declares ([customer_privacy]); Shopify loads it only when the visitor allows each. */
export interface PrivacyPurposes {
  analytics: boolean;
  marketing: boolean;
  preferences: boolean;
  /** "enabled": the pixel sells data, so it needs the visitor not to have opted out. */
  saleOfData: "enabled" | "disabled";
}

/** The app's web pixel extension: storefront/<name>/ with a shopify.extension.toml of type web_pixel_extension. */
export interface WebPixelExtension {
  name: string;
  dir: string;
  entry: string;
  runtimeContext: string;
  purposes: PrivacyPurposes;
  /** [settings.fields.<key>]: the keys webPixelCreate's settings must have, each a string. */
  settingsFields: string[];
}

/** The web pixel extension under `extensionsDir`, or null (an app has at most one). */
export function findWebPixelExtension(extensionsDir: string): WebPixelExtension | null {
  if (!existsSync(extensionsDir)) return null;
  for (const entry of readdirSync(extensionsDir, { withFileTypes: true })) {
    const toml = path.join(extensionsDir, entry.name, "shopify.extension.toml");
    if (!entry.isDirectory() || !existsSync(toml)) continue;
    const config = parseToml(readFileSync(toml, "utf8"));
    if (config.type !== "web_pixel_extension") continue;
    const dir = path.join(extensionsDir, entry.name);
    const privacy = (config.customer_privacy ?? {}) as Record<string, unknown>;
    const settings = (config.settings ?? {}) as { fields?: Record<string, unknown> };
    return {
      name: entry.name,
      dir,
      entry: ["src/index.ts", "src/index.js"].map((file) => path.join(dir, file)).find(existsSync) ?? "",
      runtimeContext: String(config.runtime_context ?? "strict"),
      purposes: {
        analytics: privacy.analytics === true,
        marketing: privacy.marketing === true,
        preferences: privacy.preferences === true,
        saleOfData: privacy.sale_of_data === "enabled" ? "enabled" : "disabled",
      },
      settingsFields: Object.keys(settings.fields ?? {}),
    };
  }
  return null;
}

/** Why settings do not fit the extension's definition (null when they do): an object of declared string fields. */
export function settingsProblem(extension: WebPixelExtension, settings: unknown): string | null {
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return "settings must be an object";
  const values = settings as Record<string, unknown>;
  const unknown = Object.keys(values).filter((key) => !extension.settingsFields.includes(key));
  if (unknown.length) return `unknown settings: ${unknown.join(", ")}`;
  const missing = extension.settingsFields.filter((key) => typeof values[key] !== "string" || values[key] === "");
  if (missing.length) return `settings need a text value for ${missing.join(", ")}`;
  return null;
}
