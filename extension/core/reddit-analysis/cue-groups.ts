import { CUE_GROUPS, CUES, NEGATABLE_GROUPS, NEGATIONS, type CueGroup, type CueLanguage } from "./cues";
import { excerpt, fold, LETTER_OR_DIGIT, sentenceAround } from "./text";

/** The first sentence of a text that puts it into a group. */
export interface CueHit {
  group: CueGroup;
  /** The sentence, cut to QUOTE_MAX_CHARS around the cue. */
  quote: string;
  /** The words that matched, folded (lowercase, no accents): "looking for", "$". */
  cue: string;
}

/** What a capture group of the combined pattern stands for. */
interface CueCapture {
  group: CueGroup;
  /** Cues that count only in a question ("?recommend"). */
  inQuestion: boolean;
}

interface CueMatcher {
  /** All cues of all groups in one global pattern, one capture group per CueCapture. */
  pattern: RegExp;
  captures: CueCapture[];
  negations: ReadonlySet<string>;
}

const matchers = new Map<string, CueMatcher>();

/**
 * The groups a text belongs to, each with the first sentence that says so, in CUE_GROUPS order. `cleanText` is the
 * text as cleanRedditText gives it, `folded` the same folded (computed when not given); the cues of every language
 * in `languages` apply. A cue never spans a line break, so each match lies within one sentence.
 *
 * One pass of one pattern over the text finds the cues of every group, rather than one pass per group. The pass
 * moves on one character after each match, so cues inside or overlapping another cue are still seen
 * ("waste of money" is pain, and its "money" is money talk); only two cues of different groups that start at the
 * same character cannot both be seen, and the lists have no such pair.
 */
export function findCues(
  cleanText: string,
  languages: readonly CueLanguage[],
  folded: string = fold(cleanText),
): CueHit[] {
  if (cleanText === "") return [];
  const { pattern, captures, negations } = cueMatcher(languages);
  const asks = hasQuestionMark(folded);
  const found = new Map<CueGroup, RegExpExecArray>();
  pattern.lastIndex = 0;
  let match = pattern.exec(folded);
  while (match !== null && found.size < CUE_GROUPS.length) {
    const capture = captures[match.findIndex((value, index) => index > 0 && value !== undefined) - 1];
    if (
      !found.has(capture.group) &&
      (!capture.inQuestion || (asks && inQuestion(folded, match))) &&
      !(NEGATABLE_GROUPS.has(capture.group) && isNegated(folded, match.index, negations))
    ) {
      found.set(capture.group, match);
    }
    pattern.lastIndex = match.index + 1;
    match = pattern.exec(folded);
  }

  return CUE_GROUPS.flatMap((group) => {
    const cue = found.get(group);
    if (!cue) return [];
    const end = cue.index + cue[0].length;
    const sentence = sentenceAround(cleanText, cue.index, end);
    const quote = excerpt(
      cleanText.slice(sentence.start, sentence.end),
      cue.index - sentence.start,
      end - sentence.start,
    );
    return [{ group, quote, cue: cue[0].replace(/\s+/g, " ") }];
  });
}

function hasQuestionMark(text: string): boolean {
  return text.includes("?") || text.includes("¿");
}

/** The match's sentence has a question mark. */
function inQuestion(text: string, match: RegExpExecArray): boolean {
  const sentence = sentenceAround(text, match.index, match.index + match[0].length);
  return hasQuestionMark(text.slice(sentence.start, sentence.end));
}

/** "never had a problem with": three words back reach the negation. */
export const NEGATION_WINDOW = 3;
const WORDS_BEFORE = new RegExp(`(?:${LETTER_OR_DIGIT}|')+`, "g");
const CLAUSE_BREAK = /[,;:()"«».!?…\n]/;

/**
 * One of the NEGATION_WINDOW words before `at`, in the same clause and sentence, is a negation ("not", "n'", "nicht",
 * "nunca").
 */
function isNegated(text: string, at: number, negations: ReadonlySet<string>): boolean {
  const before =
    text
      .slice(Math.max(0, at - 60), at)
      .split(CLAUSE_BREAK)
      .pop() ?? "";
  const words = before.match(WORDS_BEFORE) ?? [];
  for (const word of words.slice(-NEGATION_WINDOW)) {
    if (negations.has(word)) return true;
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && negations.has(word.slice(0, apostrophe + 1))) return true;
  }
  return false;
}

