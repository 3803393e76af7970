// Shopify's build calls each export named in shopify.extension.toml (cart-lines-discounts-generate-run).
export { cartLinesDiscountsGenerateRun } from "./cart_lines_discounts_generate_run";
