import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { marketplaceFromUrl } from "../../../extension/core/amazon/marketplace";
import { parseSearchPage } from "../../../extension/core/amazon/search-page";
import { parseHtmlDocument } from "../../../extension/core/dom";
import { ideaFromSearch } from "../../../extension/core/ideas/idea-from-analysis";
import { linkRedditDemand } from "../../../extension/core/ideas/link-reddit-demand";
import type { SavedIdea } from "../../../extension/core/ideas/saved-idea";
import { analyseSearch } from "../../../extension/core/page-analysis";
import { defaultResearchSettings } from "../../../extension/core/research-settings";
import { REDDIT_DEMAND_WEIGHT, redditDemandSignal } from "../../../extension/core/score/reddit-demand";
import { AMAZON_DEMAND_WEIGHT } from "../../../extension/core/score/demand";
import { listSavedIdeas, removeIdea, saveIdea } from "../../../extension/storage/saved-ideas";

const searchUrl = "https://www.amazon.com/s?k=portable+charger";
const search = analyseSearch(
  parseSearchPage(
    parseHtmlDocument(readFileSync("tests/fixtures/amazon/search/amazon_com_s_portable-charger_2026.html", "utf8")),
    searchUrl,
  ),
  marketplaceFromUrl(searchUrl)!,
  defaultResearchSettings,
);
const amazonIdea = ideaFromSearch(search, searchUrl, new Date("2026-11-26T09:00:00Z"));

const signals = (keyword: string, solutionRequests: number, painPoints: number, scoreMedian: number | null) => ({
  keyword,
  mentions: solutionRequests + painPoints + 4,
  solutionRequests,
  painPoints,
  engagement: { posts: 1, comments: solutionRequests + painPoints + 3, scoreTotal: 0, scoreMedian, replies: 0 },
});
const redditIdea = (id: string, keyword: string, s: ReturnType<typeof signals>): SavedIdea => ({
  version: 1,
  id,
  savedAt: "2026-11-26T09:05:00.000Z",
  url: `https://www.reddit.com/r/BuyItForLife/comments/${id}/`,
  kind: "reddit-thread",
  marketplace: "reddit.com",
  asin: null,
  title: "Best portable charger that lasts?",
  keyword,
  price: null,
  rating: null,
  ratingCount: null,
  bsr: [],
  estimate: null,
  score: null,
  complaints: [],
  praise: [],
  note: "",
  selection: null,
  linkedReddit: [],
  reddit: {
    subreddits: ["BuyItForLife"],
    language: "en",
    posts: 1,
    comments: 40,
    commentsPerHour: 2,
    groups: { pain: s.painPoints, solutionRequests: s.solutionRequests, adviceRequests: 0, money: 1 },
    examples: [],
    phrases: [{ phrase: "portable charger", count: 9 }],
    signals: s,
  },
});

describe("Reddit demand in the Amazon ideas' scores", () => {
  it("scores buyer-intent texts on a log scale, weighted by their upvotes, at half the Amazon evidence's weight", () => {
    expect(REDDIT_DEMAND_WEIGHT / AMAZON_DEMAND_WEIGHT).toBe(0.5);
    expect(redditDemandSignal([signals("portable charger", 0, 0, 50)]).score).toBe(0);
    // 2 + 1 intent texts with a median score of 0: exactly the "3 → 35" anchor.
    expect(redditDemandSignal([signals("portable charger", 2, 1, 0)])).toEqual({
      source: "Reddit",
      score: 35,
      weight: 0.5,
      reason: "“portable charger” on 1 Reddit page: 2 solution requests, 1 pain points of 7 mentions, median score 0",
    });
    // 5 intent texts × (1 + log10(1 + 9)) = 10 → the "10 → 60" anchor.
    expect(redditDemandSignal([signals("portable charger", 3, 2, 9)]).score).toBe(60);
  });

  it("re-score an Amazon idea under the same keyword, and only that one", () => {
    const reddit = redditIdea("abc123", "Portable  Charger", signals("portable charger", 3, 2, 9));
    const elsewhere = redditIdea("def456", "folding ottoman", signals("folding ottoman", 30, 30, 100));
    const [linked] = linkRedditDemand([amazonIdea, reddit, elsewhere], defaultResearchSettings.weights);
    const amazonDemand = search.score.demand.value;
    expect(linked.linkedReddit).toEqual(["abc123"]);
    expect(linked.score!.demand).toBe(Math.round((amazonDemand * 1 + 60 * 0.5) / 1.5));
    expect(linked.score!.competition).toBe(amazonIdea.score!.competition);
  });

  it("follow saves and removals in storage, and leave ideas without a keyword alone", async () => {
    fakeBrowser.reset();
    await saveIdea(amazonIdea);
    await saveIdea(redditIdea("abc123", "portable charger", signals("portable charger", 3, 2, 9)));
    const stored = (await listSavedIdeas()).find((idea) => idea.id === amazonIdea.id)!;
    expect(stored.linkedReddit).toEqual(["abc123"]);
    expect(stored.score!.demand).not.toBe(amazonIdea.score!.demand);

    await removeIdea("abc123");
    const unlinked = (await listSavedIdeas()).find((idea) => idea.id === amazonIdea.id)!;
    expect(unlinked.linkedReddit).toEqual([]);
    expect(unlinked.score).toEqual(amazonIdea.score);
  });

  beforeEach(() => fakeBrowser.reset());
  it("read ideas saved before keywords and Reddit existed, with empty links", async () => {
    const { keyword: _k, selection: _s, linkedReddit: _l, reddit: _r, ...older } = amazonIdea;
    await fakeBrowser.storage.local.set({ savedIdeas: [older] });
    const [read] = await listSavedIdeas();
    expect(read).toMatchObject({ id: amazonIdea.id, keyword: null, selection: null, linkedReddit: [], reddit: null });
  });
});
