import { hashString, Random } from "../../seed/random";

/** Above every id the store's own counter reaches, below 2^53 so that it stays exact as a JSON number. */
const DERIVED_ID_BASE = 2_000_000_000_000_000;

/**
 * An id for something the data model does not keep but Shopify's payloads carry (addresses,
 * shipping lines, transactions, refund line items), derived from its owner: the same in
 * every payload, and never one of the store's ids.
 */
export function derivedId(kind: string, ...owners: string[]): number {
  const random = derived(kind, owners);
  return DERIVED_ID_BASE + Math.floor(random.next() * 1_500_000) * 2 ** 32 + Math.floor(random.next() * 2 ** 32);
}

/** A stable hex token (order tokens, checkout keys), derived the same way. */
export function derivedToken(kind: string, owner: string, length = 32): string {
  return derived(kind, [owner]).hex(length);
}

function derived(kind: string, owners: string[]): Random {
  return new Random(hashString(`${kind}:${owners.join(":")}`));
}
