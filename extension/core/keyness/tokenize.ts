import { reviewWords, wordRole, WordRole, type ReviewLanguage, type ReviewWords } from "./review-words";

/** Longest phrase mined: trigrams (bigrams and trigrams are the most useful for product issues, research doc §5). */
export const MAX_PHRASE_WORDS = 3;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Review text as a reader sees it: markup that slipped into the text removed (line breaks kept as line breaks),
 * entities decoded, typographic apostrophes made plain, runs of spaces collapsed.
 */
export function cleanReviewText(text: string): string {
  return plainText(text)
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n\s*/g, "\n")
    .trim();
}

/** Markup removed, entities decoded, apostrophes made plain; spacing left as it is (the tokenizer ignores it). */
function plainText(text: string): string {
  const unmarked = MARKUP_HINT.test(text)
    ? text
        .replace(/<br\s*\/?>|<\/?p(?:\s[^>]*)?>/gi, "\n")
        .replace(/<[^>]*>/g, " ")
        .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name))
    : text;
  return unmarked.replace(/[’‘ʼ`´]/g, "'");
}

const MARKUP_HINT = /[<&]/;

function decodeEntity(entity: string, name: string): string {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}

/**
 * Letters (any script, with their combining accents), digits, and apostrophes or hyphens inside a word
 * ("doesn't", "usb-c", "Qualität").
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Lowercased words of a review, in clauses: a phrase never spans punctuation or a line break, so each run of words
 * between them is its own clause. Japanese has no spaces between words and is split by the browser's
 * `Intl.Segmenter` (ICU's dictionary); without it (browsers before Chrome 87 / Firefox 125) Japanese yields nothing.
 */
export function tokenize(text: string, language: ReviewLanguage): string[][] {
  const clean = plainText(text).toLowerCase();
  if (language === "ja") return segmentJapanese(clean);

  const words = reviewWords(language);
  const clauses: string[][] = [];
  let clause: string[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(clean); match !== null; match = WORD.exec(clean)) {
    if (clause.length > 0 && hasBreak(clean, previousEnd, match.index)) {
      clauses.push(clause);
      clause = [];
    }
    pushWord(clause, match[0], words);
    previousEnd = match.index + match[0].length;
  }
  if (clause.length > 0) clauses.push(clause);
  return clauses;
}

/** Anything between two words other than spaces (punctuation, a line break) ends the clause. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB && code !== NO_BREAK_SPACE) return true;
  }
  return false;
}

const SPACE = 32;
const TAB = 9;
const NO_BREAK_SPACE = 0xa0;

function pushWord(clause: string[], word: string, words: ReviewWords): void {
  let rest = word;
  if (words.elisionPrefixes.size > 0) {
    for (let apostrophe = rest.indexOf("'"); apostrophe > 0; apostrophe = rest.indexOf("'")) {
      const prefix = rest.slice(0, apostrophe);
      if (!words.elisionPrefixes.has(prefix)) break;
      clause.push(`${prefix}'`);
      rest = rest.slice(apostrophe + 1);
    }
  }
  clause.push(rest);
}

let japaneseSegmenter: Intl.Segmenter | null | undefined;

function segmentJapanese(text: string): string[][] {
  if (japaneseSegmenter === undefined) {
    japaneseSegmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("ja", { granularity: "word" }) : null;
  }
  if (!japaneseSegmenter) return [];
  const clauses: string[][] = [];
  let clause: string[] = [];
  for (const { segment, isWordLike } of japaneseSegmenter.segment(text)) {
    if (isWordLike) clause.push(segment);
    else if (clause.length > 0 && segment.trim() !== "") {
      clauses.push(clause);
      clause = [];
    }
  }
  if (clause.length > 0) clauses.push(clause);
  return clauses;
}

/**
 * Adds the 1–3-word phrases of the clauses to `into`. A phrase neither starts nor ends with a stopword, holds at
 * least one content word (a negation or a number is not a phrase alone), and may have stopwords inside ("easy to
 * clean"). Phrases are keyed by their words joined by a space.
 */
export function addPhrases(clauses: string[][], language: ReviewLanguage, into: Set<string>): void {
  const words = reviewWords(language);
  const roles: WordRole[] = [];
  for (const clause of clauses) {
    for (let i = 0; i < clause.length; i++) roles[i] = wordRole(clause[i], words);
    for (let start = 0; start < clause.length; start++) {
      if (roles[start] === STOP) continue;
      let phrase = clause[start];
      let hasContent = roles[start] === CONTENT;
      if (hasContent) into.add(phrase);
      for (let end = start + 1; end < start + MAX_PHRASE_WORDS && end < clause.length; end++) {
        phrase += " " + clause[end];
        if (roles[end] === CONTENT) hasContent = true;
        if (hasContent && roles[end] !== STOP) into.add(phrase);
      }
    }
  }
}

const STOP = WordRole.Stop;
const CONTENT = WordRole.Content;

/** How a phrase key reads in the language: Japanese without spaces, elided articles joined ("l'appareil"). */
export function displayPhrase(phrase: string, language: ReviewLanguage): string {
  return language === "ja" ? phrase.replaceAll(" ", "") : phrase.replaceAll("' ", "'");
}