/**
 * The cue pattern for a set of languages, built on first use: for each group, its cues that count anywhere and its
 * question-only cues, each set one capture group, longest cue first within it (so a match covers "waste of money",
 * not "waste"). The "no letter before" check is made once for all cues that start with a letter or digit, and with a
 * plain character class rather than \p{L}: V8 compiles a pattern of a hundred \p{L} classes in tens of milliseconds.
 */
function cueMatcher(languages: readonly CueLanguage[]): CueMatcher {
  const unique = [...new Set(languages)].sort();
  const key = unique.join(",");
  let matcher = matchers.get(key);
  if (!matcher) {
    const wordCaptures: string[] = [];
    const symbolCaptures: string[] = [];
    const wordCaptureOf: CueCapture[] = [];
    const symbolCaptureOf: CueCapture[] = [];
    for (const group of CUE_GROUPS) {
      for (const inQuestion of [false, true]) {
        const cues = unique
          .flatMap((language) => CUES[language][group])
          .filter((cue) => cue.startsWith("?") === inQuestion)
          .map((cue) => fold(inQuestion ? cue.slice(1) : cue));
        const sorted = [...new Set(cues)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        const words = sorted.filter((cue) => WORD_CHAR.test(cue[0]));
        const symbols = sorted.filter((cue) => !WORD_CHAR.test(cue[0]));
        if (words.length > 0) {
          wordCaptures.push(`(${words.map(cueSource).join("|")})`);
          wordCaptureOf.push({ group, inQuestion });
        }
        if (symbols.length > 0) {
          symbolCaptures.push(`(${symbols.map(cueSource).join("|")})`);
          symbolCaptureOf.push({ group, inQuestion });
        }
      }
    }
    const alternatives = [`${NOT_AFTER_WORD}(?:${wordCaptures.join("|")})`, ...symbolCaptures];
    matcher = {
      pattern: new RegExp(alternatives.join("|"), "g"),
      captures: [...wordCaptureOf, ...symbolCaptureOf],
      negations: new Set(unique.flatMap((language) => NEGATIONS[language].map(fold))),
    };
    matchers.set(key, matcher);
  }
  return matcher;
}

const WORD_CHAR = new RegExp(LETTER_OR_DIGIT);
const NOT_AFTER_WORD = `(?<!${LETTER_OR_DIGIT})`;
const NOT_BEFORE_WORD = `(?!${LETTER_OR_DIGIT})`;
/** Spaces between cue words: never a line break (a line break ends a sentence). */
const SPACES = "[ \\t]+";
/** "…": one to three words between two cue words. */
const GAP = `(?:${SPACES}[^\\s.!?,;:]+){1,3}${SPACES}`;

/**
 * The regular-expression source of one folded cue (syntax in cues.ts), without the "no letter before" check that
 * cueMatcher() adds in front of all cues that start with a letter or digit.
 */
export function cueSource(cue: string): string {
  const tokens = cue.trim().split(/\s+/);
  let source = "";
  tokens.forEach((token, index) => {
    if (token === "…") {
      source += GAP;
      return;
    }
    if (index > 0 && tokens[index - 1] !== "…") source += SPACES;
    const stem = token.endsWith("*") && token.length > 1;
    const word = stem ? token.slice(0, -1) : token;
    source += word
      .split("-")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[- \\t]?");
    if (stem) source += `${LETTER_OR_DIGIT}*`;
  });
  const last = tokens[tokens.length - 1];
  const closes = last.endsWith("*") || WORD_CHAR.test(last[last.length - 1]);
  return closes ? source + NOT_BEFORE_WORD : source;
}
