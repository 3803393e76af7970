/** `{{ 'Oak Table, Large' | handleize }}` → "oak-table-large". */
export function handleizeFilter(text: unknown): string {
  return String(text ?? "")
    .toLowerCase()
    .replace(/['"]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
