import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../extension/core/reddit-analysis/language";

describe("detectLanguage", () => {
  it("should tell English, German, French and Spanish apart by their stopwords", () => {
    expect(detectLanguage(["I bought it for my living room and it was the best thing I have done this year."])).toBe(
      "en",
    );
    expect(detectLanguage(["Ich habe ihn für mein Wohnzimmer gekauft und bin damit sehr zufrieden."])).toBe("de");
    expect(detectLanguage(["Je l'ai acheté pour mon salon et c'est vraiment ce que je cherchais."])).toBe("fr");
    expect(detectLanguage(["Lo compré para mi salón y es justo lo que buscaba, pero llegó tarde."])).toBe("es");
  });

  it("should read the page as a whole: a few English words in a German thread do not make it English", () => {
    expect(
      detectLanguage([
        "Welcher Hocker ist der beste?",
        "Ich würde den von IKEA nehmen, der ist wirklich gut.",
        "lol, worth it",
        "Meiner ist nach zwei Wochen kaputt gegangen, aber der Ersatz kam schnell.",
      ]),
    ).toBe("de");
  });

  it("should fall back to English without a single stopword hit", () => {
    expect(detectLanguage([])).toBe("en");
    expect(detectLanguage(["", "   ", "123 456 !!!"])).toBe("en");
    expect(detectLanguage(["IKEA Söderhamn 🙂"])).toBe("en");
  });
});
