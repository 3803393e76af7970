/**
 * A storefront POST body as flat fields, whether it came as a form (urlencoded or
 * multipart, as Shopify's product form sends) or as JSON to the Ajax API (/cart/add.js).
 * JSON objects flatten to Rails-style names: {"properties": {"Size": "L"}} → "properties[Size]".
 */
export class RequestFields {
  constructor(readonly fields: Map<string, string>) {}

  static async read(request: Request): Promise<RequestFields> {
    const contentType = request.headers.get("content-type") ?? "";
    const fields = new Map<string, string>();
    if (contentType.includes("application/json")) {
      const text = await request.text();
      flatten(text ? (JSON.parse(text) as unknown) : {}, "", fields);
    } else if (contentType.includes("form")) {
      for (const [name, value] of await request.formData()) if (typeof value === "string") fields.set(name, value);
    }
    return new RequestFields(fields);
  }

  get(name: string): string | null {
    return this.fields.get(name) ?? null;
  }

  /** `properties[Engraving]=Hi` → { Engraving: "Hi" } for prefix "properties". */
  bracketed(prefix: string): Record<string, string> {
    const values: Record<string, string> = {};
    const start = `${prefix}[`;
    for (const [name, value] of this.fields) {
      if (name.startsWith(start) && name.endsWith("]")) values[name.slice(start.length, -1)] = value;
    }
    return values;
  }

  /** The fields under `items[<i>]`, one RequestFields per item (the Ajax API's multi-add). */
  items(): RequestFields[] {
    const items = new Map<string, Map<string, string>>();
    for (const [name, value] of this.fields) {
      const match = /^items\[(\d+)\]\[([^\]]+)\](.*)$/.exec(name);
      if (!match) continue;
      if (!items.has(match[1])) items.set(match[1], new Map());
      items.get(match[1])!.set(match[2] + match[3], value);
    }
    return [...items.values()].map((fields) => new RequestFields(fields));
  }
}

function flatten(value: unknown, name: string, into: Map<string, string>) {
  if (value === null || value === undefined) return;
  if (typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, name ? `${name}[${key}]` : key, into);
  } else {
    into.set(name, String(value));
  }
}
