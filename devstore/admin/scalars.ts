import { GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from "graphql";
import { formatDecimal, formatMoney } from "./support/money";

/**
 * Shopify's custom scalars. `buildSchema` makes every custom scalar pass values through
 * untouched; these give them the coercion Shopify applies: decimal strings for money, ids
 * as strings for UnsignedInt64, second-precision UTC for DateTime, and the errors Shopify
 * reports for malformed input.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Shopify's DateTime: "2026-04-25T01:00:00Z", never milliseconds. */
export function formatDateTime(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function parseDateTime(value: unknown): string {
  if (typeof value !== "string" || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`invalid DateTime '${String(value)}'`);
  }
  return formatDateTime(value);
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`invalid Date '${String(value)}'`);
  }
  return value;
}

function parseDecimal(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !DECIMAL.test(text.trim())) {
    throw new TypeError(`invalid Decimal '${String(value)}'`);
  }
  return text.trim();
}

function parseUnsignedInt64(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^\d+$/.test(text)) throw new TypeError(`invalid UnsignedInt64 '${String(value)}'`);
  return text;
}

function parseUrl(value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`Invalid url '${String(value)}'`);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) throw new TypeError(`Invalid url '${value}', missing scheme`);
  return value;
}

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value;
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  if (node.kind === Kind.BOOLEAN) return node.value;
  return undefined;
}

interface ScalarCoercion {
  serialize?: (value: unknown) => unknown;
  parse?: (value: unknown) => unknown;
}

const SCALARS: Record<string, ScalarCoercion> = {
  DateTime: { serialize: (value) => formatDateTime(value as string), parse: parseDateTime },
  Date: { parse: parseDate },
  Decimal: { serialize: (value) => formatDecimal(value as string), parse: parseDecimal },
  Money: { serialize: (value) => formatMoney(value as string), parse: parseDecimal },
  UnsignedInt64: { serialize: (value) => String(value), parse: parseUnsignedInt64 },
  URL: { parse: parseUrl },
};

export function installShopifyScalars(schema: GraphQLSchema) {
  for (const [name, coercion] of Object.entries(SCALARS)) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLScalarType)) continue;
    if (coercion.serialize) type.serialize = coercion.serialize;
    const parse = coercion.parse;
    if (parse) {
      type.parseValue = parse;
      type.parseLiteral = (node) => parse(literalValue(node));
    }
  }
}
