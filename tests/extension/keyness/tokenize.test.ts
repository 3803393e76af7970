import { describe, expect, it } from "vitest";
import { reviewLanguage, reviewWords, wordRole, WordRole } from "../../../extension/core/keyness/review-words";
import { addPhrases, cleanReviewText, displayPhrase, tokenize } from "../../../extension/core/keyness/tokenize";
import type { ReviewLanguage } from "../../../extension/core/keyness/review-words";

function phrases(text: string, language: ReviewLanguage): string[] {
  const found = new Set<string>();
  addPhrases(tokenize(text, language), language, found);
  return [...found];
}

describe("tokenize", () => {
  it("should lowercase words and split clauses at punctuation and line breaks", () => {
    expect(tokenize("Stopped working after 2 weeks. Terrible!\nNever again", "en")).toEqual([
      ["stopped", "working", "after", "2", "weeks"],
      ["terrible"],
      ["never", "again"],
    ]);
  });

  it("should keep apostrophes and hyphens inside words, typographic apostrophes included", () => {
    expect(tokenize("It doesn’t charge the USB-C port", "en")).toEqual([
      ["it", "doesn't", "charge", "the", "usb-c", "port"],
    ]);
  });

  it("should keep German umlauts and ß inside words", () => {
    expect(tokenize("Die Qualität ist schlecht, Größe passt nicht. Außerdem", "de")).toEqual([
      ["die", "qualität", "ist", "schlecht"],
      ["größe", "passt", "nicht"],
      ["außerdem"],
    ]);
  });

  it("should split French elisions into the elided article and the word", () => {
    expect(tokenize("L'appareil ne marche pas, c’est nul. Aujourd'hui", "fr")).toEqual([
      ["l'", "appareil", "ne", "marche", "pas"],
      ["c'", "est", "nul"],
      ["aujourd'hui"],
    ]);
  });

  it("should split Italian elisions", () => {
    expect(tokenize("Dell'acqua nell'apparecchio, un'ora", "it")).toEqual([
      ["dell'", "acqua", "nell'", "apparecchio"],
      ["un'", "ora"],
    ]);
  });

  it("should read markup in review text as text, not as words", () => {
    expect(tokenize("<b>Broke</b> after a week<br>Junk &amp; waste <img src=x onerror=alert(1)>", "en")).toEqual([
      ["broke", "after", "a", "week"],
      ["junk"],
      ["waste"],
    ]);
  });

  it("should segment Japanese with the browser's word segmenter", () => {
    // ICU's dictionary segmentation (Node 20 / Chrome): "電池|の|持ち|が|悪い".
    expect(tokenize("電池の持ちが悪い。すぐに壊れました", "ja")).toEqual([
      ["電池", "の", "持ち", "が", "悪い"],
      ["すぐ", "に", "壊", "れ", "ま", "した"],
    ]);
  });

  it("should give nothing for empty text", () => {
    expect(tokenize("", "en")).toEqual([]);
    expect(tokenize("  ...!!  ", "de")).toEqual([]);
  });
});

describe("addPhrases", () => {
  it("should make 1–3-grams that neither start nor end with a stopword", () => {
    expect(phrases("Easy to clean", "en").sort()).toEqual(["clean", "easy", "easy to clean"]);
    // "after" and "the" are stopwords: never at an edge.
    expect(phrases("stopped working after the update", "en").sort()).toEqual([
      "stopped",
      "stopped working",
      "update",
      "working",
    ]);
  });

  it("should let negations and numbers sit at an edge but never stand alone", () => {
    expect(phrases("doesn't work", "en").sort()).toEqual(["doesn't work", "work"]);
    expect(phrases("2 weeks", "en").sort()).toEqual(["2 weeks", "weeks"]);
    expect(phrases("funktioniert nicht", "de").sort()).toEqual(["funktioniert", "funktioniert nicht"]);
    expect(phrases("not", "en")).toEqual([]);
  });

  it("should keep review words that general stopword lists drop", () => {
    // stopwords-iso lists "working", "years", "schlecht", "gut", "bien": they carry the complaint or the praise.
    expect(phrases("stopped working", "en")).toContain("stopped working");
    expect(phrases("sehr schlecht", "de")).toEqual(["schlecht"]);
    expect(phrases("très bien", "fr")).toEqual(["bien"]);
  });

  it("should not join words across clauses", () => {
    expect(phrases("cheap. plastic", "en")).toEqual(["cheap", "plastic"]);
  });

  it("should leave the elided article out of phrase edges", () => {
    // "ne" and "pas" are negations: they may end a phrase ("appareil ne") but not stand alone.
    expect(phrases("l'appareil ne marche pas", "fr").sort()).toEqual([
      "appareil",
      "appareil ne",
      "appareil ne marche",
      "marche",
      "marche pas",
      "ne marche",
      "ne marche pas",
    ]);
  });

  it("should mine Japanese phrases across particles", () => {
    expect(phrases("電池の持ちが悪い", "ja").sort()).toEqual(
      ["悪い", "持ち", "持ち が 悪い", "電池", "電池 の 持ち"].sort(),
    );
  });
});

describe("displayPhrase", () => {
  it("should write Japanese without spaces and elided articles joined", () => {
    expect(displayPhrase("電池 の 持ち", "ja")).toBe("電池の持ち");
    expect(displayPhrase("bruit de l' appareil", "fr")).toBe("bruit de l'appareil");
    expect(displayPhrase("stopped working", "en")).toBe("stopped working");
  });
});

describe("cleanReviewText", () => {
  it("should turn markup into plain text and keep line breaks", () => {
    expect(cleanReviewText("Great&nbsp;pan<br/>  <i>but</i>   the handle&#39;s loose &#x263A;")).toBe(
      "Great pan\nbut the handle's loose ☺",
    );
  });
});

describe("review words", () => {
  it("should read language tags", () => {
    expect(reviewLanguage("de-DE")).toBe("de");
    expect(reviewLanguage("ja_JP")).toBe("ja");
    expect(reviewLanguage("EN")).toBe("en");
    expect(reviewLanguage("nl")).toBeNull();
    expect(reviewLanguage("ar-AE")).toBeNull();
  });

  it("should classify words by the role they may play in a phrase", () => {
    const en = reviewWords("en");
    expect(wordRole("the", en)).toBe(WordRole.Stop);
    expect(wordRole("working", en)).toBe(WordRole.Content);
    expect(wordRole("never", en)).toBe(WordRole.Bound);
    expect(wordRole("42", en)).toBe(WordRole.Bound);
    expect(wordRole("l'", reviewWords("fr"))).toBe(WordRole.Stop);
    expect(wordRole("れ", reviewWords("ja"))).toBe(WordRole.Stop);
    expect(wordRole("ない", reviewWords("ja"))).toBe(WordRole.Bound);
  });
});
