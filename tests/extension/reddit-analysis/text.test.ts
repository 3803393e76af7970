import { describe, expect, it } from "vitest";
import {
  cleanRedditText,
  excerpt,
  fold,
  sentenceAround,
  sentences,
} from "../../../extension/core/reddit-analysis/text";

describe("fold", () => {
  it("should lowercase and drop accents, keeping every character's position", () => {
    for (const [text, folded] of [
      ["Qualität ÜBER alles", "qualitat uber alles"],
      ["Ça vaut le coup, CRÈME brûlée", "ca vaut le coup, creme brulee"],
      ["¿Cómo puedo? Años", "¿como puedo? anos"],
      ["Straße", "straße"],
      ["İstanbul", "istanbul"], // lowercase "i̇" is two characters: the unaccented "I", lowercased
      ["Price: 40€ 🙂", "price: 40€ 🙂"],
    ]) {
      expect(fold(text)).toBe(folded);
      expect(fold(text)).toHaveLength(text.length);
    }
  });
});

describe("cleanRedditText", () => {
  it("should drop quote lines, link addresses and bare URLs, and keep the link text", () => {
    expect(
      cleanRedditText(
        "> I'm looking for an ottoman\n\nTry [this **folding** one](https://amzn.to/abc) or https://www.ikea.com/x.&#x200B;",
      ),
    ).toBe("Try this folding one or");
  });

  it("should drop markdown marks and zero-width spacers", () => {
    expect(cleanRedditText("**Bold** and ~~gone~~ `code`\n&#x200B;\nNext\u200b line")).toBe(
      "Bold and gone code\nNext line",
    );
  });

  it("should decode entities and plain the apostrophes", () => {
    expect(cleanRedditText("It doesn’t work &amp; it&#39;s loud")).toBe("It doesn't work & it's loud");
  });

  it("should give an empty string for empty text", () => {
    expect(cleanRedditText("")).toBe("");
  });
});

describe("sentences", () => {
  it("should split at sentence ends and line breaks, not inside numbers", () => {
    expect(sentences("It costs 1.5 times more. Why?! Really…  OK\n\nNew line")).toEqual([
      "It costs 1.5 times more.",
      "Why?!",
      "Really…",
      "OK",
      "New line",
    ]);
  });
});

describe("sentenceAround", () => {
  it("should find the same sentences as sentences(), from any word inside them", () => {
    const text = "It costs 1.5 times more. Why?!  Really…  OK\n\nNew line. Last one";
    const expected = sentences(text);
    for (const sentence of expected) {
      const at = text.indexOf(sentence);
      for (const offset of [0, Math.floor(sentence.length / 2), sentence.length - 1]) {
        const bounds = sentenceAround(text, at + offset, at + offset + 1);
        expect(text.slice(bounds.start, bounds.end)).toBe(sentence);
      }
    }
  });
});

describe("excerpt", () => {
  it("should keep a short sentence whole", () => {
    expect(excerpt("Short one.", 0, 5)).toBe("Short one.");
  });

  it("should cut at spaces around the match and mark both cuts", () => {
    const sentence = `${"alpha ".repeat(10)}MATCH${" omega".repeat(10)}`;
    const cut = excerpt(sentence, 60, 65, 40);
    expect(cut).toBe("…alpha alpha MATCH omega omega…");
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it("should cut only the end when the match is at the start", () => {
    const cut = excerpt(`MATCH${" omega".repeat(50)}`, 0, 5, 30);
    expect(cut.startsWith("MATCH")).toBe(true);
    expect(cut.endsWith("omega…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});
