import type { SavedIdea } from "../core/ideas/saved-idea";

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** One line a researcher can scan: where, how much it sells (an estimate) or what people ask for, how it scores. */
export function ideaSummary(idea: SavedIdea): string {
  const parts = [
    idea.reddit ? idea.reddit.subreddits.map((name) => `r/${name}`).join(", ") || "Reddit" : idea.marketplace,
  ];
  if (idea.keyword) parts.push(`“${idea.keyword}”`);
  if (idea.estimate) parts.push(`~${count.format(idea.estimate.units)} units/mo (est.)`);
  if (idea.price) parts.push(`${idea.price.amount.toFixed(2)} ${idea.price.currency}`);
  if (idea.reddit) {
    parts.push(`${idea.reddit.groups.solutionRequests} requests`, `${idea.reddit.groups.pain} pain points`);
  }
  if (idea.score) parts.push(`score ${idea.score.overall}/100${idea.linkedReddit.length ? " incl. Reddit" : ""}`);
  return parts.join(" · ");
}
