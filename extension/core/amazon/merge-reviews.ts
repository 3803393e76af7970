import type { Review } from "./types";

/**
 * Reviews from further pages added to those already read, each once: by Amazon's review id, or
 * by title and text when a block has none (the product page's top reviews reappear on the
 * first review page).
 */
export function mergeReviews(read: readonly Review[], more: readonly Review[]): Review[] {
  const key = (review: Review) => review.id ?? `${review.title}\n${review.body}`;
  const seen = new Set(read.map(key));
  const merged = [...read];
  for (const review of more) {
    if (seen.has(key(review))) continue;
    seen.add(key(review));
    merged.push(review);
  }
  return merged;
}
