import path from "node:path";
import { fileURLToPath } from "node:url";
import { Context, type Liquid, type Template } from "liquidjs";
import type { DevStore } from "../state/store";
import type { PricedCart } from "./cart/priced-cart";
import { AppDrop } from "./drops/app-drop";
import { BlockDrop, type BlockRenderer } from "./drops/block-drop";
import { CartDrop } from "./drops/cart-drop";
import { ShopDrop } from "./drops/shop-drop";
import { defaultSettings } from "./extensions/block-schema";
import { loadThemeExtensions, type ExtensionBlock, type ThemeExtension } from "./extensions/theme-extensions";
import { createLiquidEngine } from "./liquid/engine";
import { attachPageAssets, PageAssets, pageAssetsOf } from "./liquid/page-assets";
import { contentForHeader } from "./content-for-header";
import { sourceFingerprint } from "./source-fingerprint";
import { webPixelsSetup } from "./web-pixels/web-pixels-setup";

export const THEME_DIR = fileURLToPath(new URL("./theme", import.meta.url));
export const DEFAULT_EXTENSIONS_DIR = fileURLToPath(new URL("../../storefront", import.meta.url));

export interface StorefrontRendererOptions {
  /** Where the app's theme app extensions live: <repo>/storefront by default. */
  extensionsDir?: string;
  /** The shop's clock, Liquid's 'now' (the machine's clock by default). */
  now?: () => Date;
}

/** One page to render: a theme template by name, or Liquid source (an app proxy response). */
export interface Page {
  request: Request;
  cart: PricedCart;
  /** `request.page_type` and `template.name`: "index", "product", "cart", "app"… */
  pageType: string;
  /** templates/<template>.liquid; defaults to the page type. */
  template?: string;
  source?: string;
  /** Page objects besides the global ones: product, order, checkout… */
  objects?: Record<string, unknown>;
}

interface CompiledBlock {
  extension: ThemeExtension;
  block: ExtensionBlock;
  engine: Liquid;
  templates: Template[];
}

interface Compiled {
  fingerprint: string;
  theme: Liquid;
  /** `{% render block %}`, to render an app embed through the same path as an app block. */
  embed: Template[];
  blocks: CompiledBlock[];
}

/**
 * Renders storefront pages the way Shopify does: the template first (app blocks render in
 * place through `{% render block %}`, each in its own extension's Liquid environment), then
 * the app embeds, then the layout around them with content_for_header.
 */
export class StorefrontRenderer {
  readonly extensionsDir: string;
  readonly #store: DevStore;
  readonly #now: (() => Date) | undefined;
  #compiled: Compiled | undefined;

  constructor(store: DevStore, options: StorefrontRendererOptions = {}) {
    this.#store = store;
    this.extensionsDir = options.extensionsDir ?? DEFAULT_EXTENSIONS_DIR;
    this.#now = options.now;
  }

