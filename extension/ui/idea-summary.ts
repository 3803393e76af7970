import type { SavedIdea } from "../core/ideas/saved-idea";

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** One line a researcher can scan: where, how much it sells (an estimate), how it scores. */
export function ideaSummary(idea: SavedIdea): string {
  const parts = [idea.marketplace];
  if (idea.estimate) parts.push(`~${count.format(idea.estimate.units)} units/mo (est.)`);
  if (idea.price) parts.push(`${idea.price.amount.toFixed(2)} ${idea.price.currency}`);
  if (idea.score) parts.push(`score ${idea.score.overall}/100`);
  return parts.join(" · ");
}
