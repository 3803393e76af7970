import { describe, expect, it } from "vitest";
import { analyseRedditPage, redditDemandSignals } from "../../../extension/core/reddit-analysis/analyse";
import { redditAnalysisSchema, redditDemandSignalsSchema } from "../../../extension/core/reddit-analysis/schema";
import { redditPageSchema } from "../../../extension/core/reddit/types";
import { comment, listing, NOW, post, thread } from "./pages";

// Each text's expected groups are noted next to it: the cue that puts it there, or why a cue does not count.
const englishThread = thread(
  post(
    "p1",
    "Looking for a storage ottoman that doesn't wobble", // solution-request: "looking for"
    "My old one broke after two weeks and I'm frustrated. Budget is around $60.", // pain: "broke"; money: "budget"
    { score: 250, comments: 14, createdAt: "2026-03-01T02:00:00Z" },
  ),
  [
    comment("c1", "Honestly, the Songmics one is worth it. It held up for three years.", 80), // money: "worth it"
    comment("c2", "I hate how the lids on these never close flush. So annoying.", 45), // pain: "hate"
    comment("c3", "How do I stop the hinges from squeaking? Any tips welcome.", 12), // advice: "how do i"
    comment("c4", "Is there a version with a removable cover? Mine is stained and I can't wash it.", 30), // solution
    comment("c5", "I don't hate it, it's fine for the price.", 5), // pain negated ("don't"); money: "price"
    comment("c6", "I hate it, looking for something else", 99, { deleted: true }), // deleted: ignored
    comment("c7", "[removed]", 3), // Reddit's placeholder: ignored
    comment("c8", "I recommend the IKEA Söderhamn, it never wobbles.", 60), // "recommend" answers, not asks: none
    comment("c9", "Can anyone recommend one under $40?", null), // solution: "can anyone recommend"; money: "$"
    comment("c10", "What should I do with a broken hinge? Waste of money honestly.", 2), // advice, pain, money
    comment("c11", "Cheap ones are not worth the hassle.", 1), // money: "cheap"
    comment("c12", "This thing is garbage.", 45), // pain: "garbage" (same score as c2, shorter quote)
  ],
);

describe("analyseRedditPage on an English thread", () => {
  const analysis = analyseRedditPage(englishThread, NOW);

  it("should validate against its schema and read the page as English", () => {
    expect(redditPageSchema.parse(englishThread)).toEqual(englishThread);
    expect(redditAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.kind).toBe("reddit-thread");
    expect(analysis.language).toBe("en");
    expect(analysis.method).toBe("g2-vs-english-background");
  });

  it("should count the posts and comments in each group", () => {
    const { pain, solutionRequests, adviceRequests, money } = analysis.groups;
    expect(pain.count).toBe(4); // p1, c2, c10, c12
    expect(solutionRequests.count).toBe(3); // p1, c4, c9
    expect(adviceRequests.count).toBe(2); // c3, c10
    expect(money.count).toBe(6); // p1, c1, c5, c9, c10, c11
  });

  it("should quote the sentence with the cue, highest score first, then the longer quote", () => {
    const quotes = (group: keyof typeof analysis.groups) =>
      analysis.groups[group].examples.map(({ id, quote, cue, score }) => [id, quote, cue, score]);
    expect(quotes("pain")).toEqual([
      ["p1", "My old one broke after two weeks and I'm frustrated.", "broke", 250],
      ["c2", "I hate how the lids on these never close flush.", "hate", 45],
      ["c12", "This thing is garbage.", "garbage", 45],
      ["c10", "What should I do with a broken hinge?", "broken", 2],
    ]);
    expect(quotes("solutionRequests")).toEqual([
      ["p1", "Looking for a storage ottoman that doesn't wobble", "looking for", 250],
      ["c4", "Is there a version with a removable cover?", "is there a", 30],
      ["c9", "Can anyone recommend one under $40?", "can anyone recommend", null],
    ]);
    expect(quotes("adviceRequests")).toEqual([
      ["c3", "How do I stop the hinges from squeaking?", "how do i", 12],
      ["c10", "What should I do with a broken hinge?", "what should i", 2],
    ]);
    // Six texts, five examples: the unknown score (c9) goes last and is cut.
    expect(quotes("money")).toEqual([
      ["p1", "Budget is around $60.", "budget", 250],
      ["c1", "Honestly, the Songmics one is worth it.", "worth it", 80],
      ["c5", "I don't hate it, it's fine for the price.", "price", 5],
      ["c10", "Waste of money honestly.", "money", 2],
      ["c11", "Cheap ones are not worth the hassle.", "cheap", 1],
    ]);
  });

  it("should give each example its author, score, permalink and source", () => {
    expect(analysis.groups.solutionRequests.examples[0]).toEqual({
      id: "p1",
      source: "post",
      quote: "Looking for a storage ottoman that doesn't wobble",
      cue: "looking for",
      author: "author_p1",
      score: 250,
      permalink: "https://www.reddit.com/r/HomeImprovement/comments/p1/",
    });
    expect(analysis.groups.adviceRequests.examples[0]).toEqual({
      id: "c3",
      source: "comment",
      quote: "How do I stop the hinges from squeaking?",
      cue: "how do i",
      author: "user_c3",
      score: 12,
      permalink: "https://www.reddit.com/r/HomeImprovement/comments/p1/_/c3/",
    });
  });

  it("should leave deleted and removed comments out of everything but the deleted count", () => {
    expect(analysis.texts.map((text) => text.id)).toEqual([
      "p1",
      "c1",
      "c2",
      "c3",
      "c4",
      "c5",
      "c8",
      "c9",
      "c10",
      "c11",
      "c12",
    ]);
    const ids = Object.values(analysis.groups).flatMap((group) => group.examples.map((example) => example.id));
    expect(ids).not.toContain("c6");
    expect(analysis.engagement.deletedComments).toBe(2);
    expect(analysis.engagement.loadedComments).toBe(10);
  });

  it("should list each text's groups for later keyword counts", () => {
    expect(analysis.texts.find((text) => text.id === "c10")).toEqual({
      id: "c10",
      source: "comment",
      groups: ["pain", "advice-request", "money"],
      score: 2,
      comments: null,
      text: "what should i do with a broken hinge? waste of money honestly.",
    });
  });

  it("should give engagement and subreddits", () => {
    expect(analysis.subreddits).toEqual([{ name: "HomeImprovement", posts: 1 }]);
    expect(analysis.engagement.postAgeHours).toBe(10);
    expect(analysis.engagement.commentsPerHour).toBe(1.4);
  });
});

