import { describe, expect, it } from "vitest";
import { bestSellersRanksFromText, parseBestSellersRanks } from "../../../extension/core/amazon/best-sellers-rank";
import { pageFrom } from "./pages";

describe("Best Sellers Rank lines", () => {
  it.each([
    [
      "amazon.com",
      "#60 in Kitchen & Dining (See Top 100 in Kitchen & Dining) #1 in Electric Pressure Cookers",
      [
        { rank: 60, category: "Kitchen & Dining" },
        { rank: 1, category: "Electric Pressure Cookers" },
      ],
    ],
    [
      "amazon.de",
      "Nr. 50.989 in Drogerie & Körperpflege (Siehe Top 100 in Drogerie & Körperpflege) Nr. 120 in Zahnbürsten",
      [
        { rank: 50989, category: "Drogerie & Körperpflege" },
        { rank: 120, category: "Zahnbürsten" },
      ],
    ],
    [
      "amazon.fr",
      "n° 1 234 en Cuisine et Maison (Voir les 100 premiers en Cuisine et Maison) n° 5 en Moulins à café",
      [
        { rank: 1234, category: "Cuisine et Maison" },
        { rank: 5, category: "Moulins à café" },
      ],
    ],
    [
      "amazon.it",
      "n. 1.234 in Casa e cucina (Visualizza i Top 100 nella categoria Casa e cucina) n. 7 in Bilance da cucina",
      [
        { rank: 1234, category: "Casa e cucina" },
        { rank: 7, category: "Bilance da cucina" },
      ],
    ],
    [
      "amazon.es",
      "nº 2.345 en Hogar y cocina (Ver el Top 100 en Hogar y cocina) nº 9 en Básculas de cocina",
      [
        { rank: 2345, category: "Hogar y cocina" },
        { rank: 9, category: "Básculas de cocina" },
      ],
    ],
  ])("are read in the %s format", (_, text, ranks) => {
    expect(bestSellersRanksFromText(text)).toEqual(ranks);
  });

  it("put the root category first when the page lists a sub-rank before it", () => {
    expect(
      bestSellersRanksFromText("#4 in Rice Cookers #60 in Kitchen & Dining (See Top 100 in Kitchen & Dining)"),
    ).toEqual([
      { rank: 60, category: "Kitchen & Dining" },
      { rank: 4, category: "Rice Cookers" },
    ]);
  });

  it("are read from the legacy <li id=SalesRank> with a bold label and an inline style", () => {
    const page = pageFrom(`<div id="detail-bullets"><ul>
      <li id="SalesRank"><b>Amazon Best Sellers Rank:</b> #1,234 in Books (<a href="/gp/bestsellers/books">See Top 100 in Books</a>)
        <style type="text/css">.zg_hrsr { margin: 0; padding: 0; list-style-type: none; }</style>
        <ul class="zg_hrsr"><li class="zg_hrsr_item"><span class="zg_hrsr_rank">#12</span>
          <span class="zg_hrsr_ladder">in&nbsp;<a href="/b">Books</a> &gt; <a href="/c">Mystery</a></span></li></ul></li></ul></div>`);
    expect(parseBestSellersRanks(page)).toEqual([
      { rank: 1234, category: "Books" },
      { rank: 12, category: "Books > Mystery" },
    ]);
  });

  it("are an empty list when the page shows no rank", () => {
    expect(parseBestSellersRanks(pageFrom("<div id='dp'></div>"))).toEqual([]);
  });
});
