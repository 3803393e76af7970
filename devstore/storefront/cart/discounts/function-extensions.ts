import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseToml } from "../../../seed/app-config";

/**
 * The app's Shopify Functions: every storefront/<dir>/shopify.extension.toml whose extension
 * has type "function". `shopify app deploy` releases them; discountAutomaticAppCreate names
 * one by its handle, and checkout runs its targets.
 */

/** The app's extensions: <repo>/storefront. */
export const APP_EXTENSIONS_DIR = fileURLToPath(new URL("../../../../storefront", import.meta.url));

export interface FunctionTarget {
  /** e.g. "cart.lines.discounts.generate.run". */
  target: string;
  /** Absolute path of the target's input query. */
  inputQuery: string;
  /** The export the build calls, as the toml spells it ("cart-lines-discounts-generate-run"). */
  export: string;
}

export interface FunctionExtension {
  handle: string;
  /** The extension's `name`: ShopifyFunction.title, and AppDiscountType.title. */
  title: string;
  description: string | null;
  dir: string;
  /** ShopifyFunction.apiType, from the targets: "discount" for the Discount Function API. */
  apiType: string;
  targets: FunctionTarget[];
  /** [extensions.input.variables]: the metafield of the function's owner (the discount) holding the query's variables. */
  inputVariables: { namespace: string; key: string } | null;
}

const API_TYPES: [RegExp, string][] = [
  [/^cart\.(lines|delivery-options)\.discounts\.generate\.(run|fetch)$/, "discount"],
  [/^purchase\.product-discount\.run$/, "product_discounts"],
  [/^purchase\.order-discount\.run$/, "order_discounts"],
  [/^purchase\.shipping-discount\.run$/, "shipping_discounts"],
  [/^(cart\.transform\.run|purchase\.cart-transform\.run)$/, "cart_transform"],
  [/^(cart\.validations\.generate\.run|purchase\.validation\.run)$/, "cart_checkout_validation"],
  [/^(cart\.payment-methods\.transform\.run|purchase\.payment-customization\.run)$/, "payment_customization"],
  [/^(cart\.delivery-options\.transform\.run|purchase\.delivery-customization\.run)$/, "delivery_customization"],
];

/** The Function APIs discountAutomaticAppCreate accepts, in the order Shopify's error message lists them. */
export const DISCOUNT_API_TYPES = ["product_discounts", "order_discounts", "shipping_discounts", "discount"];

function apiTypeOf(targets: FunctionTarget[]): string {
  for (const { target } of targets) {
    const found = API_TYPES.find(([pattern]) => pattern.test(target));
    if (found) return found[1];
  }
  return "unknown";
}

type Table = Record<string, unknown>;

function extensionOf(dir: string, entry: Table): FunctionExtension {
  const targets = ((entry.targeting ?? []) as Table[]).map((targeting): FunctionTarget => ({
    target: String(targeting.target),
    inputQuery: path.join(dir, String(targeting.input_query ?? "")),
    export: String(targeting.export ?? ""),
  }));
  const variables = ((entry.input ?? {}) as Table).variables as Table | undefined;
  return {
    // As Shopify CLI does: the `handle` key, else the extension's directory name.
    handle: typeof entry.handle === "string" && entry.handle ? entry.handle : path.basename(dir),
    title: String(entry.name ?? path.basename(dir)),
    description: typeof entry.description === "string" ? entry.description : null,
    dir,
    apiType: apiTypeOf(targets),
    targets,
    inputVariables: variables ? { namespace: String(variables.namespace), key: String(variables.key) } : null,
  };
}

/** The function extensions under `extensionsDir` (an app's storefront/ folder). */
export function functionExtensions(extensionsDir: string): FunctionExtension[] {
  if (!existsSync(extensionsDir)) return [];
  return readdirSync(extensionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const dir = path.join(extensionsDir, entry.name);
      const file = path.join(dir, "shopify.extension.toml");
      if (!existsSync(file)) return [];
      const toml = parseToml(readFileSync(file, "utf8"));
      // Current tomls list [[extensions]]; older ones describe their one extension at the top level.
      const entries = (Array.isArray(toml.extensions) ? toml.extensions : [toml]) as Table[];
      return entries
        .filter((extension) => extension.type === "function")
        .map((extension) => extensionOf(dir, extension));
    });
}

/**
 * The function's id (ShopifyFunction.id, AppDiscountType.functionId): Shopify gives each
 * released function a UUID; the dev store derives a stable one from the app and the handle.
 */
export function functionIdOf(apiKey: string, handle: string): string {
  const hex = createHash("sha256").update(`${apiKey}/${handle}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The target's export as the compiled module names it: "cart-lines-discounts-generate-run" → cartLinesDiscountsGenerateRun. */
export function exportName(target: FunctionTarget): string {
  return target.export.replace(/[-_](\w)/g, (_, letter: string) => letter.toUpperCase());
}