describe("analyseRedditPage in German, French and Spanish", () => {
  const groupCounts = (page: Parameters<typeof analyseRedditPage>[0]) => {
    const { language, method, groups } = analyseRedditPage(page, NOW);
    return {
      language,
      method,
      ...Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, group.examples.map((e) => e.id)])),
    };
  };

  it("should read German cues, accents and negation included", () => {
    const page = thread(
      post(
        "p1",
        "Suche einen faltbaren Hocker mit Stauraum", // solution-request: "suche"
        "Mein alter Hocker ist kaputt und das nervt. Lohnt sich der teure von Songmics?", // pain, money
        { score: 40 },
      ),
      [
        comment("c1", "Wie kann ich die Scharniere nachziehen?", 9), // advice: "wie kann ich"
        comment("c2", "Gibt es eine Alternative zu IKEA, die nicht so teuer ist?", 8), // solution, money
        comment("c3", "Der Deckel ist nicht kaputt, alles gut.", 7), // "nicht kaputt": no pain
        comment("c4", "Für 40 € bekommst du bei Amazon einen guten.", 6), // money: "€"
      ],
    );
    expect(groupCounts(page)).toEqual({
      language: "de",
      method: "count-x-documents",
      pain: ["p1"],
      solutionRequests: ["p1", "c2"],
      adviceRequests: ["c1"],
      money: ["p1", "c2", "c4"],
    });
    const analysis = analyseRedditPage(page, NOW);
    expect(analysis.groups.pain.examples[0]).toMatchObject({
      quote: "Mein alter Hocker ist kaputt und das nervt.",
      cue: "kaputt",
    });
    expect(analysis.groups.money.examples[0]).toMatchObject({
      quote: "Lohnt sich der teure von Songmics?",
      cue: "lohnt sich",
    });
  });

  it("should read French cues, elisions and accents included", () => {
    const page = thread(
      post(
        "p1",
        "Je cherche un pouf coffre pliable", // solution-request: "je cherche"
        "Le mien est cassé, quelle galère. Ça vaut le coup de payer plus cher ?", // pain: "cassé"; money
        { score: 40 },
      ),
      [
        comment("c1", "Comment faire pour réparer la charnière ?", 9), // advice: "comment faire"
        comment("c2", "Existe-t-il une alternative à IKEA ?", 8), // solution-request: "existe-t-il"
        comment("c3", "Honnêtement, je ne le déteste pas.", 7), // "ne le déteste": no pain
        comment("c4", "Le prix est correct pour 35 euros.", 6), // money: "prix"
      ],
    );
    expect(groupCounts(page)).toEqual({
      language: "fr",
      method: "count-x-documents",
      pain: ["p1"],
      solutionRequests: ["p1", "c2"],
      adviceRequests: ["c1"],
      money: ["p1", "c4"],
    });
    const analysis = analyseRedditPage(page, NOW);
    expect(analysis.groups.pain.examples[0]).toMatchObject({
      quote: "Le mien est cassé, quelle galère.",
      cue: "casse",
    });
    expect(analysis.groups.money.examples[0]).toMatchObject({
      quote: "Ça vaut le coup de payer plus cher ?",
      cue: "ca vaut le coup",
    });
  });

  it("should read Spanish cues, inverted question marks included", () => {
    const page = thread(
      post(
        "p1",
        "Busco un puf plegable con almacenamiento", // solution-request: "busco"
        "El mío se rompió y lo odio. ¿Vale la pena pagar más?", // pain: "se rompió"; money: "vale la pena"
        { score: 40 },
      ),
      [
        comment("c1", "¿Cómo puedo arreglar la bisagra?", 9), // advice: "cómo puedo"
        comment("c2", "¿Hay algún modelo más barato que el de IKEA?", 8), // solution-request, money
        comment("c3", "No me molesta, la verdad.", 7), // "no me molesta": no pain
        comment("c4", "Cuesta unos 30 euros en Amazon.", 6), // money: "cuesta"
      ],
    );
    expect(groupCounts(page)).toEqual({
      language: "es",
      method: "count-x-documents",
      pain: ["p1"],
      solutionRequests: ["p1", "c2"],
      adviceRequests: ["c1"],
      money: ["p1", "c2", "c4"],
    });
    expect(analyseRedditPage(page, NOW).groups.pain.examples[0]).toMatchObject({
      quote: "El mío se rompió y lo odio.",
      cue: "se rompio",
    });
  });

  it("should apply English cues on a non-English page too (Reddit mixes languages)", () => {
    const page = thread(post("p1", "Welcher Hocker ist der beste?", "Ich habe keine Ahnung, was ich kaufen soll."), [
      comment("c1", "Ehrlich gesagt ist der von IKEA worth it, wie man so schön sagt."),
    ]);
    const analysis = analyseRedditPage(page, NOW);
    expect(analysis.language).toBe("de");
    expect(analysis.groups.money.examples.map(({ id, cue }) => [id, cue])).toEqual([["c1", "worth it"]]);
  });
});

