/**
 * The input query is static, so it asks shop.localTime about a fixed number of time-tier
 * windows (two aliases each); a config may use at most that many.
 */
export const MAX_TIME_TIERS = 6;

/** Quantity and spend tiers cost no input query fields; this only keeps the admin's table sane. */
export const MAX_TIERS = 10;

/**
 * Shopify hands a Function no metafield over 10,000 bytes. With these caps the largest
 * possible metafield (collection ids stored twice: in the config and as a query variable)
 * stays under that; a test builds it.
 */
export const MAX_PRODUCT_IDS = 50;
export const MAX_COLLECTION_IDS = 20;
export const MAX_MESSAGE_LENGTH = 80;

export const MAX_MINIMUM_QUANTITY = 10_000;
