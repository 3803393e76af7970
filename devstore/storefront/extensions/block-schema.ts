import { z } from "zod";

const settingSchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  default: z.unknown().optional(),
});

/** The `{% schema %}` of a theme app extension block (shopify.dev: app blocks and app embed blocks). */
const blockSchema = z.looseObject({
  name: z.string(),
  target: z.enum(["section", "head", "body", "compliance_head"]),
  settings: z.array(settingSchema).default([]),
  javascript: z.string().optional(),
  stylesheet: z.string().optional(),
  available_if: z.string().optional(),
});

export type BlockSchema = z.infer<typeof blockSchema>;

const SCHEMA_TAG = /\{%-?\s*schema\s*-?%\}([\s\S]*?)\{%-?\s*endschema\s*-?%\}/;

/** Reads and checks a block file's schema; `file` names it in errors. */
export function readBlockSchema(source: string, file: string): BlockSchema {
  const json = SCHEMA_TAG.exec(source)?.[1];
  if (json === undefined) throw new Error(`${file}: a block needs a {% schema %} tag`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: {% schema %} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const result = blockSchema.safeParse(parsed);
  if (!result.success) throw new Error(`${file}: invalid {% schema %}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** `block.settings` before a merchant changes anything: each setting's default (checkboxes default to false). */
export function defaultSettings(schema: BlockSchema): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const setting of schema.settings) {
    if (!setting.id) continue; // header and paragraph "settings" only label the editor
    settings[setting.id] = setting.default ?? (setting.type === "checkbox" ? false : null);
  }
  return settings;
}
