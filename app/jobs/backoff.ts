export interface BackoffPolicy {
  /** Delay before the first retry. */
  baseMs: number;
  /** No retry waits longer than this. */
  maxMs: number;
  /** ±fraction of random spread so that failed jobs do not retry in lock-step. */
  jitter: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 10_000, maxMs: 60 * 60_000, jitter: 0.1 };

/**
 * Exponential backoff: base · 2^(attempt−1), capped, with jitter. `attempt` is the number
 * of the attempt that just failed (1 for the first). `random` returns [0, 1).
 */
export function retryDelayMs(
  attempt: number,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
) {
  const exponential = policy.baseMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(exponential, policy.maxMs);
  const spread = 1 + policy.jitter * (2 * random() - 1);
  return Math.round(capped * spread);
}
