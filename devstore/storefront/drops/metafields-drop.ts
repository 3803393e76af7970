import { Drop } from "liquidjs";
import type { DevMetafield, DevStoreState } from "../../state/types";

/**
 * `resource.metafields.<namespace>.<key>` as Shopify's Liquid exposes it. App-owned
 * namespaces are stored resolved ("app--<appId>--preorder"); like theme app extensions,
 * Liquid may also name them with the reserved prefix: `product.metafields["$app:preorder"]`.
 */
export class MetafieldsDrop extends Drop {
  readonly #metafields: DevMetafield[];
  readonly #appId: string;

  constructor(metafields: DevMetafield[], appId: string) {
    super();
    this.#metafields = metafields;
    this.#appId = appId;
  }

  static ownedBy(state: DevStoreState, ownerId: string): MetafieldsDrop {
    return new MetafieldsDrop(
      state.metafields.filter((metafield) => metafield.ownerId === ownerId),
      state.app.appId,
    );
  }

  liquidMethodMissing(namespace: string | number): MetafieldNamespaceDrop | undefined {
    const resolved = String(namespace).replace(/^\$app(?::(.+))?$/, (_reserved, sub?: string) =>
      sub ? `app--${this.#appId}--${sub}` : `app--${this.#appId}`,
    );
    const inNamespace = this.#metafields.filter((metafield) => metafield.namespace === resolved);
    return inNamespace.length ? new MetafieldNamespaceDrop(inNamespace) : undefined;
  }
}

export class MetafieldNamespaceDrop extends Drop {
  readonly #metafields: DevMetafield[];

  constructor(metafields: DevMetafield[]) {
    super();
    this.#metafields = metafields;
  }

  liquidMethodMissing(key: string | number): MetafieldDrop | undefined {
    const metafield = this.#metafields.find((candidate) => candidate.key === String(key));
    return metafield && new MetafieldDrop(metafield);
  }
}

export class MetafieldDrop extends Drop {
  readonly #metafield: DevMetafield;

  constructor(metafield: DevMetafield) {
    super();
    this.#metafield = metafield;
  }

  get namespace() {
    return this.#metafield.namespace;
  }
  get key() {
    return this.#metafield.key;
  }
  get type() {
    return this.#metafield.type;
  }
  get list() {
    return this.#metafield.type.startsWith("list.");
  }
  get value(): unknown {
    return parseMetafieldValue(this.#metafield);
  }

  // `{{ product.metafields.ns.key }}` prints the value itself, as on Shopify.
  valueOf(): unknown {
    const value = this.value;
    return typeof value === "object" && value !== null ? this.#metafield.value : value;
  }

  toJSON() {
    return this.value;
  }
}

/** The value as Liquid sees it: JSON types parsed, numbers as numbers, dates as strings. */
export function parseMetafieldValue({ type, value }: DevMetafield): unknown {
  if (type === "json" || type.startsWith("list.") || type === "money" || type === "dimension" || type === "rating") {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (type === "number_integer" || type === "number_decimal") return Number(value);
  if (type === "boolean") return value === "true";
  return value;
}
