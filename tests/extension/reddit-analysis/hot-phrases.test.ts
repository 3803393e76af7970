import { describe, expect, it } from "vitest";
import { analyseRedditPage } from "../../../extension/core/reddit-analysis/analyse";
import {
  BACKGROUND_CORPUS_TOKENS,
  BACKGROUND_FLOOR_PER_MILLION,
  backgroundPerMillion,
} from "../../../extension/core/reddit-analysis/background";
import { BACKGROUND_EN } from "../../../extension/core/reddit-analysis/background-en";
import { hotPhrases, MIN_COUNT, MIN_COUNT_SMALL_PAGE } from "../../../extension/core/reddit-analysis/hot-phrases";
import { dunningG2 } from "../../../extension/core/keyness/log-likelihood";
import { reviewWords } from "../../../extension/core/keyness/review-words";
import { comment, NOW, post, thread } from "./pages";

/**
 * A thread of 40 comments: the product phrase in 14 of them (and "ottoman" alone in 3 more), everyday words ("good",
 * "time", "people", "love", "great") 10 or 20 times, "velvet cover" 3 times, "hinged lid" twice, and Reddit chatter.
 */
function ottomanThread() {
  const product = [
    "The folding storage ottoman holds all our blankets.",
    "We got a folding storage ottoman for the hallway.",
    "Mine is a folding storage ottoman from Songmics.",
    "A folding storage ottoman doubles as a footrest.",
  ];
  const everyday = [
    "Good thing, people love it.", // "good", "love": 10 times each
    "Great time for it.", // "great": 10 times, "time": 20
    "Honestly people say so.", // "people": 20 times
    "lol edit: thanks, time flies.",
  ];
  const bodies: string[] = [];
  for (let i = 0; i < 40; i++) {
    const parts = [everyday[i % everyday.length]];
    if (i % 3 === 0) parts.push(product[(i / 3) % product.length]); // i = 0, 3, …, 39: 14 comments
    if (i === 1 || i === 2 || i === 4) parts.push("The ottoman is sturdy.");
    if (i === 5 || i === 6 || i === 7) parts.push("Get the velvet cover.");
    if (i === 8 || i === 10) parts.push("The hinged lid squeaks.");
    bodies.push(parts.join(" "));
  }
  return thread(
    post("p1", "Which ottoman?", "", { score: 10 }),
    bodies.map((body, i) => comment(`c${i}`, body, i)),
  );
}

describe("hot phrases of an English thread", () => {
  const analysis = analyseRedditPage(ottomanThread(), NOW);
  const phrases = analysis.phrases.map((phrase) => phrase.phrase);

  it("should rank the product phrase first, above everyday words said as often", () => {
    expect(analysis.method).toBe("g2-vs-english-background");
    expect(analysis.phrases[0]).toMatchObject({ phrase: "folding storage ottoman", count: 14, documents: 14 });
    const productG2 = analysis.phrases[0].g2 ?? 0;
    for (const word of ["good", "time", "people", "love", "great"]) {
      const stat = analysis.phrases.find((phrase) => phrase.phrase === word);
      if (stat) expect(stat.g2 ?? 0, word).toBeLessThan(productG2);
    }
    // "people" is said 20 times, more often than the product, but is 1,100 per million words in general English.
    expect(analysis.phrases.find((phrase) => phrase.phrase === "people")?.count).toBe(20);
  });

  it("should fold the product's words and shorter phrases into the product phrase", () => {
    // "ottoman" is said 18 times (14 in the product phrase, 3 alone, 1 in the title): 14 ≥ 0.75 × 18.
    for (const part of ["ottoman", "storage", "folding", "storage ottoman", "folding storage"]) {
      expect(phrases).not.toContain(part);
    }
  });

  it("should leave out phrases that overlap a higher-ranked phrase by two words", () => {
    // "storage ottoman holds" (4 times) is the product phrase shifted by one word.
    expect(phrases).not.toContain("storage ottoman holds");
    expect(phrases).not.toContain("storage ottoman doubles");
    // One word in common is not an overlap.
    expect(analysis.phrases.find((phrase) => phrase.phrase === "ottoman is sturdy")).toMatchObject({ count: 3 });
  });

  it("should respect the minimum frequency of 3 on a page of 30 texts or more", () => {
    expect(analysis.phraseMinCount).toBe(MIN_COUNT);
    expect(analysis.phrases.find((phrase) => phrase.phrase === "velvet cover")).toMatchObject({ count: 3 });
    expect(phrases).not.toContain("hinged lid"); // twice
    expect(phrases).not.toContain("hinged");
    for (const phrase of analysis.phrases) expect(phrase.count).toBeGreaterThanOrEqual(3);
  });

  it("should leave stopwords and Reddit chatter out", () => {
    const stop = reviewWords("en").stop;
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      expect(stop.has(words[0]), phrase).toBe(false);
      expect(stop.has(words[words.length - 1]), phrase).toBe(false);
    }
    for (const word of ["the", "a", "for", "it", "lol", "edit", "thanks", "thing"]) expect(phrases).not.toContain(word);
  });

  it("should ignore deleted comments", () => {
    const page = ottomanThread();
    page.comments.push(
      ...Array.from({ length: 5 }, (_, i) =>
        comment(`d${i}`, "Bean bag chair. Bean bag chair.", 100, { deleted: true }),
      ),
    );
    expect(analyseRedditPage(page, NOW).phrases.map((phrase) => phrase.phrase)).not.toContain("bean bag chair");
  });
});

