/**
 * Shopify's leaky bucket, one per access token: 2,000 points that refill at 100 a second.
 * A request takes its requested cost up front and gets back what it did not use.
 */

export const BUCKET_CAPACITY = 2000;
export const RESTORE_RATE = 100;

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface Bucket {
  available: number;
  updatedAt: number;
}

export class ThrottleBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => Date) {}

  private bucket(key: string): Bucket {
    const time = this.now().getTime();
    const bucket = this.buckets.get(key) ?? { available: BUCKET_CAPACITY, updatedAt: time };
    const elapsedSeconds = Math.max(0, time - bucket.updatedAt) / 1000;
    bucket.available = Math.min(BUCKET_CAPACITY, bucket.available + elapsedSeconds * RESTORE_RATE);
    bucket.updatedAt = time;
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Takes `cost` if the bucket holds that much; false (and nothing taken) otherwise. */
  take(key: string, cost: number): boolean {
    const bucket = this.bucket(key);
    if (cost > bucket.available) return false;
    bucket.available -= cost;
    return true;
  }

  refund(key: string, points: number) {
    const bucket = this.bucket(key);
    bucket.available = Math.min(BUCKET_CAPACITY, bucket.available + points);
  }

  status(key: string): ThrottleStatus {
    return {
      maximumAvailable: BUCKET_CAPACITY,
      currentlyAvailable: Math.floor(this.bucket(key).available),
      restoreRate: RESTORE_RATE,
    };
  }
}
