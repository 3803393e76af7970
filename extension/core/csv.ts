/**
 * RFC 4180 CSV: quoted where needed, CRLF line ends. Cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) get a leading apostrophe (OWASP's CSV-injection advice): the
 * text comes from strangers' listings and reviews.
 */
export function toCsv<T>(columns: [string, (row: T) => string | number | boolean | null][], rows: T[]): string {
  const lines = [columns.map(([name]) => name), ...rows.map((row) => columns.map(([, value]) => cell(value(row))))];
  return lines.map((line) => line.join(",")).join("\r\n") + "\r\n";
}

function cell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
