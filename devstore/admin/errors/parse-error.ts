import { Lexer, Source, TokenKind, type GraphQLError, type Token } from "graphql";
import type { ShopifyError } from "./shopify-error";

/**
 * graphql-js's syntax errors in Shopify's words: "syntax error, unexpected end of file at
 * [3, 5]". At the end of the document Shopify points at the last token it read.
 */

function describe(token: Token): string {
  if (token.kind === TokenKind.EOF) return "end of file";
  if (token.kind === TokenKind.NAME) return `IDENTIFIER ("${token.value}")`;
  if (token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING) return `STRING ("${token.value}")`;
  if (token.kind === TokenKind.INT || token.kind === TokenKind.FLOAT) return `${token.kind} ("${token.value}")`;
  return `"${token.kind}"`;
}

/** The token at the error's offset, and the one before it; null when the text cannot be lexed. */
function tokensAt(query: string, offset: number): { token: Token; previous: Token | null } | null {
  const lexer = new Lexer(new Source(query));
  let previous: Token | null = null;
  try {
    for (let token = lexer.advance(); ; token = lexer.advance()) {
      if (token.start >= offset || token.kind === TokenKind.EOF) return { token, previous };
      previous = token;
    }
  } catch {
    return null;
  }
}

export function shopifyParseError(error: GraphQLError, query: string): ShopifyError {
  const offset = error.positions?.[0] ?? 0;
  const found = tokensAt(query, offset);
  const location = error.locations?.[0] ?? { line: 1, column: 1 };
  if (!found) {
    const message = `syntax error, ${error.message.replace(/^Syntax Error: /, "")} at [${location.line}, ${location.column}]`;
    return { message, locations: [location], extensions: { code: "PARSE_ERROR" } };
  }
  const pointed = found.token.kind === TokenKind.EOF && found.previous ? found.previous : found.token;
  const line = pointed.line;
  const column = pointed.column;
  return {
    message: `syntax error, unexpected ${describe(found.token)} at [${line}, ${column}]`,
    locations: [{ line, column }],
    extensions: { code: "PARSE_ERROR" },
  };
}
