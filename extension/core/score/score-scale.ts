/** A point on a scoring scale: a measured value and the score (0–100) it earns. */
export interface ScoreAnchor {
  at: number;
  score: number;
}

/**
 * The score for `value` on a scale given by anchors in ascending `at`: linear between neighbouring anchors (in
 * log10 of the value when `logarithmic`, for quantities that span decades such as units or review counts), held at
 * the first and last anchor's score outside them.
 */
export function scoreOnScale(value: number, anchors: readonly ScoreAnchor[], logarithmic = false): number {
  const position = (x: number) => (logarithmic ? Math.log10(Math.max(x, Number.MIN_VALUE)) : x);
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (value <= first.at) return first.score;
  if (value >= last.at) return last.score;
  for (let i = 1; i < anchors.length; i++) {
    const right = anchors[i];
    if (value <= right.at) {
      const left = anchors[i - 1];
      const t = (position(value) - position(left.at)) / (position(right.at) - position(left.at));
      return left.score + t * (right.score - left.score);
    }
  }
  return last.score;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