describe("analyseRedditPage on an empty page", () => {
  it("should give empty groups and phrases without throwing", () => {
    for (const page of [
      listing([]),
      thread(post("p1", "", ""), []),
      thread(post("p1", "[deleted]", "[removed]"), [comment("c1", "[deleted]", null, { deleted: true })]),
    ]) {
      const analysis = analyseRedditPage(page, NOW);
      expect(redditAnalysisSchema.parse(analysis)).toEqual(analysis);
      for (const group of Object.values(analysis.groups)) expect(group).toEqual({ count: 0, examples: [] });
      expect(analysis.phrases).toEqual([]);
      expect(analysis.language).toBe("en");
    }
    const empty = analyseRedditPage(listing([]), NOW);
    expect(empty.subreddits).toEqual([]);
    expect(empty.texts).toEqual([]);
    expect(empty.engagement).toEqual({
      posts: 0,
      postScoreTotal: 0,
      postScoreMedian: null,
      reportedComments: 0,
      loadedComments: 0,
      deletedComments: 0,
      notLoadedComments: 0,
      commentScoreTotal: 0,
      commentScoreMedian: null,
      postAgeHours: null,
      commentsPerHour: null,
      commentsPerPost: null,
    });
  });
});

describe("redditDemandSignals", () => {
  const page = thread(
    post("p1", "Folding storage ottoman recommendations?", "Looking for one that doesn't wobble.", {
      score: 300,
      comments: 40,
    }),
    [
      comment("c1", "My folding storage ottoman broke in a month.", 20), // mentions; pain
      comment("c2", "Is there a folding-storage-ottoman with wheels?", 10), // mentions (hyphens); solution-request
      comment("c3", "Two FOLDING STORAGE OTTOMANS later, still happy.", -4), // mentions (case, plural)
      comment("c4", "I hate my ottoman. Is there a better one?", 50), // does not name the keyword
      comment("c5", "folding storage ottoman, looking for one too", null, { deleted: true }), // deleted
      comment("c6", "A folding storage ottomanette is not a thing.", 1), // a longer word: not a mention
    ],
  );
  const analysis = analyseRedditPage(page, NOW);

  it("should count only the texts that name the keyword", () => {
    const signals = redditDemandSignals(analysis, "Folding Storage Ottoman");
    expect(redditDemandSignalsSchema.parse(signals)).toEqual(signals);
    expect(signals).toEqual({
      keyword: "Folding Storage Ottoman",
      mentions: 4, // p1, c1, c2, c3
      solutionRequests: 2, // p1 ("looking for"), c2 ("is there a")
      painPoints: 1, // c1 ("broke")
      engagement: { posts: 1, comments: 3, scoreTotal: 326, scoreMedian: 15, replies: 40 },
    });
  });

  it("should count the other texts for a keyword they name", () => {
    const signals = redditDemandSignals(analysis, "ottoman");
    expect(signals.mentions).toBe(5); // all but the deleted comment and "ottomanette"
    expect(signals.painPoints).toBe(2); // c1, c4
    expect(signals.solutionRequests).toBe(3); // p1, c2, c4
  });

  it("should find nothing for an empty keyword or a keyword not on the page", () => {
    for (const keyword of ["", "  ", "bean bag"]) {
      expect(redditDemandSignals(analysis, keyword)).toEqual({
        keyword,
        mentions: 0,
        solutionRequests: 0,
        painPoints: 0,
        engagement: { posts: 0, comments: 0, scoreTotal: 0, scoreMedian: null, replies: 0 },
      });
    }
  });
});
