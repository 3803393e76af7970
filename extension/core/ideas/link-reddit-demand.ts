import { redditDemandSignal } from "../score/reddit-demand";
import { selectionScore, type SelectionWeights } from "../score/selection-score";
import type { SavedIdea } from "./saved-idea";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** An Amazon idea is about a keyword when it was searched under it, or when its product title names it. */
function isAbout(idea: SavedIdea, keyword: string): boolean {
  const wanted = fold(keyword);
  if (wanted === "") return false;
  if (idea.keyword !== null && fold(idea.keyword) === wanted) return true;
  return idea.kind === "amazon-product" && ` ${fold(idea.title)} `.includes(` ${wanted} `);
}

/**
 * Re-scores every Amazon idea with the demand signals of the saved Reddit ideas under its keyword
 * (and drops links to Reddit ideas that were removed). Pure: the background stores the result
 * after each save or removal. Ideas without a kept score input are left as they are.
 */
export function linkRedditDemand(ideas: readonly SavedIdea[], weights: SelectionWeights): SavedIdea[] {
  const reddit = ideas.filter((idea) => idea.reddit?.signals && idea.keyword);
  return ideas.map((idea) => {
    if (!idea.selection) return idea;
    const linked = reddit.filter((page) => isAbout(idea, page.keyword!));
    if (linked.length === 0 && idea.linkedReddit.length === 0) return idea;
    const demandSignals = linked.length ? [redditDemandSignal(linked.map((page) => page.reddit!.signals!))] : [];
    const score = selectionScore({ ...idea.selection, demandSignals }, weights);
    return {
      ...idea,
      score: {
        demand: score.demand.value,
        competition: score.competition.value,
        profit: score.profit.value,
        overall: score.overall,
      },
      linkedReddit: linked.map((page) => page.id),
    };
  });
}
