/**
 * Metafield value validation by type, with the messages Shopify's metafieldsSet returns
 * (INVALID_VALUE user errors). `exists` answers whether a referenced gid is a record of
 * the shop.
 */

export interface ValueProblem {
  message: string;
  elementIndex: number | null;
}

const LIST_LIMIT = 128;
const DECIMAL_LIMIT = 9_999_999_999_999;
const URL_SCHEMES = ["http", "https", "mailto", "sms", "tel"];
const UNITS: Record<string, string[]> = {
  dimension: ["mm", "cm", "m", "in", "ft", "yd"],
  volume: ["ml", "cl", "l", "m3", "us_fl_oz", "us_pt", "us_qt", "us_gal", "imp_fl_oz", "imp_pt", "imp_qt", "imp_gal"],
  weight: ["oz", "lb", "g", "kg"],
};
const REFERENCE_TYPES: Record<string, string> = {
  product_reference: "Product",
  variant_reference: "ProductVariant",
  customer_reference: "Customer",
  order_reference: "Order",
};

const SCALAR_TYPES = new Set([
  "single_line_text_field",
  "multi_line_text_field",
  "rich_text_field",
  "number_integer",
  "number_decimal",
  "boolean",
  "color",
  "date",
  "date_time",
  "json",
  "money",
  "url",
  "link",
  "dimension",
  "volume",
  "weight",
  "rating",
  "id",
  ...Object.keys(REFERENCE_TYPES),
]);

const LISTABLE = new Set([
  "single_line_text_field",
  "number_integer",
  "number_decimal",
  "color",
  "date",
  "date_time",
  "url",
  "link",
  "dimension",
  "volume",
  "weight",
  "rating",
  ...Object.keys(REFERENCE_TYPES),
]);

export function isKnownMetafieldType(type: string): boolean {
  if (type.startsWith("list.")) return LISTABLE.has(type.slice("list.".length));
  return SCALAR_TYPES.has(type);
}

function problem(message: string, elementIndex: number | null = null): ValueProblem {
  return { message, elementIndex };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumeric(value: unknown): boolean {
  return (
    (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))
  );
}

/** Validates one value already parsed from JSON (list elements) or taken as text (scalars). */
function checkScalar(
  type: string,
  value: unknown,
  context: { shopCurrency: string; exists: (gid: string) => boolean },
): string | null {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  switch (type) {
    case "single_line_text_field":
      if (text.trim() === "") return "Value can't be blank.";
      return /[\r\n]/.test(text) ? "Value must be a single line text string." : null;
    case "multi_line_text_field":
      return text.trim() === "" ? "Value can't be blank." : null;
    case "number_integer":
      return /^-?\d+$/.test(text) ? null : "Value must be an integer.";
    case "number_decimal":
      if (!/^-?\d+(\.\d+)?$/.test(text)) return "Value must be a decimal.";
      return Math.abs(Number(text)) > DECIMAL_LIMIT ? `Value can't exceed ${DECIMAL_LIMIT}.` : null;
    case "boolean":
      return text === "true" || text === "false" ? null : "Value must be true or false.";
    case "color":
      return /^#[0-9a-fA-F]{6}$/.test(text) ? null : "Value must be a hex color code.";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? null
        : "Value must be in YYYY-MM-DD format.";
    case "date_time":
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(text) && !Number.isNaN(Date.parse(text))
        ? null
        : "Value must be in “YYYY-MM-DDTHH:MM:SS” format. For example: 2022-06-01T15:30:00";
    case "url": {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
      const list = URL_SCHEMES.map((name) => `"${name}"`).join(", ");
      if (!scheme)
        return `Value cannot have an empty scheme (protocol), must include one of the following URL schemes: [${list}].'`;
      return URL_SCHEMES.includes(scheme) ? null : `Value must include one of the following URL schemes: [${list}].`;
    }
    case "link": {
      const link = typeof value === "string" ? parseJson(value) : { ok: true as const, value };
      if (
        !link.ok ||
        !isObject(link.value) ||
        typeof link.value.url !== "string" ||
        !/^https?:\/\/\S+$/.test(link.value.url)
      ) {
        return "Value must be a valid link.";
      }
      return null;
    }
    case "money": {
      const money = typeof value === "string" ? parseJson(value) : { ok: true as const, value };
      if (
        !money.ok ||
        !isObject(money.value) ||
        !isNumeric(money.value.amount) ||
        money.value.currency_code !== context.shopCurrency
      ) {
        return "Value must be a stringified JSON object with amount (numeric) and currency_code (string matching the shop's currency) fields.";
      }
      return null;
    }
    case "dimension":
    case "volume":
    case "weight": {
      const measure = typeof value === "string" ? parseJson(value) : { ok: true as const, value };
      if (!measure.ok || !isObject(measure.value))
        return "Value must be a stringified JSON object with value and unit fields.";
      if (!isNumeric(measure.value.value) || Number(measure.value.value) < 0)
        return "Value must be a non-negative number.";
      return UNITS[type].includes(String(measure.value.unit)) ? null : "Value must be a supported unit.";
    }
    case "rating": {
      const rating = typeof value === "string" ? parseJson(value) : { ok: true as const, value };
      if (!rating.ok || !isObject(rating.value) || !isNumeric(rating.value.value)) {
        return "Value must be a stringified JSON object with value, scale_min and scale_max fields.";
      }
      if (Number(rating.value.value) > Number(rating.value.scale_max))
        return `Value has a maximum of ${String(rating.value.scale_max)}.`;
      if (Number(rating.value.value) < Number(rating.value.scale_min))
        return `Value has a minimum of ${String(rating.value.scale_min)}.`;
      return null;
    }
    case "json":
    case "rich_text_field": {
      const parsed = parseJson(text);
      return parsed.ok ? null : `Value is invalid JSON: ${parsed.message}.`;
    }
    default: {
      const referenced = REFERENCE_TYPES[type];
      if (referenced) {
        const matchesType = text.startsWith(`gid://shopify/${referenced}/`);
        return matchesType && context.exists(text) ? null : `Value references non-existent resource ${text}.`;
      }
      return null;
    }
  }
}

export function validateMetafieldValue(
  type: string,
  value: string,
  context: { shopCurrency: string; exists: (gid: string) => boolean },
): ValueProblem | null {
  if (!type.startsWith("list.")) {
    const message = checkScalar(type, value, context);
    return message ? problem(message) : null;
  }
  const parsed = parseJson(value);
  if (!parsed.ok || !Array.isArray(parsed.value)) return problem("Value must be an array.");
  if (parsed.value.length > LIST_LIMIT) return problem(`Value has more than ${LIST_LIMIT} elements.`);
  const elementType = type.slice("list.".length);
  for (const [index, element] of parsed.value.entries()) {
    const message = checkScalar(elementType, element, context);
    // Shopify reports the failing element's index, except for references (the gid says which).
    if (message) return problem(message, REFERENCE_TYPES[elementType] ? null : index);
  }
  return null;
}
