import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { storage } from "wxt/utils/storage";
import { defaultResearchSettings } from "../../../extension/core/research-settings";
import { handleResearchMessage } from "../../../extension/messaging/background-handler";
import { saveResearchSettings } from "../../../extension/storage/research-settings";
import { listSavedIdeas } from "../../../extension/storage/saved-ideas";

const idea = {
  version: 1 as const,
  id: "amazon.de:search:flasche",
  savedAt: "2026-11-26T10:00:00.000Z",
  url: "https://www.amazon.de/s?k=flasche",
  kind: "amazon-search" as const,
  marketplace: "amazon.de",
  asin: null,
  title: "flasche",
  price: { amount: 14.99, currency: "EUR" },
  rating: null,
  ratingCount: null,
  bsr: [],
  estimate: null,
  score: { demand: 40, competition: 60, profit: 50, overall: 50 },
  complaints: [],
  praise: [],
  note: "",
  keyword: "portable charger",
  selection: null,
  linkedReddit: [],
  reddit: null,
};

describe("the background, answering the content script", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("stores a saved idea after validating it", async () => {
    expect(await handleResearchMessage({ type: "save-idea", idea })).toEqual({ ok: true });
    expect(await listSavedIdeas()).toEqual([idea]);
  });

  it("refuses an idea that does not match the schema, says why, and stores nothing", async () => {
    const reply = await handleResearchMessage({ type: "save-idea", idea: { ...idea, url: "not a url" } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining("url") });
    expect(await listSavedIdeas()).toEqual([]);
  });

  it("gives the score settings the researcher saved, or the defaults", async () => {
    expect(await handleResearchMessage({ type: "research-settings" })).toEqual(defaultResearchSettings);
    const mine = { weights: { demand: 8, competition: 2, profit: 5 }, landedCostShare: 0.4 };
    await saveResearchSettings(mine);
    expect(await handleResearchMessage({ type: "research-settings" })).toEqual(mine);
  });

  it("falls back to the defaults when stored settings no longer validate", async () => {
    await storage.setItem("local:researchSettings", { weights: { demand: 0, competition: 0, profit: 0 } });
    expect(await handleResearchMessage({ type: "research-settings" })).toEqual(defaultResearchSettings);
  });

  it("ignores messages it does not know", async () => {
    expect(await handleResearchMessage({ type: "something-else" })).toBeUndefined();
  });
});
