import type { RedditComment, RedditPage } from "../../extension/core/reddit/types";
import { comment, post, thread } from "../extension/reddit-analysis/pages";

// A 2,000-comment thread of ordinary comment lengths (1–6 sentences, about 40 words on average), a quarter of them
// with a cue, some with links, markdown and accents. Deterministic: a linear congruential generator picks the parts.
const SENTENCES = [
  "I bought the folding storage ottoman last spring and it still looks new.",
  "Honestly it's fine for the price, nothing special but it does the job.",
  "Looking for something similar but with a removable cover, any suggestions?",
  "The hinge broke after three weeks and customer service never answered, so frustrating.",
  "How do I stop the lid from squeaking every time I open it?",
  "We keep blankets, board games and the kids' toys in ours, it holds a surprising amount.",
  "Mine came with a small tear in the fabric but the replacement arrived in two days.",
  "Is it worth paying double for the solid wood version or is the cardboard frame okay?",
  "Check [this one](https://www.amazon.com/dp/B000000000) — I paid $45 on sale.",
  "> Looking for something similar\n\nSame here, following this thread.",
  "My cat sleeps on it all day, so I guess it's a cat bed now.",
  "The velvet one attracts every single hair in the house, would not buy again.",
  "We had the IKEA Söderhamn before and this feels sturdier, to be fair.",
  "It wobbles a bit on carpet but on hardwood floors it's completely stable.",
  "Anyone else notice the smell when you first unpack it? It goes away after a week.",
  "Edit: thanks for all the replies, I ordered the grey one!",
];

function commentsOf(count: number): RedditComment[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const length = 1 + Math.floor(next() * 6);
    const body = Array.from({ length }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(" ");
    const deleted = i % 97 === 0;
    return comment(`c${i}`, deleted ? "[deleted]" : body, Math.floor(next() * 200) - 20, {
      depth: i % 5,
      deleted,
      createdAt: "2026-03-01T06:00:00Z",
    });
  });
}

/** A thread about a folding storage ottoman with `count` generated comments (the benchmark's and the performance test's). */
export function composedRedditThread(count: number): RedditPage {
  return thread(
    post("p1", "Folding storage ottoman: worth it?", "Looking for a folding storage ottoman under $60.", {
      score: 1200,
      comments: count,
      createdAt: "2026-03-01T00:00:00Z",
    }),
    commentsOf(count),
  );
}
