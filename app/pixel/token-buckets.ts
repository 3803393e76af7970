/**
 * Token buckets by key, in memory: each key holds up to `capacity` requests and regains
 * `perSecond` a second. The oldest keys are forgotten past `maxKeys`, so a flood of new keys
 * costs bounded memory (a forgotten key starts full again). One process's view: behind several
 * app processes each allows its own share.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limits: { capacity: number; perSecond: number; maxKeys: number }) {}

  /** Takes one token: 0 when allowed, else the milliseconds until one is back. */
  take(key: string, nowMs: number): number {
    const { capacity, perSecond, maxKeys } = this.limits;
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond) : capacity;
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return Math.ceil(((1 - tokens) / perSecond) * 1000);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    if (this.buckets.size > maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
