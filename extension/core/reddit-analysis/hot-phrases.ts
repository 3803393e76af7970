import { dunningG2, G2_CRITICAL_P05, isOverRepresented, type TermFrequencies } from "../keyness/log-likelihood";
import { reviewWords, wordRole, WordRole } from "../keyness/review-words";
import { addPhrases, displayPhrase, tokenize } from "../keyness/tokenize";
import { BACKGROUND_CORPUS_TOKENS, backgroundPerMillion } from "./background";
import type { CueLanguage } from "./cues";

/**
 * How hot phrases were ranked:
 * - "g2-vs-english-background": Dunning's G² of the phrase's frequency on the page against general English
 *   (SUBTLEX-US word frequencies, background.ts). English pages only.
 * - "count-x-documents": occurrences × number of texts with the phrase. German, French and Spanish pages: there is no
 *   background for them, so a phrase is hot when it is frequent and spread over many posts and comments.
 */
export type PhraseMethod = "g2-vs-english-background" | "count-x-documents";

export interface HotPhrase {
  phrase: string;
  /** Occurrences on the page (a phrase is counted once per clause it is in). */
  count: number;
  /** Posts and comments it is in. */
  documents: number;
  /** G² against the English background; only with the "g2-vs-english-background" method. */
  g2?: number;
}

export interface HotPhrasesOptions {
  /** Fewest occurrences a phrase needs; by default MIN_COUNT, or MIN_COUNT_SMALL_PAGE on a small page. */
  minCount?: number;
  /** How many phrases to keep. */
  top?: number;
}

export interface HotPhrases {
  phrases: HotPhrase[];
  method: PhraseMethod;
  /** The minimum frequency applied. */
  minCount: number;
}

/** A phrase said three times is a theme (research notes §5, "≥ 3 independent mentions")... */
export const MIN_COUNT = 3;
/** ...but a page of fewer than SMALL_PAGE_TEXTS posts and comments rarely repeats anything three times: 2 there. */
export const MIN_COUNT_SMALL_PAGE = 2;
export const SMALL_PAGE_TEXTS = 30;
export const DEFAULT_TOP_PHRASES = 20;
/**
 * A shorter phrase is dropped when a longer phrase that contains it accounts for at least this share of its
 * occurrences ("ottoman" 12 times, "folding storage ottoman" 10 times: the product's name is the phrase to show).
 * complaints.ts drops only on equal counts; on a whole thread, people also say the head word alone now and then.
 */
export const SUBSUMED_SHARE = 0.75;

/**
 * Words every Reddit thread is full of whatever it is about: site vocabulary, chat words and pieces of addresses. No
 * phrase starts or ends with them. Not in stopwords-iso; our own list.
 */
// prettier-ignore
const REDDIT_NOISE = new Set([
  "op", "edit", "edited", "eta", "update", "lol", "lmao", "haha", "imo", "imho", "tldr", "tl", "dr", "reddit", "subreddit", "sub",
  "post", "posts", "thread", "comment", "comments", "upvote", "upvoted", "downvote", "downvoted", "mods", "deleted",
  "removed", "thanks", "thank", "thx", "yeah", "yes", "yep", "nope", "gonna", "wanna", "gotta", "kinda", "im", "ive",
  "dont", "thats", "https", "http", "www", "com", "amp", "x200b",
]);

interface PhraseStat {
  count: number;
  documents: number;
  lastDocument: number;
}

interface Candidate {
  key: string;
  count: number;
  documents: number;
  score: number;
  g2?: number;
}

/**
 * The phrases a page talks about: 1–3-grams of its texts (the keyness tokenizer's phrases: stopwords of the
 * language never at an edge, at least one content word), at least `minCount` occurrences, ranked by PhraseMethod.
 *
 * English: the background is a unigram table, so the frequency of a 2- or 3-word phrase in general English is taken
 * as that of its rarest content word, an upper bound (a phrase cannot be more frequent than any of its words). This
 * keeps ordinary word pairs ("pretty good", "long time") from looking special, as multiplying the words' probabilities
 * would, and ranks a product name next to its rarest word. Only phrases over-represented on the page with
 * G² ≥ 3.84 (p < 0.05) are kept.
 *
 * Shorter phrases that a longer one accounts for (SUBSUMED_SHARE) are dropped, and so are phrases that share two
 * words in a row with a phrase ranked above them.
 *
 * `texts` are the cleaned posts (title and body) and comments.
 */
