/**
 * The storefront's progress answers, kept for a moment per test: a launch sends many shoppers to
 * the same product page at once, and one read of the database serves them all (the answer is
 * cached for 5 s in browsers anyway). Concurrent misses share one computation.
 */
export function shortLivedCache<T>(ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  return (key: string, compute: () => Promise<T>): Promise<T> => {
    const hit = entries.get(key);
    if (hit && hit.expires > now()) return hit.value;
    const value = compute();
    entries.set(key, { expires: now() + ttlMs, value });
    // A failure is not remembered: the next shopper tries again.
    value.catch(() => entries.delete(key));
    if (entries.size > 1000) {
      for (const [k, entry] of entries) if (entry.expires <= now()) entries.delete(k);
    }
    return value;
  };
}
