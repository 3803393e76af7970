import { Drop, type Context, type Emitter } from "liquidjs";

/** How a block renders itself in place, in its own extension's Liquid environment. */
export type BlockRenderer = (parent: Context, emitter: Emitter, block: BlockDrop) => Generator<unknown, void, unknown>;

// A symbol, so that templates cannot reach it (`{{ block.render }}` would call a method).
export const renderBlock = Symbol("renderBlock");

/**
 * Liquid's `block` for an app block or app embed. In a section's `section.blocks` its
 * `type` is "@app", and `{% render block %}` renders it where it stands.
 */
export class BlockDrop extends Drop {
  readonly [renderBlock]: BlockRenderer;

  constructor(
    readonly id: string,
    readonly settings: Record<string, unknown>,
    renderer: BlockRenderer,
  ) {
    super();
    this[renderBlock] = renderer;
  }

  get type() {
    return "@app";
  }

  // Only the theme editor marks blocks up; the storefront prints nothing.
  get shopify_attributes() {
    return "";
  }
}
