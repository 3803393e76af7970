/**
 * Dates as Amazon prints them in each storefront language: "July 6, 2015", "23 January 2025",
 * "14. April 2017", "14 novembre 2018", "1er mars 2020", "5 de marzo de 2020", "2020年3月5日", "2020/3/5",
 * usually inside a sentence ("Reviewed in the United States on …", "Rezension aus Deutschland vom …").
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, it, es, nl (full names; English/German/French short forms follow)
  ["january", "januar", "janvier", "gennaio", "enero", "januari", "jänner", "jan"],
  ["february", "februar", "février", "febbraio", "febrero", "februari", "feb", "févr"],
  ["march", "märz", "mars", "marzo", "maart", "mar", "mär"],
  ["april", "avril", "aprile", "abril", "apr", "avr"],
  ["may", "mai", "maggio", "mayo", "mei"],
  ["june", "juni", "juin", "giugno", "junio", "jun"],
  ["july", "juli", "juillet", "luglio", "julio", "jul", "juil"],
  ["august", "août", "agosto", "augustus", "aug"],
  ["september", "septembre", "settembre", "septiembre", "setiembre", "sep", "sept"],
  ["october", "oktober", "octobre", "ottobre", "octubre", "oct", "okt"],
  ["november", "novembre", "noviembre", "nov"],
  ["december", "dezember", "décembre", "dicembre", "diciembre", "dec", "dez", "déc"],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

/** Year first: "2020年3月5日" (Japanese reviews), "2020/3/5" (amazon.co.jp product details). */
const YEAR_FIRST = /(\d{4})(?:年\s*|\/)(\d{1,2})(?:月\s*|\/)(\d{1,2})/u;
const MONTH_FIRST = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/gu;
const DAY_FIRST = /(\d{1,2})(?:er|\.)?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})/gu;

/** The ISO date ("2015-07-06") written somewhere in `text`, or null when there is none. */
export function parseLocalizedDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  for (const [, day, month, year] of text.matchAll(DAY_FIRST)) {
    const iso = isoDate(Number(year), MONTHS[month.toLowerCase()], Number(day));
    if (iso) return iso;
  }
  for (const [, month, day, year] of text.matchAll(MONTH_FIRST)) {
    const iso = isoDate(Number(year), MONTHS[month.toLowerCase()], Number(day));
    if (iso) return iso;
  }
  return null;
}

function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (!month) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
