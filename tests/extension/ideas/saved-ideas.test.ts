import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ideasToCsv } from "../../../extension/core/ideas/ideas-csv";
import type { SavedIdea } from "../../../extension/core/ideas/saved-idea";
import { listSavedIdeas, removeIdea, saveIdea } from "../../../extension/storage/saved-ideas";

const idea: SavedIdea = {
  version: 1,
  id: "amazon.com:B00FLYWNYQ",
  savedAt: "2026-11-26T10:00:00.000Z",
  url: "https://www.amazon.com/dp/B00FLYWNYQ",
  kind: "amazon-product",
  marketplace: "amazon.com",
  asin: "B00FLYWNYQ",
  title: "Instant Pot Duo 7-in-1, 6 Quart",
  price: { amount: 99.95, currency: "USD" },
  rating: 4.6,
  ratingCount: 129762,
  bsr: [
    { rank: 60, category: "Kitchen & Dining" },
    { rank: 1, category: "Electric Pressure Cookers" },
  ],
  estimate: { units: 9000, low: 4500, high: 18000, revenue: 899550 },
  score: { demand: 90, competition: 20, profit: 55, overall: 55 },
  complaints: [{ phrase: "lid seal", count: 4 }],
  praise: [{ phrase: "easy to use", count: 6 }],
  note: "",
  keyword: null,
  selection: null,
  linkedReddit: [],
  reddit: null,
};

describe("saved ideas", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("are kept in extension storage and listed back", async () => {
    await saveIdea(idea);
    expect(await listSavedIdeas()).toEqual([idea]);
  });

  it("replace an earlier save of the same product instead of duplicating it", async () => {
    await saveIdea(idea);
    await saveIdea({ ...idea, note: "check the lid" });
    expect((await listSavedIdeas()).map((i) => i.note)).toEqual(["check the lid"]);
  });

  it("refuse a record that does not match the schema, and keep what was there", async () => {
    await saveIdea(idea);
    await expect(saveIdea({ ...idea, id: "x", asin: "not-an-asin" })).rejects.toThrow();
    expect(await listSavedIdeas()).toHaveLength(1);
  });

  it("can be removed and saved again (undo)", async () => {
    await saveIdea(idea);
    await removeIdea(idea.id);
    expect(await listSavedIdeas()).toEqual([]);
    await saveIdea(idea);
    expect(await listSavedIdeas()).toEqual([idea]);
  });

  it("export as CSV with quoting and no spreadsheet formulas", () => {
    const csv = ideasToCsv([{ ...idea, title: 'Pot, "Duo"', note: "=HYPERLINK(1)" }]);
    const [header, row] = csv.trimEnd().split("\r\n");
    expect(header.split(",")[0]).toBe("saved_at");
    expect(row).toContain('"Pot, ""Duo"""');
    expect(row).toContain("'=HYPERLINK(1)");
    expect(row).toContain("#60 in Kitchen & Dining; #1 in Electric Pressure Cookers");
  });
});
