import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../../devstore/seed/catalogue";
import { productImageSvg } from "../../../devstore/seed/images";
import { openBrowser } from "../../browser/harness";

const handles = CATALOGUE.map((product) => product.handle);

describe("the product images", () => {
  it.each(handles)("draw %s as a standalone SVG that names the product", (handle) => {
    const svg = productImageSvg(handle)!;
    const product = CATALOGUE.find((p) => p.handle === handle)!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="800"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    for (const word of product.title.split(" ")) expect(svg).toContain(word);
    // Nothing to fetch: no images, fonts or links; the only URL is the SVG namespace.
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
    expect(svg).not.toMatch(/<image|@import|@font-face|url\(/);
  });

  it("are none for a handle outside the catalogue", () => {
    expect(productImageSvg("no-such-product")).toBeNull();
  });

  it("are drawn differently for each product", () => {
    expect(new Set(handles.map(productImageSvg)).size).toBe(handles.length);
  });

  it("parse and render in a browser at 800 × 800", async () => {
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      const svgs = handles.map((handle) => productImageSvg(handle)!);
      const rendered = await page.evaluate(async (sources) => {
        return Promise.all(
          sources.map(async (source) => {
            const parsed = new DOMParser().parseFromString(source, "image/svg+xml");
            const image = new Image();
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
            await image.decode();
            return {
              wellFormed: !parsed.querySelector("parsererror"),
              size: `${image.naturalWidth}×${image.naturalHeight}`,
            };
          }),
        );
      }, svgs);
      expect(rendered).toEqual(svgs.map(() => ({ wellFormed: true, size: "800×800" })));
    } finally {
      await browser.close();
    }
  });
});
