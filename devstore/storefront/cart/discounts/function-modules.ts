import * as tieredDiscount from "../../../../storefront/tiered-discount/src/index";

/**
 * The code of the app's functions, by handle: the same TypeScript that `shopify app deploy`
 * compiles to Wasm (the entry the build bundles, src/index.ts), run here as it is. A
 * function extension added to storefront/ is registered here to run in the dev store.
 */
export const FUNCTION_MODULES: Record<string, Record<string, unknown>> = {
  "tiered-discount": tieredDiscount,
};
