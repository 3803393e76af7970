// Named imports of single languages, as in keyness/review-words.ts: bundlers tree-shake the other languages out of
// stopwords-iso's one JSON file.
import { de, en, es, fr } from "stopwords-iso";
import type { CueLanguage } from "./cues";

/** Languages the Reddit analysis tells apart; anything else is read as English. */
export const REDDIT_LANGUAGES: readonly CueLanguage[] = ["en", "de", "fr", "es"];

/** Words read to decide: enough for any thread, and the cost stays flat on a 2,000-comment page. */
export const LANGUAGE_SAMPLE_WORDS = 4_000;

const STOPWORDS: Record<CueLanguage, readonly string[]> = { en, de, fr, es };

let exclusiveStopwords: Map<string, CueLanguage> | undefined;

/**
 * Each stopword that is on exactly one language's stopwords-iso list, with its language ("the" → en, "und" → de,
 * "pour" → fr, "pero" → es). Words on several lists ("a", "de", "en", "es") say nothing and are left out.
 */
function stopwordLanguages(): Map<string, CueLanguage> {
  if (!exclusiveStopwords) {
    const languagesOf = new Map<string, CueLanguage[]>();
    for (const language of REDDIT_LANGUAGES) {
      for (const word of STOPWORDS[language]) {
        const languages = languagesOf.get(word) ?? [];
        if (!languages.includes(language)) languages.push(language);
        languagesOf.set(word, languages);
      }
    }
    exclusiveStopwords = new Map();
    for (const [word, languages] of languagesOf) {
      if (languages.length === 1) exclusiveStopwords.set(word, languages[0]);
    }
  }
  return exclusiveStopwords;
}

const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/**
 * The language of a page's texts, from stopword hit rates: every word (of the first LANGUAGE_SAMPLE_WORDS) that is a
 * stopword of one language only counts for that language, and the language with the most such words wins. Words
 * with an elided article are also read in pieces ("c'est" → "c", "est"). English when no language has a hit, and on a
 * tie (Reddit's common language).
 *
 * Hits rather than rates over each language's list: all four languages are measured on the same words, so the count
 * of hits is the rate times the same number of words.
 */
export function detectLanguage(texts: readonly string[]): CueLanguage {
  const languageOf = stopwordLanguages();
  const hits: Record<CueLanguage, number> = { en: 0, de: 0, fr: 0, es: 0 };
  let words = 0;
  for (const text of texts) {
    const lower = text.toLowerCase().replace(/[’‘]/g, "'");
    WORD.lastIndex = 0;
    for (let match = WORD.exec(lower); match !== null && words < LANGUAGE_SAMPLE_WORDS; match = WORD.exec(lower)) {
      words++;
      const word = match[0];
      const language = languageOf.get(word);
      if (language) hits[language]++;
      else if (word.includes("'")) {
        for (const piece of word.split("'")) {
          const pieceLanguage = languageOf.get(piece);
          if (pieceLanguage) hits[pieceLanguage]++;
        }
      }
    }
    if (words >= LANGUAGE_SAMPLE_WORDS) break;
  }
  let best: CueLanguage = "en";
  for (const language of REDDIT_LANGUAGES) if (hits[language] > hits[best]) best = language;
  return best;
}