  async render(page: Page): Promise<string> {
    const compiled = this.#compile();
    const assets = new PageAssets();
    const scope: Record<string, unknown> = { ...this.#globalObjects(page), ...page.objects };
    if (page.pageType === "product") {
      // Shopify's product section lists the app blocks a merchant placed in it; here every app block is placed.
      scope.section = { id: "main", blocks: await this.#availableBlocks(compiled, "section", scope) };
    }

    const templates =
      page.source !== undefined
        ? compiled.theme.parse(page.source)
        : await compiled.theme.parseFile(`templates/${page.template ?? page.pageType}`);
    const content = await renderWith(compiled.theme, templates, scope, assets);
    if (assets.layout === null) return content;

    // App embeds belong to the online store's theme layout, not to checkout pages.
    const embeds = { head: "", body: "" };
    for (const target of assets.layout === "theme" ? (["head", "compliance_head", "body"] as const) : []) {
      for (const block of await this.#availableBlocks(compiled, target, scope)) {
        const html = await renderWith(compiled.theme, compiled.embed, { ...scope, block }, assets);
        if (target === "body") embeds.body += html;
        else embeds.head += html;
      }
    }

    if (!/^[\w-]+$/.test(assets.layout)) throw new Error(`{% layout '${assets.layout}' %} is not a layout name`);
    const layout = await compiled.theme.parseFile(`layout/${assets.layout}`);
    const webPixels = webPixelsSetup(
      this.#store.state,
      { pageType: page.pageType, objects: page.objects, origin: new URL(page.request.url).origin },
      this.extensionsDir,
    );
    const header = contentForHeader(this.#store.state.shop, assets, webPixels);
    const html = await renderWith(
      compiled.theme,
      layout,
      { ...scope, content_for_layout: content, content_for_header: header },
      assets,
    );
    const scripts = [...assets.inlineScripts].map((script) => `<script>${script}</script>\n`).join("");
    // Replacer functions, so that "$&" and the like in a block's output stay as they are.
    return html
      .replace("</head>", () => `${embeds.head}</head>`)
      .replace("</body>", () => `${embeds.body}${scripts}</body>`);
  }

  async #availableBlocks(compiled: Compiled, target: string, scope: Record<string, unknown>): Promise<BlockDrop[]> {
    const blocks: BlockDrop[] = [];
    for (const compiledBlock of compiled.blocks) {
      const { schema } = compiledBlock.block;
      if (schema.target !== target) continue;
      // available_if names a boolean app metafield the app sets to offer the block.
      if (schema.available_if) {
        const available = await compiledBlock.engine.parseAndRender(schema.available_if, scope);
        if (available.trim() !== "true") continue;
      }
      const id = `${compiledBlock.extension.name}_${compiledBlock.block.handle}`.replace(/[^\w]/g, "_");
      blocks.push(new BlockDrop(id, defaultSettings(schema), blockRenderer(compiledBlock, target !== "head")));
    }
    return blocks;
  }

  #globalObjects(page: Page): Record<string, unknown> {
    const { state } = this.#store;
    const url = new URL(page.request.url);
    return {
      shop: new ShopDrop(state, url.origin),
      cart: new CartDrop(page.cart, state),
      app: new AppDrop(state),
      customer: null,
      request: {
        host: url.host,
        origin: url.origin,
        path: url.pathname,
        page_type: page.pageType,
        design_mode: false,
        locale: { iso_code: state.shop.primaryLocale, primary: true, root_url: "/", name: "English" },
      },
      routes: {
        root_url: "/",
        cart_url: "/cart",
        cart_add_url: "/cart/add",
        cart_change_url: "/cart/change",
        cart_update_url: "/cart/update",
        all_products_collection_url: "/",
      },
      template: { name: page.pageType, suffix: null, directory: null },
      settings: {},
    };
  }

  /** Parses the theme and the extensions again only when one of their files changed. */
  #compile(): Compiled {
    const fingerprint = sourceFingerprint([THEME_DIR, this.extensionsDir]);
    if (this.#compiled?.fingerprint === fingerprint) return this.#compiled;
    const shop = () => this.#store.state.shop;
    const themeSnippets = path.join(THEME_DIR, "snippets");
    const theme = createLiquidEngine({
      themeDir: THEME_DIR,
      snippetDirs: [themeSnippets],
      assetsPath: "/assets",
      translations: {},
      shop,
      now: this.#now,
    });
    const blocks = loadThemeExtensions(this.extensionsDir).flatMap((extension) => {
      const engine = createLiquidEngine({
        themeDir: THEME_DIR,
        snippetDirs: [path.join(extension.dir, "snippets"), themeSnippets],
        assetsPath: extensionAssetsPath(extension.name),
        translations: extension.translations,
        shop,
        now: this.#now,
      });
      return extension.blocks.map((block): CompiledBlock => ({
        extension,
        block,
        engine,
        templates: engine.parse(block.source, block.file),
      }));
    });
    this.#compiled = { fingerprint, theme, embed: theme.parse("{% render block %}"), blocks };
    return this.#compiled;
  }
}

export function extensionAssetsPath(extensionName: string) {
  return `/extensions/${encodeURIComponent(extensionName)}/assets`;
}

async function renderWith(engine: Liquid, templates: Template[], scope: object, assets: PageAssets): Promise<string> {
  const context = new Context(scope, engine.options, {}, { liquid: engine });
  attachPageAssets(context, assets);
  return (await engine.render(templates, context)) as string;
}

/**
 * Renders a block where `{% render block %}` stands: in its extension's engine (its
 * snippets, asset_url and translations), seeing the page's objects plus `block`. Like
 * Shopify, the body of the page wraps each block in a div.shopify-app-block.
 */
function blockRenderer({ extension, block, engine, templates }: CompiledBlock, wrap: boolean): BlockRenderer {
  return function* (parent, emitter, drop) {
    const context = new Context(
      { ...parent.environments, block: drop },
      engine.options,
      { globals: parent.globals },
      { liquid: engine, renderLimit: parent.renderLimit, memoryLimit: parent.memoryLimit },
    );
    const assets = pageAssetsOf(parent);
    attachPageAssets(context, assets);
    const assetsPath = extensionAssetsPath(extension.name);
    if (block.schema.stylesheet) assets.stylesheetUrls.add(`${assetsPath}/${block.schema.stylesheet}`);
    if (block.schema.javascript) assets.scriptUrls.add(`${assetsPath}/${block.schema.javascript}`);
    if (wrap) emitter.write(`<div id="shopify-block-${drop.id}" class="shopify-app-block">`);
    yield engine.renderer.renderTemplates(templates, context, emitter);
    if (wrap) emitter.write("</div>");
  };
}
