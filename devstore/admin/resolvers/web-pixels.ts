import { gid, idFromGid } from "../../state/store";
import type { DevStoreState, DevWebPixel } from "../../state/types";
import { DEFAULT_EXTENSIONS_DIR } from "../../storefront/storefront-renderer";
import { findWebPixelExtension, settingsProblem } from "../../storefront/web-pixels/pixel-extension";
import { shopifyError } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import type { ResolverMap, TypeResolvers } from "../resolver-map";

/**
 * The app's web pixel: `webPixelCreate`, `webPixelUpdate`, `webPixelDelete` and `webPixel`.
 * Shopify keeps one per app; WebPixel has only `id` and `settings`, and settings (JSON!) are
 * checked against the extension's shopify.extension.toml. The access-denied error is
 * Shopify's, captured (shared fixtures web-pixels/online-store-salvaged-parity-recordings.json);
 * the userErrors' wording is not captured: TAKEN's follows other Shopify user errors, the
 * others use the code's description from the 2026-04 schema.
 */

const WRITE_ACCESS =
  "`write_pixels` access scope. Also: The app requires read_customer_events access scope and user access permission.";
const READ_ACCESS = "`read_pixels` access scope.";
const DOCUMENTATION = "https://shopify.dev/api/usage/access-scopes";

function accessDenied(field: string, requiredAccess: string) {
  return shopifyError(`Access denied for ${field} field. Required access: ${requiredAccess}`, "ACCESS_DENIED", {
    documentation: DOCUMENTATION,
    requiredAccess,
  });
}

function requireWriteAccess(state: DevStoreState, field: string) {
  const { scopes } = state.app;
  if (!scopes.includes("write_pixels") || !scopes.includes("read_customer_events")) {
    throw accessDenied(field, WRITE_ACCESS);
  }
}

type Code = "TAKEN" | "NOT_FOUND" | "INVALID_SETTINGS" | "INVALID_CONFIGURATION_JSON" | "NO_EXTENSION";

function failure(code: Code, field: string[] | null, message: string) {
  return { webPixel: null, userErrors: [{ code, field, message }] };
}

/** The settings as the JSON text to store, or the user error that refuses them. */
function checkedSettings(settings: unknown): { json: string } | ReturnType<typeof failure> {
  const extension = findWebPixelExtension(DEFAULT_EXTENSIONS_DIR);
  if (!extension) return failure("NO_EXTENSION", null, "No extension found.");
  let value = settings;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return failure(
        "INVALID_CONFIGURATION_JSON",
        ["webPixel", "settings"],
        "The provided settings is not a valid JSON.",
      );
    }
  }
  const problem = settingsProblem(extension, value);
  if (problem) {
    const message = `The provided settings does not match the expected settings definition on the app: ${problem}.`;
    return failure("INVALID_SETTINGS", ["webPixel", "settings"], message);
  }
  return { json: JSON.stringify(value) };
}

function pixelById(context: AdminContext, id: unknown): DevWebPixel | undefined {
  const pixel = context.store.state.webPixel;
  return pixel && typeof id === "string" && idFromGid(id, "WebPixel") === pixel.id ? pixel : undefined;
}

const webPixelFields: TypeResolvers<DevWebPixel> = {
  id: (pixel) => gid("WebPixel", pixel.id),
  settings: (pixel) => pixel.settings,
};

export const webPixelResolvers: ResolverMap = {
  QueryRoot: {
    // Without an id: the app's own pixel. Not captured: null when there is none (as for an unknown id).
    webPixel: (_source, args, context: AdminContext) => {
      const { scopes } = context.store.state.app;
      if (!scopes.includes("read_pixels") && !scopes.includes("write_pixels"))
        throw accessDenied("webPixel", READ_ACCESS);
      if (args.id == null) return context.store.state.webPixel ?? null;
      return pixelById(context, args.id) ?? null;
    },
  },
  Mutation: {
    webPixelCreate: (_source, args, context: AdminContext) => {
      const { store } = context;
      requireWriteAccess(store.state, "webPixelCreate");
      if (store.state.webPixel) return failure("TAKEN", null, "Web pixel is taken.");
      const settings = checkedSettings(args.webPixel.settings);
      if (!("json" in settings)) return settings;
      const webPixel = store.change((state) => (state.webPixel = { id: store.nextId(), settings: settings.json }));
      return { webPixel, userErrors: [] };
    },
    webPixelUpdate: (_source, args, context: AdminContext) => {
      const { store } = context;
      requireWriteAccess(store.state, "webPixelUpdate");
      const pixel = pixelById(context, args.id);
      if (!pixel)
        return failure("NOT_FOUND", ["id"], "The record with the ID used as the input value couldn't be found.");
      const settings = checkedSettings(args.webPixel.settings);
      if (!("json" in settings)) return settings;
      const webPixel = store.change(() => Object.assign(pixel, { settings: settings.json }));
      return { webPixel, userErrors: [] };
    },
    webPixelDelete: (_source, args, context: AdminContext) => {
      const { store } = context;
      requireWriteAccess(store.state, "webPixelDelete");
      const pixel = pixelById(context, args.id);
      if (!pixel) {
        const message = "The record with the ID used as the input value couldn't be found.";
        return { deletedWebPixelId: null, userErrors: [{ code: "NOT_FOUND", field: ["id"], message }] };
      }
      store.change((state) => delete state.webPixel);
      return { deletedWebPixelId: gid("WebPixel", pixel.id), userErrors: [] };
    },
  },
  WebPixel: webPixelFields,
};
