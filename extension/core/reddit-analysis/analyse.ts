import type { RedditPage } from "../reddit/types";
import { findCues, type CueHit } from "./cue-groups";
import type { CueGroup, CueLanguage } from "./cues";
import { engagementOf, isDeletedComment, isPlaceholder, median, subredditCounts } from "./engagement";
import { hotPhrases, type HotPhrasesOptions } from "./hot-phrases";
import { detectLanguage } from "./language";
import type { AnalysedText, CueExample, CueGroupResult, RedditAnalysis, RedditDemandSignals } from "./schema";
import { cleanRedditText, fold, LETTER_OR_DIGIT } from "./text";

export const MAX_EXAMPLES = 5;

export interface AnalyseOptions {
  phrases?: HotPhrasesOptions;
}

interface PageText {
  id: string;
  source: "post" | "comment";
  clean: string;
  author: string | null;
  score: number | null;
  comments: number | null;
  permalink: string | null;
}

interface Example extends CueExample {
  order: number;
}

/**
 * Everything the overlay shows about a Reddit page: the language, cue groups (pain, solution requests, advice
 * requests, money talk) with example sentences, hot phrases, engagement at `now` and subreddits. Pure; an empty page
 * gives empty groups and phrases. Deleted and removed comments are left out of everything but the deleted count.
 *
 * The language (detectLanguage) picks the stopwords for phrases and the cue lists: the page's language's and
 * English's, since Reddit threads in other languages mix in English ("worth it", "budget"). `texts` keeps each post's
 * and comment's groups and folded text, so that redditDemandSignals can count any keyword later.
 */
export function analyseRedditPage(page: RedditPage, now: Date, options: AnalyseOptions = {}): RedditAnalysis {
  const texts = pageTexts(page);
  const cleanTexts = texts.map((text) => text.clean);
  const language = detectLanguage(cleanTexts);
  const cueLanguages: CueLanguage[] = language === "en" ? ["en"] : [language, "en"];

  const examples: Record<CueGroup, Example[]> = { pain: [], "solution-request": [], "advice-request": [], money: [] };
  const counts: Record<CueGroup, number> = { pain: 0, "solution-request": 0, "advice-request": 0, money: 0 };
  const analysed: AnalysedText[] = texts.map((text, order) => {
    const folded = fold(text.clean);
    const hits = findCues(text.clean, cueLanguages, folded);
    for (const hit of hits) {
      counts[hit.group]++;
      examples[hit.group].push(exampleOf(text, hit, order));
    }
    return {
      id: text.id,
      source: text.source,
      groups: hits.map((hit) => hit.group),
      score: text.score,
      comments: text.comments,
      text: folded,
    };
  });

  const { phrases, method, minCount } = hotPhrases(cleanTexts, language, options.phrases);
  const group = (name: CueGroup): CueGroupResult => ({ count: counts[name], examples: topExamples(examples[name]) });
  return {
    kind: page.kind,
    language,
    method,
    subreddits: subredditCounts(page),
    engagement: engagementOf(page, now),
    groups: {
      pain: group("pain"),
      solutionRequests: group("solution-request"),
      adviceRequests: group("advice-request"),
      money: group("money"),
    },
    phrases,
    phraseMinCount: minCount,
    texts: analysed,
  };
}

/** The posts (title and body as one text) and the comments that are not deleted, cleaned, in page order. */
function pageTexts(page: RedditPage): PageText[] {
  const texts: PageText[] = [];
  for (const post of page.posts) {
    const body = isPlaceholder(post.body) ? "" : post.body;
    const clean = [cleanRedditText(post.title), cleanRedditText(body)].filter((part) => part !== "").join("\n");
    texts.push({
      id: post.id,
      source: "post",
      clean,
      author: post.author,
      score: post.score,
      comments: post.comments,
      permalink: post.permalink,
    });
  }
  for (const comment of page.comments) {
    if (isDeletedComment(comment)) continue;
    texts.push({
      id: comment.id,
      source: "comment",
      clean: cleanRedditText(comment.body),
      author: comment.author,
      score: comment.score,
      comments: null,
      permalink: comment.permalink,
    });
  }
  return texts;
}

function exampleOf(text: PageText, hit: CueHit, order: number): Example {
  return {
    id: text.id,
    source: text.source,
    quote: hit.quote,
    cue: hit.cue,
    author: text.author,
    score: text.score,
    permalink: text.permalink,
    order,
  };
}

/** Highest score first (unknown scores last), then the longer quote, then page order. */
function topExamples(examples: Example[]): CueExample[] {
  return examples
    .sort(
      (a, b) =>
        (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY) ||
        b.quote.length - a.quote.length ||
        a.order - b.order,
    )
    .slice(0, MAX_EXAMPLES)
    .map(({ order: _order, ...example }) => example);
}

/**
 * Demand signals of a keyword on an analysed page, for the selection score's demand axis: of the posts and comments
 * that mention the keyword, how many ask for a solution and how many complain, and their engagement. A text mentions
 * the keyword when it has the keyword's words in a row, as whole words, ignoring case and accents, with spaces or
 * hyphens between them and an optional plural "s"/"es" on the last ("storage ottoman" is in "Storage-Ottomans").
 * Only texts that name the keyword count: a comment under a thread about it that does not name it does not.
 * An empty keyword mentions nothing.
 */
export function redditDemandSignals(analysis: RedditAnalysis, keyword: string): RedditDemandSignals {
  const pattern = keywordPattern(keyword);
  const mentioning = pattern ? analysis.texts.filter((text) => pattern.test(text.text)) : [];
  const scores = mentioning.flatMap((text) => (text.score === null ? [] : [text.score]));
  const inGroup = (group: CueGroup) => mentioning.filter((text) => text.groups.includes(group)).length;
  return {
    keyword,
    mentions: mentioning.length,
    solutionRequests: inGroup("solution-request"),
    painPoints: inGroup("pain"),
    engagement: {
      posts: mentioning.filter((text) => text.source === "post").length,
      comments: mentioning.filter((text) => text.source === "comment").length,
      scoreTotal: scores.reduce((total, score) => total + score, 0),
      scoreMedian: median(scores),
      replies: mentioning.reduce((total, text) => total + (text.comments ?? 0), 0),
    },
  };
}

function keywordPattern(keyword: string): RegExp | null {
  const words = fold(keyword).match(KEYWORD_WORD);
  if (!words) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<!${LETTER_OR_DIGIT})${escaped.join("[\\s-]+")}(?:e?s)?(?!${LETTER_OR_DIGIT})`);
}

const KEYWORD_WORD = new RegExp(`${LETTER_OR_DIGIT}+`, "g");
