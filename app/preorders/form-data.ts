import type { PreorderForm } from "./preorder-form";

/** A submitted form as the preorder form reader takes it: repeated fields (variantIds) as arrays. */
export function formRecord(form: FormData): PreorderForm {
  const record: PreorderForm = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((value): value is string => typeof value === "string");
    record[key] = values.length > 1 || key === "variantIds" ? values : (values[0] ?? "");
  }
  return record;
}

/** The browser's side: form values (a repeated field as an array) as the FormData to post. */
export function formDataOf(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}
