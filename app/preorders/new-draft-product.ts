import { z } from "zod";
import { assertCurrencyCode, currencyDecimals } from "./currency-amount";

/**
 * A product made from the preorder form instead of picked: a title, a price in the shop's
 * currency and, optionally, an image by URL. Shopify creates it as a draft with its one default
 * variant (draft-product.server.ts). The limits: Shopify's 255 characters for a title; a price
 * above zero with no more decimals than the currency has (2 for EUR, none for JPY); an https
 * image address, since Shopify fetches the file from it and the admin runs on https.
 */

export interface NewDraftProduct {
  title: string;
  /** A decimal string with the currency's decimals, as Shopify's Money input takes it ("24.90"). */
  price: string;
  imageUrl: string | null;
}

export const newDraftProductFields = ["newProductTitle", "newProductPrice", "newProductImageUrl"] as const;
export type NewDraftProductField = (typeof newDraftProductFields)[number];

export const productTitleMaxLength = 255;
/** Room for a CDN address with its query string; longer ones are almost always pasted by mistake. */
export const imageUrlMaxLength = 2048;

export type NewDraftProductResult =
  { ok: true; product: NewDraftProduct } | { ok: false; errors: Partial<Record<NewDraftProductField, string>> };

const formValue = z.union([z.string(), z.array(z.string())]).optional();
const single = formValue.transform((value) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim());

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && url.hostname !== "";
  } catch {
    return false;
  }
}

function schemaFor(currency: string) {
  const decimals = currencyDecimals(currency);
  const example = decimals > 0 ? `24.${"9".padEnd(decimals, "0")}` : "2490";
  return z.object({
    newProductTitle: single.pipe(
      z
        .string()
        .min(1, "Enter the product's title")
        .max(productTitleMaxLength, `Keep the title to ${productTitleMaxLength} characters or fewer`),
    ),
    newProductPrice: single.pipe(
      z
        .string()
        .min(1, `Enter the price buyers pay, in ${currency}`)
        .regex(/^\d+(\.\d+)?$/, `Enter the price in ${currency} as a number, such as ${example}`)
        .refine((text) => Number(text) > 0, "The price must be above zero")
        .refine(
          (text) => (text.split(".")[1] ?? "").length <= decimals,
          decimals === 0
            ? `${currency} prices have no decimals`
            : `${currency} prices have at most ${decimals} decimals`,
        )
        .transform((text) => Number(text).toFixed(decimals)),
    ),
    newProductImageUrl: single.pipe(
      z
        .string()
        .refine(
          (text) => text === "" || (text.length <= imageUrlMaxLength && isHttpsUrl(text)),
          "Enter the image's web address, starting with https://, or leave it empty",
        )
        .transform((text) => (text === "" ? null : text)),
    ),
  });
}

/** Reads the new product's fields of a submitted form; one message per field to fix. */
export function readNewDraftProduct(form: Record<string, string | string[]>, currency: string): NewDraftProductResult {
  assertCurrencyCode(currency);
  const result = schemaFor(currency).safeParse(form);
  if (result.success) {
    const { newProductTitle, newProductPrice, newProductImageUrl } = result.data;
    return { ok: true, product: { title: newProductTitle, price: newProductPrice, imageUrl: newProductImageUrl } };
  }
  const errors: Partial<Record<NewDraftProductField, string>> = {};
  for (const issue of result.error.issues) errors[issue.path[0] as NewDraftProductField] ??= issue.message;
  return { ok: false, errors };
}
