import { redditDemandSignal } from "../score/reddit-demand";
import { selectionScore, type DemandSignal, type SelectionWeights } from "../score/selection-score";
import type { SavedIdea } from "./saved-idea";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** What an Amazon page or idea is about: a search's keyword, or a product's title. */
export interface AmazonSubject {
  keyword: string | null;
  productTitle: string | null;
}

/** About a keyword when it was searched under it, or when the product's title names it. */
function isAbout(subject: AmazonSubject, keyword: string): boolean {
  const wanted = fold(keyword);
  if (wanted === "") return false;
  if (subject.keyword !== null && fold(subject.keyword) === wanted) return true;
  return subject.productTitle !== null && ` ${fold(subject.productTitle)} `.includes(` ${wanted} `);
}

const subjectOf = (idea: SavedIdea): AmazonSubject => ({
  keyword: idea.keyword,
  productTitle: idea.kind === "amazon-product" ? idea.title : null,
});

/** The saved Reddit ideas about an Amazon page or idea, and their demand signal (null when there are none). */
export function redditDemandFor(
  ideas: readonly SavedIdea[],
  subject: AmazonSubject,
): { ideas: SavedIdea[]; signal: DemandSignal | null } {
  const linked = ideas.filter((idea) => idea.reddit?.signals && idea.keyword && isAbout(subject, idea.keyword));
  return {
    ideas: linked,
    signal: linked.length ? redditDemandSignal(linked.map((idea) => idea.reddit!.signals!)) : null,
  };
}

/**
 * Re-scores every Amazon idea with the demand signals of the saved Reddit ideas under its keyword
 * (and drops links to Reddit ideas that were removed). Pure: the background stores the result
 * after each save or removal. Ideas without a kept score input are left as they are.
 */
export function linkRedditDemand(ideas: readonly SavedIdea[], weights: SelectionWeights): SavedIdea[] {
  return ideas.map((idea) => {
    if (!idea.selection) return idea;
    const { ideas: linked, signal } = redditDemandFor(ideas, subjectOf(idea));
    if (linked.length === 0 && idea.linkedReddit.length === 0) return idea;
    const score = selectionScore({ ...idea.selection, demandSignals: signal ? [signal] : [] }, weights);
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
