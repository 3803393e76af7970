import { z } from "zod";
import type { RequestFields } from "../request-fields";

export const COUNTRIES = [
  { code: "US", name: "United States" },
  { code: "CA", name: "Canada" },
  { code: "GB", name: "United Kingdom" },
  { code: "IE", name: "Ireland" },
  { code: "DE", name: "Germany" },
  { code: "FR", name: "France" },
  { code: "NL", name: "Netherlands" },
  { code: "ES", name: "Spain" },
  { code: "IT", name: "Italy" },
  { code: "AU", name: "Australia" },
  { code: "JP", name: "Japan" },
];

const required = (message: string) => z.string().trim().min(1, { error: message }).max(200);

/** The one-page checkout's fields, with the messages Shopify's checkout shows. */
export const checkoutForm = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: "Enter a valid email" })),
  country: z.enum(
    COUNTRIES.map((country) => country.code),
    { error: "Select a country/region" },
  ),
  firstName: z.string().trim().max(200),
  lastName: required("Enter a last name"),
  address1: required("Enter an address"),
  zip: required("Enter a ZIP / postal code"),
  city: required("Enter a city"),
});

export type CheckoutForm = z.infer<typeof checkoutForm>;

export type CheckoutValues = Record<keyof CheckoutForm, string>;

export interface CheckoutFieldError {
  field: keyof CheckoutForm;
  message: string;
}

export function checkoutValues(form: RequestFields, defaultCountry: string): CheckoutValues {
  const value = (name: string) => form.get(name) ?? "";
  return {
    email: value("email"),
    country: value("country") || defaultCountry,
    firstName: value("firstName"),
    lastName: value("lastName"),
    address1: value("address1"),
    zip: value("zip"),
    city: value("city"),
  };
}

/** The form's values, or its errors in field order (first error per field). */
export function validateCheckout(
  values: CheckoutValues,
): { success: true; data: CheckoutForm } | { success: false; errors: CheckoutFieldError[] } {
  const result = checkoutForm.safeParse(values);
  if (result.success) return { success: true, data: result.data };
  const { fieldErrors } = z.flattenError(result.error);
  const errors = (Object.keys(checkoutForm.shape) as (keyof CheckoutForm)[]).flatMap((field) => {
    const message = fieldErrors[field]?.[0];
    return message ? [{ field, message }] : [];
  });
  return { success: false, errors };
}