describe("hotPhrases", () => {
  it("should compute G² against the background frequency of the phrase's rarest word", () => {
    // Three clauses of one word each: 3 tokens on the page, "ottoman" in all 3. The background does not list
    // "ottoman" (SUBTLEX-US has it at 0.3 per million, below the floor), so it counts at the floor, 13 per million.
    expect(backgroundPerMillion("ottoman")).toBe(BACKGROUND_FLOOR_PER_MILLION);
    const { phrases } = hotPhrases(["Ottoman. Ottoman. Ottoman."], "en");
    const expected = dunningG2({
      target: 3,
      targetTotal: 3,
      reference: (BACKGROUND_FLOOR_PER_MILLION * BACKGROUND_CORPUS_TOKENS) / 1e6,
      referenceTotal: BACKGROUND_CORPUS_TOKENS,
    });
    expect(phrases).toEqual([{ phrase: "ottoman", count: 3, documents: 1, g2: expected }]);
    // ≈ 2·3·ln(1/(13·10⁻⁶)) = 67.50: every token on the page is "ottoman", against 13 per million in English.
    expect(expected).toBeCloseTo(67.49, 2);

    // "velvet cover": "cover" is listed at 97 per million, "velvet" is at the floor: the phrase takes the floor.
    // The page has 6 tokens now.
    expect(backgroundPerMillion("cover")).toBe(97);
    const pair = hotPhrases(["Velvet cover. Velvet cover. Velvet cover."], "en").phrases;
    expect(pair[0]).toEqual({
      phrase: "velvet cover",
      count: 3,
      documents: 1,
      g2: dunningG2({
        target: 3,
        targetTotal: 6,
        reference: (BACKGROUND_FLOOR_PER_MILLION * BACKGROUND_CORPUS_TOKENS) / 1e6,
        referenceTotal: BACKGROUND_CORPUS_TOKENS,
      }),
    });
  });

  it("should drop words no more frequent on the page than in general English", () => {
    // "good" is 2,700 per million in the background; 3 in 5,000 words here is 600 per million.
    const texts = [`Good. Good. Good. ${"Ottoman sofa lamp rug chair. ".repeat(999)}`];
    const phrases = hotPhrases(texts, "en", { top: 100 }).phrases.map((phrase) => phrase.phrase);
    expect(phrases).toContain("ottoman sofa lamp");
    expect(phrases).not.toContain("good");
  });

  it("should lower the minimum to 2 on a page of fewer than 30 texts", () => {
    const texts = ["The hinged lid squeaks.", "A hinged lid is handy.", "One velvet cover."];
    const small = hotPhrases(texts, "en");
    expect(small.minCount).toBe(MIN_COUNT_SMALL_PAGE);
    expect(small.phrases.map((phrase) => phrase.phrase)).toEqual(["hinged lid"]);
    expect(hotPhrases(texts, "en", { minCount: 3 }).phrases).toEqual([]);
  });

  it("should rank German phrases by count × documents, without G²", () => {
    const texts = [
      "Der faltbare Hocker ist super.",
      "Mein faltbare Hocker wackelt.",
      "Faltbare Hocker sind praktisch. Der faltbare Hocker passt überall hin.",
      "Der Deckel klemmt. Der Deckel klemmt. Der Deckel klemmt.",
      "Stauraum ist praktisch.",
    ];
    const { phrases, method } = hotPhrases(texts, "de");
    expect(method).toBe("count-x-documents");
    // "hocker", "faltbare", "deckel" and "klemmt" are folded into the phrases that contain them.
    expect(phrases).toEqual([
      { phrase: "faltbare hocker", count: 4, documents: 3 }, // 12
      { phrase: "praktisch", count: 2, documents: 2 }, // 4
      { phrase: "deckel klemmt", count: 3, documents: 1 }, // 3: repeated in one comment only
    ]);
  });

  it("should give nothing for no texts", () => {
    expect(hotPhrases([], "en")).toEqual({ phrases: [], method: "g2-vs-english-background", minCount: 2 });
    expect(hotPhrases(["", ""], "fr").phrases).toEqual([]);
  });
});

describe("the background table", () => {
  it("should list 3,000 words from most to least frequent and parse to numbers", () => {
    const lines = BACKGROUND_EN.split("\n");
    const values = lines.map((line) => Number(line.slice(0, line.indexOf(":"))));
    expect(values.every((value, i) => Number.isFinite(value) && (i === 0 || value < values[i - 1]))).toBe(true);
    const words = lines.flatMap((line) => line.slice(line.indexOf(":") + 1).split(" "));
    expect(words).toHaveLength(3000);
    expect(new Set(words).size).toBe(3000);
    expect(values[values.length - 1]).toBe(BACKGROUND_FLOOR_PER_MILLION);
    expect(backgroundPerMillion("good")).toBe(2700);
  });
});
