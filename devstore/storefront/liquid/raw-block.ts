import { TypeGuards, type TagToken, type TopLevelToken } from "liquidjs";

/** Takes the tokens up to `{% end<name> %}` off the stream and returns their text, unparsed. */
export function takeRawBlock(tag: TagToken, remainTokens: TopLevelToken[]): string {
  const end = `end${tag.name}`;
  let text = "";
  while (remainTokens.length) {
    const token = remainTokens.shift()!;
    if (TypeGuards.isTagToken(token) && token.name === end) return text;
    text += token.getText();
  }
  throw new Error(`tag ${tag.getText()} not closed`);
}
