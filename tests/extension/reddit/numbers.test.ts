import { describe, expect, it } from "vitest";
import { absoluteUrl, authorName, thingId } from "../../../extension/core/reddit/fields";
import { parseRedditCount, parseRedditNumber } from "../../../extension/core/reddit/numbers";
import { blockText, inlineText } from "../../../extension/core/reddit/text";
import { isoTime } from "../../../extension/core/reddit/time";
import { pageFrom } from "./pages";

describe("parseRedditNumber", () => {
  it.each([
    ["7811", 7811],
    ["970 bodov", 970],
    ["782 komentárov", 782],
    ["1 bod", 1],
    ["4 body", 4],
    ["1,234 points", 1234],
    ["1.234 Punkte", 1234],
    ["1 234 points", 1234], // French, narrow no-break space
    ["1.234 Kommentare", 1234],
    ["56 commentaires", 56],
    ["1.234 comentarios", 1234],
    ["12 puntos", 12],
    ["21.5k", 21500],
    ["96.1k", 96100],
    ["21.5K", 21500],
    ["21,5 k", 21500],
    ["1.2m", 1200000],
    ["1,2 Mio.", 1200000],
    ["21,5 mil", 21500],
    ["1.1k comments", 1100],
    ["-3 points", -3],
    ["−12", -12],
    ["5 weitere Antworten", 5],
    ["load more comments (213 replies)", 213],
    ["načítať viac komentárov (1 odpoveď)", 1],
    ["•", null],
    ["Vote", null],
    ["[score hidden]", null],
    ["", null],
    [null, null],
  ])("%s → %s", (text, value) => {
    expect(parseRedditNumber(text)).toBe(value);
  });

  it("reads no negative counts", () => {
    expect(parseRedditCount("-3")).toBeNull();
    expect(parseRedditCount("3 more replies")).toBe(3);
  });
});

describe("isoTime", () => {
  it.each([
    [1510353123, "2017-11-10T22:32:03.000Z"], // created_utc
    [1510353123.0, "2017-11-10T22:32:03.000Z"],
    ["1476354491000", "2016-10-13T10:28:11.000Z"], // data-timestamp
    ["2024-03-01T18:22:24.180000+0000", "2024-03-01T18:22:24.180Z"], // shreddit
    ["2016-10-13T10:28:11+00:00", "2016-10-13T10:28:11.000Z"], // <time datetime>
    ["2024-03-01T20:22:24+0200", "2024-03-01T18:22:24.000Z"],
    ["4 yr. ago", null],
    ["", null],
    [null, null],
  ])("%s → %s", (value, iso) => {
    expect(isoTime(value)).toBe(iso);
  });
});

describe("field readers", () => {
  it("reads ids of the right type only", () => {
    expect(thingId("t3", "t3_579km2")).toBe("579km2");
    expect(thingId("t1", "t3_579km2", "t1_d8q3zds")).toBe("d8q3zds");
    expect(thingId("t1", "Comment", "579km2", null)).toBeNull();
  });

  it("reads user names, deleted accounts as null", () => {
    expect(authorName("u/moniso")).toBe("moniso");
    expect(authorName(" /u/moniso ")).toBe("moniso");
    expect(authorName("[deleted]")).toBeNull();
    expect(authorName("")).toBeNull();
  });

  it("resolves links against the page", () => {
    expect(absoluteUrl("/r/x/comments/abc/", "https://old.reddit.com/r/x/")).toBe(
      "https://old.reddit.com/r/x/comments/abc/",
    );
    expect(absoluteUrl("javascript:void(0)", "https://old.reddit.com/")).toBeNull();
    expect(absoluteUrl(null, "https://old.reddit.com/")).toBeNull();
  });
});

describe("text of bodies", () => {
  const document = pageFrom(`<div id="body"><p>First
    line</p><blockquote><p>Quoted</p></blockquote><ul><li>one</li><li>two</li></ul><script>x()</script><p>a<br>b</p></div>`);

  it("keeps paragraphs and list items as lines, source line breaks as spaces", () => {
    expect(blockText(document.querySelector("#body"))).toBe("First line\nQuoted\none\ntwo\na\nb");
  });

  it("puts everything on one line for titles and counters", () => {
    expect(inlineText(document.querySelector("#body"))).toBe("First line Quoted one two a b");
    expect(inlineText(null)).toBe("");
  });
});
