/**
 * Shopify's search syntax for the `query:` argument of connections and counts: terms are
 * ANDed by default, `OR` between terms, `NOT term` or `-term` negates, `field:value`,
 * `field:>value` (also <, >=, <=), quotes for spaces, a trailing `*` for a prefix match and
 * bare words as free text. Unknown fields match everything and are reported the way
 * Shopify reports them, in `extensions.search`.
 */

export type Comparator = "=" | "<" | ">" | "<=" | ">=";

export interface SearchTerm {
  kind: "term";
  field: string | null;
  comparator: Comparator;
  value: string;
  /** A trailing `*`: match values starting with `value`. */
  prefix: boolean;
}

export type SearchNode =
  | SearchTerm
  | { kind: "and"; nodes: SearchNode[] }
  | { kind: "or"; nodes: SearchNode[] }
  | { kind: "not"; node: SearchNode };

export interface SearchWarning {
  field: string;
  message: string;
  code: string;
}

export interface SearchReport {
  path: (string | number)[];
  query: string;
  parsed: unknown;
  warnings: SearchWarning[];
}

/** How one resource's searchable fields match a record; `text` handles bare words. */
export type SearchFields<T> = Record<string, (record: T, term: SearchTerm) => boolean> & {
  text: (record: T, term: SearchTerm) => boolean;
};

type Token = { type: "word"; text: string } | { type: "open" } | { type: "close" };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < query.length) {
    const char = query[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "(" || char === ")") {
      tokens.push({ type: char === "(" ? "open" : "close" });
      index += 1;
    } else {
      let text = "";
      while (index < query.length && !/[\s()]/.test(query[index])) {
        const quote = query[index];
        if (quote === '"' || quote === "'") {
          const closing = query.indexOf(quote, index + 1);
          const stop = closing === -1 ? query.length : closing;
          text += query.slice(index + 1, stop);
          index = stop + 1;
        } else {
          text += quote;
          index += 1;
        }
      }
      tokens.push({ type: "word", text });
    }
  }
  return tokens;
}

function termFrom(text: string): SearchTerm {
  const match = /^([A-Za-z_][\w.]*):(<=|>=|<|>)?(.*)$/.exec(text);
  const field = match ? match[1].toLowerCase() : null;
  const comparator = (match?.[2] as Comparator | undefined) ?? "=";
  let value = match ? match[3] : text;
  const prefix = value.endsWith("*");
  if (prefix) value = value.slice(0, -1);
  return { kind: "term", field, comparator, value, prefix };
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): SearchNode {
    return this.parseOr();
  }

  private peekWord(): string | null {
    const token = this.tokens[this.index];
    return token?.type === "word" ? token.text : null;
  }

  private parseOr(): SearchNode {
    const nodes = [this.parseAnd()];
    while (this.peekWord() === "OR") {
      this.index += 1;
      nodes.push(this.parseAnd());
    }
    return nodes.length === 1 ? nodes[0] : { kind: "or", nodes };
  }

  private parseAnd(): SearchNode {
    const nodes: SearchNode[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index];
      if (token.type === "close" || (token.type === "word" && token.text === "OR")) break;
      if (token.type === "word" && token.text === "AND") {
        this.index += 1;
        continue;
      }
      nodes.push(this.parseUnary());
    }
    return nodes.length === 1 ? nodes[0] : { kind: "and", nodes };
  }

  private parseUnary(): SearchNode {
    const token = this.tokens[this.index];
    if (token.type === "word" && token.text === "NOT") {
      this.index += 1;
      return { kind: "not", node: this.parseUnary() };
    }
    if (token.type === "open") {
      this.index += 1;
      const node = this.parseOr();
      if (this.tokens[this.index]?.type === "close") this.index += 1;
      return node;
    }
    this.index += 1;
    const text = token.type === "word" ? token.text : "";
    if (text.startsWith("-") && text.length > 1) return { kind: "not", node: termFrom(text.slice(1)) };
    return termFrom(text);
  }
}

export function parseSearchQuery(query: string): SearchNode {
  return new Parser(tokenize(query)).parse();
}

function termsOf(node: SearchNode): SearchTerm[] {
  if (node.kind === "term") return [node];
  if (node.kind === "not") return termsOf(node.node);
  return node.nodes.flatMap(termsOf);
}

