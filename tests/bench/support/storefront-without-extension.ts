import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { serve } from "../../../devstore/http/node-adapter";
import type { DevStore } from "../../../devstore/state/store";
import { createStorefrontHandler } from "../../../devstore/storefront/handler";
import { DEFAULT_EXTENSIONS_DIR } from "../../../devstore/storefront/storefront-renderer";

// A second storefront for a running dev store, as if the merchant had never added one of the
// app's theme app extensions to the theme: same shop state (products, selling plans,
// metafields), same theme, same server code, but storefront/<extension>/ is left out, so its
// blocks, their CSS and JavaScript and whatever those fetch are absent from every page.
// The other extensions stay (copied into a temporary folder: the dev store reads folders only,
// not symbolic links).

export interface StorefrontWithout {
  url: string;
  close(): Promise<void>;
}

export async function startStorefrontWithout(store: DevStore, extension: string): Promise<StorefrontWithout> {
  if (!existsSync(path.join(DEFAULT_EXTENSIONS_DIR, extension, "blocks"))) {
    throw new Error(`storefront/${extension} is no theme app extension: nothing to leave out`);
  }
  const extensionsDir = mkdtempSync(path.join(tmpdir(), `fieldtest-without-${extension}-`));
  const kept = readdirSync(DEFAULT_EXTENSIONS_DIR, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== extension,
  );
  for (const entry of kept) {
    cpSync(path.join(DEFAULT_EXTENSIONS_DIR, entry.name), path.join(extensionsDir, entry.name), { recursive: true });
  }
  // Extensions whose code the dev store bundles (the web pixel) import packages: resolve them from the repo's.
  symlinkSync(path.resolve(DEFAULT_EXTENSIONS_DIR, "../node_modules"), path.join(extensionsDir, "node_modules"), "dir");
  const server = await serve(createStorefrontHandler(store, { extensionsDir }), { host: "127.0.0.1", port: 0 });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      rmSync(extensionsDir, { recursive: true, force: true });
    },
  };
}
