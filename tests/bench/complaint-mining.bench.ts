import { bench, describe } from "vitest";
import { mineComplaints, type ReviewText } from "../../extension/core/keyness/complaints";
import { tokenize } from "../../extension/core/keyness/tokenize";

// Complaint mining over 5,000 reviews (goal ≤ 100 ms) against the floor: tokenizing the same titles and bodies,
// no phrases, no counting. The reviews are synthetic but shaped like a product's review pages: Amazon's usual
// J-shaped star mix, 4–8 sentences each, complaint and praise sentences mixed with neutral ones and with each
// other (a 4★ review can grumble), numbers and days/weeks varied. Generated from a seeded PRNG so every run
// mines the same text.

/** mulberry32 (Tommy Ettinger's 32-bit PRNG): small, fast, and the same sequence for a seed everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPLAINTS = [
  "It stopped working after {n} {period}.",
  "The {part} is {bad} and feels cheap.",
  "The {part} broke after {n} {period} in the {place}.",
  "Bought it for {person} and the {part} came {bad}.",
  "The battery life is terrible and it dies overnight.",
  "Customer service never answered my emails.",
  "The lid leaks water all over the counter.",
  "Cheaply made, the handle broke off the first time I used it.",
  "I returned it for a refund.",
  "Doesn't work as advertised.",
  "The instructions are confusing and missing steps.",
  "Way too loud to run at night.",
  "It arrived damaged with a cracked base.",
  "The charging port stopped charging after {n} {period}.",
  "Smells like burning plastic when it heats up.",
  "The buttons are hard to press.",
  "Much smaller than the pictures suggest.",
  "The coating started peeling off after a few washes.",
  "Not worth the money at all.",
];
const PRAISE = [
  "Easy to use and easy to clean.",
  "The {part} is {good} and easy to replace.",
  "Bought it for {person} and it is {good} in the {place}.",
  "Love how {good} the {part} is.",
  "Great value for the money.",
  "It works perfectly so far.",
  "The battery lasts all day.",
  "Very sturdy and well made.",
  "It looks great on my kitchen counter.",
  "Fast shipping and well packaged.",
  "I highly recommend it to anyone.",
  "My kids love it.",
  "Heats up in {n} minutes and keeps the temperature.",
  "Quiet enough to run at night.",
  "Setup took less than {n} minutes.",
  "The handle feels solid and comfortable.",
  "Much better than my old one.",
];
const NEUTRAL = [
  "I bought this for {person}.",
  "We mostly use it in the {place} on weekends.",
  "Compared it with the {model} before buying.",
  "We have had it for {n} {period} now.",
  "I use it every morning before work.",
  "It replaced an older model from another brand.",
  "The color matches the pictures.",
  "It came in a plain brown box.",
  "My husband did the setup.",
  "I ordered the larger size.",
  "We keep it in the garage.",
  "This is my second one.",
];
const COMPLAINT_TITLES = [
  "Stopped working",
  "Disappointed",
  "Waste of money",
  "Broke quickly",
  "Do not buy",
  "Poor quality",
  "Leaks",
];
const PRAISE_TITLES = [
  "Love it",
  "Great value",
  "Works great",
  "Five stars",
  "Exactly as described",
  "Highly recommend",
  "Perfect",
];
const MIXED_TITLES = ["It's ok", "Decent", "Mixed feelings", "Good but not great"];
const PERIODS = ["days", "weeks", "months"];
const PARTS = [
  "lid",
  "handle",
  "base",
  "cord",
  "button",
  "filter",
  "hinge",
  "strap",
  "cap",
  "seal",
  "switch",
  "display",
  "motor",
  "basket",
  "bowl",
  "blade",
  "charger",
  "cable",
  "zipper",
  "wheel",
  "latch",
  "nozzle",
  "gasket",
  "knob",
];
const BAD = [
  "flimsy",
  "loose",
  "cracked",
  "bent",
  "sticky",
  "wobbly",
  "noisy",
  "dim",
  "scratched",
  "warped",
  "dented",
  "rusty",
];
const GOOD = [
  "sturdy",
  "quiet",
  "bright",
  "solid",
  "smooth",
  "compact",
  "sleek",
  "light",
  "reliable",
  "roomy",
  "stylish",
  "tight",
];
const PEOPLE = [
  "my daughter",
  "my son",
  "my wife",
  "my husband",
  "my mom",
  "a friend",
  "my neighbor",
  "our office",
  "my dad",
  "the kids",
  "my grandmother",
  "a coworker",
];
const PLACES = [
  "kitchen",
  "garage",
  "office",
  "bathroom",
  "dorm",
  "camper",
  "apartment",
  "patio",
  "bedroom",
  "workshop",
  "cabin",
  "basement",
];
/** Star mix of a typical well-rated product (1★ 11 %, 2★ 6 %, 3★ 8 %, 4★ 15 %, 5★ 60 %). */
const STAR_CUMULATIVE: [number, number][] = [
  [0.11, 1],
  [0.17, 2],
  [0.25, 3],
  [0.4, 4],
  [1, 5],
];

function syntheticReviews(count: number, seed: number): ReviewText[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const fill = (sentence: string) =>
    sentence
      .replace("{n}", String(2 + Math.floor(random() * 10)))
      .replace("{period}", pick(PERIODS))
      .replace("{part}", pick(PARTS))
      .replace("{bad}", pick(BAD))
      .replace("{good}", pick(GOOD))
      .replace("{person}", pick(PEOPLE))
      .replace("{place}", pick(PLACES))
      .replace("{model}", `${pick(["XR", "Pro", "Max", "Lite", "S", "Z"])}-${100 + Math.floor(random() * 900)}`);
  const result: ReviewText[] = [];
  for (let i = 0; i < count; i++) {
    const draw = random();
    const stars = STAR_CUMULATIVE.find(([upTo]) => draw < upTo)![1];
    const own = stars <= 2 ? COMPLAINTS : stars >= 4 ? PRAISE : random() < 0.5 ? COMPLAINTS : PRAISE;
    const other = own === COMPLAINTS ? PRAISE : COMPLAINTS;
    const sentences: string[] = [];
    const length = 4 + Math.floor(random() * 5);
    for (let s = 0; s < length; s++) {
      const roll = random();
      sentences.push(fill(roll < 0.55 ? pick(own) : roll < 0.85 ? pick(NEUTRAL) : pick(other)));
    }
    const title = stars <= 2 ? pick(COMPLAINT_TITLES) : stars >= 4 ? pick(PRAISE_TITLES) : pick(MIXED_TITLES);
    result.push({ stars, title, body: sentences.join(" ") });
  }
  return result;
}

const REVIEW_COUNT = 5_000;
const reviews = syntheticReviews(REVIEW_COUNT, 20_260_101);
const chars = reviews.reduce((sum, review) => sum + review.title.length + review.body.length, 0);
console.log(`complaint-mining bench: ${reviews.length} reviews, ${(chars / 1e6).toFixed(2)} M characters`);

// Two seconds per bench rather than tinybench's half second: one run takes ~50 ms, so the default gives only ~10
// samples and a single garbage-collection pause moves the mean.
const options = { time: 2_000 };

describe("complaint mining, 5,000 reviews", () => {
  bench(
    "baseline: tokenize every title and body",
    () => {
      for (const review of reviews) {
        tokenize(review.title, "en");
        tokenize(review.body, "en");
      }
    },
    options,
  );

  bench(
    "mineComplaints: phrases, document frequencies, G², subsumption, examples",
    () => {
      mineComplaints(reviews, "en");
    },
    options,
  );
});