/** Shopify's `parsed` echo: {field, match_all} for one term, nested and/or/not otherwise. */
function describe(node: SearchNode): unknown {
  if (node.kind === "term") {
    const value = node.prefix ? `${node.value}*` : node.value;
    const comparison = { "=": "match_all", "<": "range_lt", ">": "range_gt", "<=": "range_lte", ">=": "range_gte" };
    return node.field
      ? { field: node.field, [comparison[node.comparator]]: value }
      : { field: "default", match_all: value };
  }
  if (node.kind === "not") return { not: describe(node.node) };
  return { [node.kind]: node.nodes.map(describe) };
}

function evaluate<T>(node: SearchNode, record: T, fields: SearchFields<T>, unknownMatches: boolean): boolean {
  switch (node.kind) {
    case "and":
      return node.nodes.every((child) => evaluate(child, record, fields, unknownMatches));
    case "or":
      return node.nodes.some((child) => evaluate(child, record, fields, unknownMatches));
    case "not":
      return !evaluate(node.node, record, fields, unknownMatches);
    case "term": {
      if (node.field === null) return fields.text(record, node);
      const matcher = fields[node.field];
      return matcher ? matcher(record, node) : unknownMatches;
    }
  }
}

/**
 * Filters `records` by `query` (null or blank: all of them) and files a report for
 * `extensions.search` when the query names fields this resource cannot search. Such a term
 * matches every record, except where Shopify matches none (`unknownFieldsMatch: false`, as
 * for selling plan groups).
 */
export function searchRecords<T>(
  records: T[],
  query: string | null | undefined,
  fields: SearchFields<T>,
  report: { path: (string | number)[]; reports: SearchReport[] },
  { unknownFieldsMatch = true }: { unknownFieldsMatch?: boolean } = {},
): T[] {
  if (query == null || query.trim() === "") return records;
  const node = parseSearchQuery(query);
  const unknown = [
    ...new Set(termsOf(node).flatMap((term) => (term.field && !fields[term.field] ? [term.field] : []))),
  ];
  if (unknown.length) {
    report.reports.push({
      path: report.path,
      query,
      parsed: describe(node),
      warnings: unknown.map((field) => ({
        field,
        message: "Invalid search field for this query.",
        code: "invalid_field",
      })),
    });
  }
  return records.filter((record) => evaluate(node, record, fields, unknownFieldsMatch));
}

// Matchers shared by the resources.

export function matchesText(actual: string | null | undefined, term: SearchTerm): boolean {
  if (actual == null) return false;
  const haystack = actual.toLowerCase();
  const needle = term.value.toLowerCase();
  return term.prefix ? haystack.startsWith(needle) : haystack === needle;
}

export function containsText(actual: string | null | undefined, term: SearchTerm): boolean {
  return actual != null && actual.toLowerCase().includes(term.value.toLowerCase());
}

export function compareValues(actual: number, expected: number, comparator: Comparator): boolean {
  switch (comparator) {
    case "=":
      return actual === expected;
    case "<":
      return actual < expected;
    case ">":
      return actual > expected;
    case "<=":
      return actual <= expected;
    case ">=":
      return actual >= expected;
  }
}

export function matchesNumber(actual: number | string | null | undefined, term: SearchTerm): boolean {
  if (actual == null || term.value === "" || Number.isNaN(Number(term.value))) return false;
  return compareValues(Number(actual), Number(term.value), term.comparator);
}

/** Dates compare by instant; a bare date ("2026-01-01") means midnight UTC, or that whole day for `:`. */
export function matchesDate(actual: string | null | undefined, term: SearchTerm): boolean {
  if (actual == null) return false;
  if (term.comparator === "=" && /^\d{4}-\d{2}-\d{2}$/.test(term.value)) {
    return new Date(actual).toISOString().slice(0, 10) === term.value;
  }
  const expected = Date.parse(term.value);
  if (Number.isNaN(expected)) return false;
  return compareValues(Date.parse(actual), expected, term.comparator);
}

export function matchesAnyTag(tags: string[], term: SearchTerm): boolean {
  return tags.some((tag) => matchesText(tag, term));
}
