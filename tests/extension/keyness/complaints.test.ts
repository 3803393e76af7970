import { describe, expect, it } from "vitest";
import { mineComplaints, type ReviewText } from "../../../extension/core/keyness/complaints";

// G² values are Dunning's 2×2 on review counts (log-likelihood.test.ts checks the formula); each is worked out here
// as 2·[Σ x·ln x over the cells − Σ over row and column totals + N·ln N].

const englishReviews: ReviewText[] = [
  { stars: 1, title: "Stopped working", body: "It stopped working after 2 weeks. The battery life is terrible." },
  { stars: 2, title: "Disappointed", body: "Stopped working after 3 days. Customer service never answered." },
  { stars: 1, title: "Junk", body: "Battery life is terrible and it stopped working. Doesn't work at all." },
  { stars: 5, title: "Great value", body: "Easy to use and great value for the money. Battery life is great." },
  { stars: 4, title: "Good", body: "Easy to use. Works as described, great value." },
  { stars: 5, title: "Love it", body: "Easy to clean and easy to use." },
  { stars: 3, title: "Ok", body: "It stopped working once." },
];

describe("mineComplaints", () => {
  it("should contrast 1–2★ with 4–5★ reviews and rank each side by G²", () => {
    const { complaints, praise } = mineComplaints(englishReviews, "en");
    expect(complaints.map(({ phrase, count }) => [phrase, count])).toEqual([
      ["stopped working", 3],
      ["life is terrible", 2],
      ["battery life", 2],
    ]);
    // "stopped working": 3 of 3 low, 0 of 3 high (the 3★ review is in neither corpus). Cells 3, 0, 0, 3:
    // G² = 2·[2·3ln3 − 2·3ln3 − 2·3ln3 + 6ln6] = 12·ln 2 = 8.31777
    expect(complaints[0].g2).toBeCloseTo(8.31777, 5);
    // "life is terrible": 2 of 3 low, 0 of 3 high. Cells 2, 0, 1, 3; rows 2, 4; columns 3, 3; N 6:
    // 2·[2ln2 + 3ln3 − 2ln2 − 4ln4 − 2·3ln3 + 6ln6] = 2·[4.6821312 − 1.3862944 − 5.5451774 − 6.5916737 + 10.7505568]
    // = 3.81909
    expect(complaints[1].g2).toBeCloseTo(3.81909, 5);
    // "battery life": 2 of 3 low, 1 of 3 high (review 4 is praise). Cells 2, 1, 1, 2; rows 3, 3; columns 3, 3:
    // 2·[2·2ln2 − 4·3ln3 + 6ln6] = 2·[2.7725887 − 13.1833475 + 10.7505568] = 0.67960
    expect(complaints[2].g2).toBeCloseTo(0.6796, 5);

    expect(praise.map(({ phrase, count }) => [phrase, count])).toEqual([
      ["easy to use", 3],
      ["great value", 2],
    ]);
    expect(praise[0].g2).toBeCloseTo(8.31777, 5);
    expect(praise[1].g2).toBeCloseTo(3.81909, 5);
  });

  it("should drop a phrase contained in a longer phrase with the same count", () => {
    const phrases = mineComplaints(englishReviews, "en").complaints.map((stat) => stat.phrase);
    // "stopped", "working" (3 each) are inside "stopped working" (3); "terrible" (2) inside "life is terrible" (2);
    // "battery" and "life" (2 low, 1 high) inside "battery life".
    expect(phrases).not.toContain("stopped");
    expect(phrases).not.toContain("terrible");
    expect(phrases).not.toContain("battery");
  });

  it("should give each phrase an example sentence from a review on its side", () => {
    const { complaints, praise } = mineComplaints(englishReviews, "en");
    expect(complaints.map((stat) => stat.example)).toEqual([
      "Stopped working",
      "The battery life is terrible.",
      "The battery life is terrible.",
    ]);
    expect(praise.map((stat) => stat.example)).toEqual(["Easy to use and great value for the money.", "Great value"]);
  });

  it("should count reviews, not occurrences", () => {
    const reviews: ReviewText[] = [
      { stars: 1, title: "Leaks", body: "Leaks. Leaks again. Leaks every single time it leaks." },
      { stars: 1, title: "Meh", body: "It leaks." },
      { stars: 5, title: "Fine", body: "Does the job." },
    ];
    const leaks = mineComplaints(reviews, "en").complaints.find((stat) => stat.phrase === "leaks");
    expect(leaks?.count).toBe(2);
  });

  it("should rank by count with g2 = 0 when all reviews are 1★ (nothing to contrast with)", () => {
    const reviews: ReviewText[] = [
      { stars: 1, title: "Broken", body: "Arrived broken. The lid cracked." },
      { stars: 1, title: "Broken again", body: "The lid cracked on day one." },
      { stars: 1, title: "No", body: "Lid cracked, arrived broken, returned it." },
    ];
    const { complaints, praise } = mineComplaints(reviews, "en");
    expect(praise).toEqual([]);
    expect(complaints[0]).toMatchObject({ phrase: "lid cracked", count: 3, g2: 0 });
    expect(complaints.every((stat) => stat.g2 === 0)).toBe(true);
  });

  it("should find no complaints when there are no 1–2★ reviews", () => {
    const reviews = englishReviews.filter((review) => review.stars >= 3);
    const { complaints, praise } = mineComplaints(reviews, "en");
    expect(complaints).toEqual([]);
    expect(praise[0]).toMatchObject({ phrase: "easy to use", count: 3, g2: 0 });
  });

  it("should return empty lists for no reviews, only 3★ reviews, or an unsupported language", () => {
    expect(mineComplaints([], "en")).toEqual({ complaints: [], praise: [] });
    expect(mineComplaints([{ stars: 3, title: "Ok", body: "It is ok, it is ok." }], "en")).toEqual({
      complaints: [],
      praise: [],
    });
    expect(mineComplaints(englishReviews, "nl")).toEqual({ complaints: [], praise: [] });
  });

  it("should apply minCount and top", () => {
    const some = mineComplaints(englishReviews, "en", { minCount: 3 });
    expect(some.complaints.map((stat) => stat.phrase)).toEqual(["stopped working"]);
    expect(some.praise.map((stat) => stat.phrase)).toEqual(["easy to use"]);
    const few = mineComplaints(englishReviews, "en", { top: 1 });
    expect(few.complaints).toHaveLength(1);
    const single = mineComplaints(englishReviews, "en", { minCount: 1 });
    expect(single.complaints.map((stat) => stat.phrase)).toContain("doesn't work");
  });

  it("should cut a long example to 160 characters around the phrase", () => {
    const filler = "I wanted to like this blender because the design is lovely and it fits under the cabinet";
    const long = `${filler}, but after a month of smoothies the motor smells like burning rubber whenever it runs for more than a minute or two, which is scary.`;
    const reviews: ReviewText[] = [
      { stars: 1, title: "Scary", body: long },
      { stars: 2, title: "Smell", body: "The motor smells like burning rubber." },
      { stars: 5, title: "Great", body: "Makes great smoothies." },
    ];
    const stat = mineComplaints(reviews, "en").complaints.find((s) => s.phrase === "motor smells")!;
    expect(long.length).toBeGreaterThan(160);
    expect(stat.example.length).toBeLessThanOrEqual(160);
    expect(stat.example).toContain("motor smells like burning rubber");
    expect(stat.example.startsWith("…")).toBe(true);
  });

  it("should show markup in reviews as text in examples, never as markup", () => {
    const reviews: ReviewText[] = [
      {
        stars: 1,
        title: "Leaks",
        body: "<b>The lid leaks</b><br><img src=x onerror=alert(1)>Lid leaks &lt;everywhere&gt;",
      },
      { stars: 1, title: "Bad", body: "The lid leaks." },
      { stars: 5, title: "Good", body: "Works well." },
    ];
    const lidLeaks = mineComplaints(reviews, "en").complaints.find((stat) => stat.phrase === "lid leaks")!;
    expect(lidLeaks.count).toBe(2);
    expect(lidLeaks.example).toBe("The lid leaks");
    expect(lidLeaks.example).not.toContain("<");
  });

  it("should mine German reviews with umlauts and keep negations at a phrase's edge", () => {
    const reviews: ReviewText[] = [
      {
        stars: 1,
        title: "Schlechte Qualität",
        body: "Der Akku funktioniert nicht mehr nach zwei Wochen. Qualität mangelhaft.",
      },
      { stars: 2, title: "Enttäuscht", body: "Der Akku funktioniert nicht. Größe passt." },
      { stars: 5, title: "Super", body: "Tolle Qualität, Größe passt perfekt. Sehr zufrieden." },
      { stars: 4, title: "Gut", body: "Größe passt, gute Verarbeitung. Zufrieden." },
    ];
    const { complaints, praise } = mineComplaints(reviews, "de-DE");
    expect(complaints.map((stat) => [stat.phrase, stat.count])).toEqual([["akku funktioniert nicht", 2]]);
    // The example comes from the first 1–2★ review with the phrase.
    expect(complaints[0].example).toBe("Der Akku funktioniert nicht mehr nach zwei Wochen.");
    expect(praise.map((stat) => stat.phrase)).toContain("zufrieden");
  });

  it("should mine French reviews and write elided articles joined in examples", () => {
    const reviews: ReviewText[] = [
      { stars: 1, title: "Nul", body: "L’appareil ne marche pas. Très déçu." },
      { stars: 2, title: "Déçu", body: "L'appareil ne marche pas après une semaine." },
      { stars: 5, title: "Parfait", body: "Très bon rapport qualité prix." },
      { stars: 5, title: "Top", body: "Bon rapport qualité prix, je recommande." },
    ];
    const { complaints, praise } = mineComplaints(reviews, "fr");
    expect(complaints[0]).toMatchObject({ phrase: "appareil ne marche", count: 2 });
    expect(complaints[0].example).toBe("L'appareil ne marche pas.");
    expect(complaints.map((stat) => stat.phrase)).toContain("déçu");
    // Both trigrams are in both 5★ reviews (a 4-word phrase is not mined); equal G² and count, so alphabetical.
    expect(praise.slice(0, 2).map((stat) => [stat.phrase, stat.count])).toEqual([
      ["bon rapport qualité", 2],
      ["rapport qualité prix", 2],
    ]);
  });

  it("should mine Italian and Spanish reviews", () => {
    const italian = mineComplaints(
      [
        { stars: 1, title: "Pessimo", body: "Dopo un mese non funziona più. Batteria scarica." },
        { stars: 1, title: "Rotto", body: "Non funziona più, batteria scarica dopo un'ora." },
        { stars: 5, title: "Ottimo", body: "Ottimo prodotto, consegna veloce." },
        { stars: 5, title: "Consigliato", body: "Prodotto ottimo, consegna veloce." },
      ],
      "it",
    );
    expect(italian.complaints.map((stat) => stat.phrase)).toEqual(
      expect.arrayContaining(["batteria scarica", "non funziona"]),
    );
    expect(italian.praise.map((stat) => stat.phrase)).toEqual(expect.arrayContaining(["consegna veloce"]));

    const spanish = mineComplaints(
      [
        { stars: 1, title: "Malo", body: "No funciona. Llegó roto." },
        { stars: 2, title: "Roto", body: "Llegó roto y no funciona." },
        { stars: 5, title: "Genial", body: "Muy fácil de usar." },
        { stars: 4, title: "Bien", body: "Fácil de usar y bonito." },
      ],
      "es",
    );
    expect(spanish.complaints.map((stat) => stat.phrase)).toEqual(
      expect.arrayContaining(["llegó roto", "no funciona"]),
    );
    expect(spanish.praise.map((stat) => stat.phrase)).toEqual(expect.arrayContaining(["fácil de usar"]));
  });

  it("should mine Japanese reviews with word segmentation and show phrases without spaces", () => {
    const { complaints, praise } = mineComplaints(
      [
        { stars: 1, title: "最悪", body: "電池の持ちが悪い。すぐに壊れました。" },
        { stars: 2, title: "残念", body: "電池の持ちが悪いです。" },
        { stars: 5, title: "満足", body: "使いやすいです。コスパ最高！" },
        { stars: 5, title: "良い", body: "コスパ最高です。" },
      ],
      "ja",
    );
    // ICU segments "電池|の|持ち|が|悪い": both trigrams around the particles are in both low-star reviews.
    expect(complaints.slice(0, 2).map((stat) => [stat.phrase, stat.count])).toEqual([
      ["持ちが悪い", 2],
      ["電池の持ち", 2],
    ]);
    expect(complaints[1].example).toBe("電池の持ちが悪い。");
    expect(praise.map((stat) => stat.phrase)).toContain("コスパ最高");
  });
});
