import { BACKGROUND_CORPUS_TOKENS, BACKGROUND_EN, BACKGROUND_FLOOR_PER_MILLION } from "./background-en";

export { BACKGROUND_CORPUS_TOKENS, BACKGROUND_FLOOR_PER_MILLION };

let perMillion: Map<string, number> | undefined;

/**
 * How often an English word occurs per million words of general spoken English (SUBTLEX-US, background-en.ts).
 * A word outside the list gets BACKGROUND_FLOOR_PER_MILLION, the lowest listed frequency: an upper bound for it, so
 * keyness against the background is underestimated for rare words, never overestimated. Stopwords are not listed
 * (they never reach the background) and get the floor too. `word` is lowercase.
 */
export function backgroundPerMillion(word: string): number {
  if (!perMillion) perMillion = parseBackground(BACKGROUND_EN);
  return perMillion.get(word) ?? BACKGROUND_FLOOR_PER_MILLION;
}

function parseBackground(table: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of table.split("\n")) {
    const colon = line.indexOf(":");
    const value = Number(line.slice(0, colon));
    for (const word of line.slice(colon + 1).split(" ")) map.set(word, value);
  }
  return map;
}
