import { cleanReviewText } from "../keyness/tokenize";

/**
 * A letter or digit of folded text (lowercase, no accents), as a character class: ASCII digits and letters, the
 * letters of Latin-1 and Latin Extended, Greek, Cyrillic and the other scripts up to Hangul. Cheaper for V8 to compile
 * than [\p{L}\p{N}] in the many patterns that use it; astral-plane letters are not covered.
 */
export const LETTER_OR_DIGIT =
  "[0-9a-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u1fff\\u2c00-\\ud7ff]";

/** Longest quote shown for a cue, ellipses included. */
export const QUOTE_MAX_CHARS = 200;

const URL = /\bhttps?:\/\/[^\s)\]>]+|\bwww\.[^\s)\]>]+/gi;
/** Markdown links "[text](url)": the text stays. */
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^)\s]*\)/g;
/** Markdown quote lines ("> what the post said"): the words are someone else's and would be counted twice. */
const QUOTE_LINE = /^[ \t]*(?:>|&gt;).*$/gm;
/** Markdown emphasis, code and strike-through marks, and zero-width spaces (Reddit's "&#x200B;" spacer). */
const MARKDOWN_MARKS = /\*\*|__|~~|`+|&#x200b;|\u200b|\u200c|\u200d|\ufeff/gi;

/**
 * Reddit text as a reader sees it, for cue matching and phrases: markdown quotes dropped, links reduced to their text,
 * bare URLs removed (their pieces are not words of the page), then cleanReviewText (markup, entities, apostrophes,
 * spacing).
 */
export function cleanRedditText(text: string): string {
  if (text === "") return "";
  let plain = text;
  // Each pattern runs only when a character it needs is there: most comments have none of them.
  if (plain.includes(">")) plain = plain.replace(QUOTE_LINE, "");
  if (plain.includes("](")) plain = plain.replace(MARKDOWN_LINK, "$1");
  if (HAS_URL.test(plain)) plain = plain.replace(URL, " ");
  if (HAS_MARKDOWN_MARK.test(plain)) plain = plain.replace(MARKDOWN_MARKS, "");
  return cleanReviewText(plain);
}

const HAS_URL = /https?:|www\./i;
const HAS_MARKDOWN_MARK = /[*_~`&\u200b\u200c\ufeff]|\u200d/;

/**
 * The bounds of the sentence of `text` around [start, end), as sentences() splits it: from after the last sentence end
 * before `start` to the next sentence end at or after `end`, trimmed.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !startsSentence(text, from)) from--;
  let to = Math.max(end - 1, from);
  while (to < text.length && text[to] !== "\n" && !(SENTENCE_PUNCTUATION.includes(text[to]) && spaceAt(text, to + 1))) {
    to++;
  }
  if (to < text.length && text[to] !== "\n") to++; // the punctuation belongs to the sentence
  while (from < to && spaceAt(text, from)) from++;
  while (to > from && spaceAt(text, to - 1)) to--;
  return { start: from, end: to };
}

const SENTENCE_PUNCTUATION = ".!?…";

/** A sentence starts at `at`: after a line break, or after spaces that follow . ! ? … */
function startsSentence(text: string, at: number): boolean {
  const previous = text[at - 1];
  if (previous === "\n") return true;
  if (!spaceAt(text, at - 1)) return false;
  let before = at - 1;
  while (before > 0 && spaceAt(text, before - 1) && text[before - 1] !== "\n") before--;
  return before > 0 && SENTENCE_PUNCTUATION.includes(text[before - 1]);
}

function spaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Sentence ends: . ! ? … followed by a space (so "1.5" stays whole), and line breaks. */
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;

/** The sentences of cleaned text, trimmed, empty ones left out. */
export function sentences(cleanText: string): string[] {
  const found: string[] = [];
  for (const sentence of cleanText.split(SENTENCE_END)) {
    const trimmed = sentence.trim();
    if (trimmed !== "") found.push(trimmed);
  }
  return found;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;
const MARKS = /^\p{M}+$/u;
/** Folded forms of the non-ASCII characters met so far; a page in a large script (CJK) starts the memo over. */
const foldedChars = new Map<string, string>();
const MAX_REMEMBERED_CHARS = 5_000;

/**
 * Lowercase without accents ("Qualität" → "qualitat", "ÇA" → "ca"), keeping the length and every character's position,
 * so that a match in the folded text is at the same place in the original. A capital whose lowercase form is two
 * characters (Turkish dotted "İ") loses its accent first, then is lowercased ("İ" → "I" → "i").
 */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = Array.from(text, lowerSameLength).join("");
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_ALL, foldChar) : lower;
}

function lowerSameLength(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const decomposed = char.normalize("NFD");
    const base = decomposed.length > 1 && MARKS.test(decomposed.slice(1)) ? decomposed[0] : char;
    folded = lowerSameLength(base);
    if (foldedChars.size >= MAX_REMEMBERED_CHARS) foldedChars.clear();
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * The sentence, or when it is longer than `maxChars` the part of it around [start, end) (a cue), cut at spaces, with
 * an ellipsis on each side that was cut.
 */
export function excerpt(sentence: string, start: number, end: number, maxChars = QUOTE_MAX_CHARS): string {
  if (sentence.length <= maxChars) return sentence;
  const room = maxChars - 2; // both ellipses
  const matchLength = Math.min(end - start, room);
  let from = Math.max(0, Math.min(start - Math.floor((room - matchLength) / 2), sentence.length - room));
  let to = Math.min(sentence.length, from + room);
  if (from > 0) {
    const space = sentence.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(" ", to);
    if (space > from && space >= Math.min(end, to)) to = space;
  }
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to).trim()}${to < sentence.length ? "…" : ""}`;
}
