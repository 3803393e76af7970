import type { ReviewLanguage } from "./review-words";
import { cleanReviewText, displayPhrase, tokenize } from "./tokenize";

/** Longest example shown next to a phrase, ellipses included. */
export const EXAMPLE_MAX_CHARS = 160;

/** Sentence ends: . ! ? followed by a space (so "1.5" stays whole), Japanese 。！？, and line breaks. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])|\n+/u;

/**
 * The first sentence of `text` that contains the phrase (the phrase's words in a row, as the tokenizer reads them),
 * cut to EXAMPLE_MAX_CHARS around the phrase when longer; null when no sentence contains it.
 */
export function exampleSentence(text: string, phrase: string, language: ReviewLanguage): string | null {
  const phraseWords = phrase.split(" ");
  for (const sentence of cleanReviewText(text).split(SENTENCE_END)) {
    const trimmed = sentence.trim();
    if (trimmed !== "" && tokenize(trimmed, language).some((clause) => containsRun(clause, phraseWords))) {
      return excerptAround(trimmed, displayPhrase(phrase, language));
    }
  }
  return null;
}

function containsRun(clause: string[], run: string[]): boolean {
  outer: for (let start = 0; start + run.length <= clause.length; start++) {
    for (let i = 0; i < run.length; i++) if (clause[start + i] !== run[i]) continue outer;
    return true;
  }
  return false;
}

function excerptAround(sentence: string, shownPhrase: string): string {
  if (sentence.length <= EXAMPLE_MAX_CHARS) return sentence;
  const found = sentence.toLowerCase().indexOf(shownPhrase);
  const at = Math.max(0, found);
  const phraseEnd = at + (found >= 0 ? shownPhrase.length : 0);
  const room = EXAMPLE_MAX_CHARS - 2; // both ellipses
  let start = Math.max(0, Math.min(at - Math.floor((room - shownPhrase.length) / 2), sentence.length - room));
  let end = Math.min(sentence.length, start + room);
  if (start > 0) {
    const space = sentence.indexOf(" ", start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(" ", end);
    if (space > phraseEnd) end = space;
  }
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end).trim()}${end < sentence.length ? "…" : ""}`;
}