export function hotPhrases(
  texts: readonly string[],
  language: CueLanguage,
  options: HotPhrasesOptions = {},
): HotPhrases {
  const method: PhraseMethod = language === "en" ? "g2-vs-english-background" : "count-x-documents";
  const nonEmpty = texts.filter((text) => text !== "").length;
  const minCount = Math.max(1, options.minCount ?? (nonEmpty < SMALL_PAGE_TEXTS ? MIN_COUNT_SMALL_PAGE : MIN_COUNT));
  const top = Math.max(0, options.top ?? DEFAULT_TOP_PHRASES);

  const stats = new Map<string, PhraseStat>();
  const inClause = new Set<string>();
  const oneClause: string[][] = [[]];
  let tokens = 0;
  texts.forEach((text, document) => {
    if (text === "") return;
    for (const clause of tokenize(text, language)) {
      tokens += clause.length;
      inClause.clear();
      oneClause[0] = clause;
      addPhrases(oneClause, language, inClause);
      for (const key of inClause) {
        const stat = stats.get(key);
        if (!stat) stats.set(key, { count: 1, documents: 1, lastDocument: document });
        else {
          stat.count++;
          if (stat.lastDocument !== document) {
            stat.documents++;
            stat.lastDocument = document;
          }
        }
      }
    }
  });

  const candidates: Candidate[] = [];
  for (const [key, { count, documents }] of stats) {
    if (count < minCount || isNoise(key)) continue;
    if (method === "count-x-documents") {
      candidates.push({ key, count, documents, score: count * documents });
      continue;
    }
    const frequencies: TermFrequencies = {
      target: count,
      targetTotal: tokens,
      reference: (backgroundOf(key) * BACKGROUND_CORPUS_TOKENS) / 1e6,
      referenceTotal: BACKGROUND_CORPUS_TOKENS,
    };
    if (!isOverRepresented(frequencies)) continue;
    const g2 = dunningG2(frequencies);
    if (g2 >= G2_CRITICAL_P05) candidates.push({ key, count, documents, score: g2, g2 });
  }

  const subsumed = subsumedPhrases(candidates);
  const ranked = candidates.filter((candidate) => !subsumed.has(candidate.key)).sort(byScore);
  return {
    method,
    minCount,
    phrases: withoutOverlaps(ranked, top).map(({ key, count, documents, g2 }) => ({
      phrase: displayPhrase(key, language),
      count,
      documents,
      ...(g2 === undefined ? {} : { g2 }),
    })),
  };
}

function isNoise(key: string): boolean {
  const first = key.indexOf(" ");
  if (first === -1) return REDDIT_NOISE.has(key);
  return REDDIT_NOISE.has(key.slice(0, first)) || REDDIT_NOISE.has(key.slice(key.lastIndexOf(" ") + 1));
}

/** Background frequency per million of an English phrase: that of its rarest content word. */
function backgroundOf(key: string): number {
  const words = reviewWords("en");
  let rarest = Number.POSITIVE_INFINITY;
  for (const word of key.split(" ")) {
    if (wordRole(word, words) === WordRole.Content) rarest = Math.min(rarest, backgroundPerMillion(word));
  }
  return Number.isFinite(rarest) ? rarest : backgroundPerMillion(key);
}

/** Shorter candidates that a longer candidate containing them accounts for (SUBSUMED_SHARE of their count). */
function subsumedPhrases(candidates: readonly Candidate[]): Set<string> {
  const countOf = new Map(candidates.map((candidate) => [candidate.key, candidate.count]));
  const subsumed = new Set<string>();
  for (const { key, count } of candidates) {
    const words = key.split(" ");
    for (let length = 1; length < words.length; length++) {
      for (let start = 0; start + length <= words.length; start++) {
        const part = words.slice(start, start + length).join(" ");
        const partCount = countOf.get(part);
        if (partCount !== undefined && count >= SUBSUMED_SHARE * partCount) subsumed.add(part);
      }
    }
  }
  return subsumed;
}

/**
 * The first `top` candidates, leaving out each that shares two words in a row with a phrase ranked above it: "storage
 * ottoman holds" is a piece of "folding storage ottoman" with one more word, not a topic of its own.
 */
function withoutOverlaps(ranked: readonly Candidate[], top: number): Candidate[] {
  const kept: Candidate[] = [];
  const keptPairs = new Set<string>();
  for (const candidate of ranked) {
    if (kept.length >= top) break;
    const pairs = wordPairs(candidate.key);
    if (pairs.some((pair) => keptPairs.has(pair))) continue;
    kept.push(candidate);
    for (const pair of pairs) keptPairs.add(pair);
  }
  return kept;
}

function wordPairs(key: string): string[] {
  const words = key.split(" ");
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

function byScore(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    b.count - a.count ||
    b.key.split(" ").length - a.key.split(" ").length ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
