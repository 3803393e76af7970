// Named imports of single languages: esbuild and Vite (Rollup) tree-shake the other 52 languages out of
// stopwords-iso's one 207 KB JSON file, so the content script carries only these six lists.
import { de, en, es, fr, it, ja } from "stopwords-iso";

/** Languages complaint mining supports: the languages of the Amazon marketplaces the extension reads. */
export type ReviewLanguage = "en" | "de" | "fr" | "it" | "es" | "ja";

const STOPWORDS_ISO: Record<ReviewLanguage, readonly string[]> = { en, de, fr, it, es, ja };

/**
 * How a word may take part in a phrase:
 * - Content: may start, end or make up a phrase.
 * - Stop: only inside a phrase ("quality of the product"), never at its edge.
 * - Bound: at an edge or inside, but never a phrase on its own: negations and numbers ("doesn't work", "2 weeks").
 */
export const WordRole = { Content: 0, Stop: 1, Bound: 2 } as const;
export type WordRole = (typeof WordRole)[keyof typeof WordRole];

/**
 * Words stopwords-iso lists as stopwords that carry the complaint or the praise in product reviews, so they stay
 * content words here. stopwords-iso's lists are unions of many general-purpose lists (English has 1,298 words) and
 * include "work", "working", "problem", "great", "small", "years" and German "gut", "schlecht"; without this list
 * "stopped working", "after 2 years" and "sehr schlecht" could never be found. Only words that really are in the
 * stopwords-iso 1.1.0 lists are named here.
 */
// prettier-ignore
const REVIEW_SIGNAL_WORDS: Record<ReviewLanguage, readonly string[]> = {
  en: ["work", "works", "worked", "working", "problem", "problems", "great", "good", "small", "big", "large", "little", "value", "well", "best", "better", "long", "new", "old", "first", "last", "right", "stop", "made", "looks", "look", "thin", "thick", "high", "low", "full", "empty", "open", "turn", "turned", "half", "twice", "year", "years", "second", "seconds", "help", "less", "came", "order", "ordered", "part", "parts", "side", "top", "bottom", "back", "front", "inside", "outside", "different", "enough", "apart", "use", "used", "using", "uses", "useful", "smaller", "kept", "ok", "okay", "case", "face", "room"],
  de: ["gut", "gute", "guter", "gutes", "schlecht", "kam", "groß", "große", "gross", "kleine", "zeit", "tag", "tage", "tagen", "jahr", "jahre", "lang", "lange", "kurz", "neue", "leicht", "zurück", "hoch", "offen", "genug", "erste", "ersten"],
  fr: ["bon", "bien", "cher", "chère", "nul", "haut", "bas", "plein", "ouvert", "premier", "première", "dernier", "neuf", "fois"],
  it: ["buono", "bene", "male", "grande", "giorni", "giorno", "mesi", "tempo", "lungo", "nuovo", "primo", "prima", "ultimo", "pieno", "poco", "consiglio"],
  es: ["bueno", "buena", "buenos", "bien", "mal", "usar", "llegó", "días", "día", "tiempo", "largo", "nuevo", "primer", "primero", "primera", "último", "bajo", "poco"],
  ja: [],
};

/** Negations and number words: they change what a phrase means but mean nothing alone. Digits are bound too. */
// prettier-ignore
const BOUND_WORDS: Record<ReviewLanguage, readonly string[]> = {
  en: ["not", "no", "never", "nothing", "don't", "doesn't", "didn't", "won't", "isn't", "wasn't", "can't", "cannot", "couldn't", "wouldn't", "aren't", "weren't", "haven't", "hasn't", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  de: ["nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "zwei", "drei", "einmal"],
  fr: ["pas", "ne", "jamais", "aucun", "aucune", "rien", "plus", "deux", "trois"],
  it: ["non", "mai", "niente", "nessun", "nessuno", "nessuna", "due", "tre"],
  es: ["no", "nunca", "nada", "ningún", "ninguna", "ninguno", "tampoco", "dos", "tres"],
  ja: ["ない"],
};

/** French and Italian elided articles and pronouns: "l'appareil" is read as "l'" (a stopword) + "appareil". */
// prettier-ignore
const ELISION_PREFIXES: Partial<Record<ReviewLanguage, readonly string[]>> = {
  fr: ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"],
  it: ["l", "d", "c", "un", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "nessun", "tutt"],
};

export interface ReviewWords {
  language: ReviewLanguage;
  stop: ReadonlySet<string>;
  bound: ReadonlySet<string>;
  elisionPrefixes: ReadonlySet<string>;
  /** Roles already worked out, by word (one lookup instead of two sets and a pattern per word). */
  roles: Map<string, WordRole>;
}

/** A long-lived content script meets ever more words; past this many remembered roles the memo starts over. */
const MAX_REMEMBERED_ROLES = 50_000;

const cache = new Map<ReviewLanguage, ReviewWords>();

/** The word lists for a language, built on first use (a content script only pays for the language it meets). */
export function reviewWords(language: ReviewLanguage): ReviewWords {
  let words = cache.get(language);
  if (!words) {
    const keep = new Set([...REVIEW_SIGNAL_WORDS[language], ...BOUND_WORDS[language]]);
    const stop = new Set(STOPWORDS_ISO[language].filter((word) => !keep.has(word)));
    const elisionPrefixes = new Set(ELISION_PREFIXES[language] ?? []);
    for (const prefix of elisionPrefixes) stop.add(`${prefix}'`);
    words = { language, stop, bound: new Set(BOUND_WORDS[language]), elisionPrefixes, roles: new Map() };
    cache.set(language, words);
  }
  return words;
}

/** "de-DE" → "de"; null for languages complaint mining does not support. */
export function reviewLanguage(code: string): ReviewLanguage | null {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0];
  return primary in STOPWORDS_ISO ? (primary as ReviewLanguage) : null;
}

const DIGITS = /^\p{N}+$/u;
/** Japanese inflection endings and particles the word segmenter splits off ("壊|れ|ま|した"): not words alone. */
const SHORT_HIRAGANA = /^\p{Script=Hiragana}{1,2}$/u;

export function wordRole(word: string, words: ReviewWords): WordRole {
  let role = words.roles.get(word);
  if (role === undefined) {
    role = classify(word, words);
    if (words.roles.size >= MAX_REMEMBERED_ROLES) words.roles.clear();
    words.roles.set(word, role);
  }
  return role;
}

function classify(word: string, words: ReviewWords): WordRole {
  if (words.bound.has(word) || DIGITS.test(word)) return WordRole.Bound;
  if (words.stop.has(word)) return WordRole.Stop;
  if (words.language === "ja" && SHORT_HIRAGANA.test(word)) return WordRole.Stop;
  return WordRole.Content;
}
