import { SUPPORTED_MARKETPLACES } from "./marketplace";

/** Where the extension may read pages: the supported Amazon storefronts, nothing else. */
export const AMAZON_MATCH_PATTERNS = SUPPORTED_MARKETPLACES.map((marketplace) => `https://www.${marketplace}/*`);
