/** Whole days in an ISO 8601 duration such as "P30D", "P2W" or "PT48H"; NaN when it is not one. */
export function durationDays(duration: string | null | undefined): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
    duration ?? "",
  );
  if (!match || duration === "P" || duration?.endsWith("T")) return Number.NaN;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return years * 365 + months * 30 + weeks * 7 + days + (hours + minutes / 60 + seconds / 3600) / 24;
}
