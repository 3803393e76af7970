/** "https://www.Amazon.de/dp/…" or "www.amazon.de" → "amazon.de". */
export function normalizeMarketplace(marketplace: string): string {
  return marketplace
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/[/?#].*$/s, "")
    .replace(/^www\./, "");
}
