import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A storefront/ folder in the temp dir, filled with theme app extensions file by file. */
export class TempExtensions {
  readonly dir = mkdtempSync(path.join(tmpdir(), "fieldtest-storefront-"));

  /** Writes storefront/<extension>/<file> for each entry, e.g. { "blocks/badge.liquid": "…" }. */
  add(extension: string, files: Record<string, string>) {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(this.dir, extension, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
