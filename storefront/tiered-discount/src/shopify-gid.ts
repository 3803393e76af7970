export const PRODUCT_GID = /^gid:\/\/shopify\/Product\/[1-9]\d*$/;
export const COLLECTION_GID = /^gid:\/\/shopify\/Collection\/[1-9]\d*$/;
