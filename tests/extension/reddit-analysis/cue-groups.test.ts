import { describe, expect, it } from "vitest";
import { cueSource, findCues } from "../../../extension/core/reddit-analysis/cue-groups";
import { CUE_GROUPS, CUES, NEGATIONS, type CueLanguage } from "../../../extension/core/reddit-analysis/cues";
import { cleanRedditText, fold, QUOTE_MAX_CHARS } from "../../../extension/core/reddit-analysis/text";

function groups(text: string, languages: CueLanguage[] = ["en"]): Record<string, string> {
  return Object.fromEntries(findCues(cleanRedditText(text), languages).map((hit) => [hit.group, hit.cue]));
}

describe("findCues", () => {
  it("should find the GummySearch trigger phrases in their groups", () => {
    expect(groups("So frustrated with this thing")).toEqual({ pain: "frustrated" });
    expect(groups("I hate the lid")).toEqual({ pain: "hate" });
    expect(groups("Looking for a sturdy one")).toEqual({ "solution-request": "looking for" });
    expect(groups("What would you recommend?")).toEqual({ "solution-request": "what would you recommend" });
    expect(groups("How do I clean velvet")).toEqual({ "advice-request": "how do i" });
    expect(groups("Is it worth paying more")).toEqual({ money: "worth paying" });
    expect(groups("My budget is tight")).toEqual({ money: "budget" });
  });

  it("should match whole words only", () => {
    expect(groups("Whatever, it is chatty")).toEqual({}); // "hate" inside "whatever" and "chatty"
    expect(groups("A cheapskate's priceless costume")).toEqual({}); // "cheap", "price", "cost" inside words
    expect(groups("Frustrating!")).toEqual({ pain: "frustrating" }); // "frustrat*" goes on
  });

  it("should ignore case and accents", () => {
    expect(groups("LOOKING FOR a STURDY one")).toEqual({ "solution-request": "looking for" });
    expect(groups("Das ist ÄRGERLICH", ["de"])).toEqual({ pain: "argerlich" });
    expect(groups("Das ist aergerlich", ["de"])).toEqual({}); // a spelling, not an accent: not folded
    expect(groups("C'est une GALERE", ["fr"])).toEqual({ pain: "galere" });
    expect(groups("¿COMO PUEDO hacerlo?", ["es"])).toEqual({ "advice-request": "como puedo" });
  });

  it("should match across runs of spaces, line breaks inside a sentence and typographic apostrophes", () => {
    expect(groups("It  doesn’t   work")).toEqual({ pain: "doesn't work" });
    expect(groups("existe t il un modèle ?", ["fr"])).toEqual({ "solution-request": "existe t il" });
    expect(groups("That's a total ripoff")).toEqual({ pain: "ripoff" });
  });

  it("should let '…' stand for one to three words", () => {
    expect(groups("Best ottoman for a dorm?")).toEqual({ "solution-request": "best ottoman for" });
    expect(groups("Best cheap sturdy ottoman for a dorm?")).toMatchObject({
      "solution-request": "best cheap sturdy ottoman for",
    });
    expect(groups("Best for a dorm?")).toEqual({}); // no word between
    expect(groups("Best of all the cheap ones for a dorm?")).toEqual({ money: "cheap" }); // four words between
  });

  it("should count question-only cues in questions only", () => {
    expect(groups("I recommend the IKEA one")).toEqual({});
    expect(groups("Which one do you recommend?")).toEqual({ "solution-request": "recommend" });
    // The question mark must be in the same sentence.
    expect(groups("I recommend the IKEA one. Why?")).toEqual({});
    expect(groups("Was könnt ihr empfehlen?", ["de"])).toEqual({ "solution-request": "empfehlen" });
  });

  it("should match currency signs anywhere", () => {
    expect(groups("Paid $40")).toEqual({ money: "paid" });
    expect(groups("It was 40€ at Aldi", ["de"])).toEqual({ money: "€" });
    expect(groups("It was US$40")).toEqual({ money: "$" });
  });

  it("should drop pain and solution-request cues right after a negation", () => {
    expect(groups("I don't hate it")).toEqual({});
    expect(groups("Never had a problem with it")).toEqual({});
    expect(groups("I'm not looking for a new one")).toEqual({});
    expect(groups("It's not annoying at all")).toEqual({});
    // A negation four words back, or behind a comma, is about something else.
    expect(groups("Not that I care much, but I hate it")).toEqual({ pain: "hate" });
    expect(groups("Not sure why I even hate it")).toEqual({ pain: "hate" });
    // Negation does not cancel money talk or advice requests.
    expect(groups("Not cheap")).toEqual({ money: "cheap" });
    expect(groups("I don't know how to fix it")).toEqual({ "advice-request": "how to" });
  });

  it("should read negations in German, French and Spanish", () => {
    expect(groups("Der ist nicht kaputt", ["de", "en"])).toEqual({});
    expect(groups("Ce n'est pas nul", ["fr", "en"])).toEqual({});
    expect(groups("Je ne déteste pas", ["fr", "en"])).toEqual({});
    expect(groups("No lo odio", ["es", "en"])).toEqual({});
  });

  it("should use the next match in the sentence when the first is negated", () => {
    expect(groups("I don't hate the color but the hinge is broken")).toEqual({ pain: "broken" });
  });

  it("should quote the first sentence with a cue of each group", () => {
    const hits = findCues(
      cleanRedditText("Got it last week. The hinge broke on day two!\nNow I'm looking for a refund. Cost me $80."),
      ["en"],
    );
    expect(hits).toEqual([
      { group: "pain", quote: "The hinge broke on day two!", cue: "broke" },
      { group: "solution-request", quote: "Now I'm looking for a refund.", cue: "looking for" },
      { group: "money", quote: "Cost me $80.", cue: "cost" },
    ]);
  });

  it("should cut a long sentence to 200 characters around the cue", () => {
    const before = "word ".repeat(60);
    const after = " more".repeat(60);
    const [hit] = findCues(cleanRedditText(`${before}this is so annoying${after}.`), ["en"]);
    expect(hit.cue).toBe("annoying");
    expect(hit.quote.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    expect(hit.quote).toContain("this is so annoying");
    expect(hit.quote.startsWith("…word")).toBe(true);
    expect(hit.quote.endsWith("more…")).toBe(true);
  });

  it("should only use the cues of the languages asked for", () => {
    expect(groups("Ich suche einen Hocker", ["en"])).toEqual({});
    expect(groups("Ich suche einen Hocker", ["de"])).toEqual({ "solution-request": "ich suche" });
  });

  it("should give nothing for empty text", () => {
    expect(findCues("", ["en", "de", "fr", "es"])).toEqual([]);
  });
});

describe("cue lists", () => {
  it("should compile every cue, and find each cue's own text in its group with the languages a page uses", () => {
    // With English cues beside the page's own, as analyseRedditPage applies them: a cue of another group that
    // matched at the same place first would hide the cue (findCues sees one cue per starting character).
    for (const language of Object.keys(CUES) as CueLanguage[]) {
      for (const group of CUE_GROUPS) {
        for (const entry of CUES[language][group]) {
          const cue = entry.replace(/^\?/, "");
          const example = `${cue.replace("…", "big red").replace(/\*$/, "ed")}?`;
          const hits = findCues(example, [language, "en"]);
          expect(
            hits.map((hit) => hit.group),
            `${language} ${group} "${entry}"`,
          ).toContain(group);
          expect(() => new RegExp(cueSource(fold(cue)))).not.toThrow();
        }
      }
    }
  });

  it("should see cues inside or overlapping a cue of another group", () => {
    expect(groups("What a waste of money")).toEqual({ pain: "waste of money", money: "money" });
    expect(groups("Should I spend more?")).toEqual({ "advice-request": "should i", money: "spend" });
  });

  it("should compare negation words without accents", () => {
    expect(NEGATIONS.es).toContain("ningún");
    expect(groups("Ningún problema con el mío", ["es"])).toEqual({});
    expect(groups("Ningun problema con el mío", ["es"])).toEqual({});
    expect(groups("Tengo un problema con el mío", ["es"])).toEqual({ pain: "problema con" });
  });
});
