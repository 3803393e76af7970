const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * A stored UTC time for people to read. Locale and time zone are fixed so that the server's
 * HTML and the browser's hydration agree.
 */
export function formatTime(iso: string): string {
  return `${timeFormat.format(new Date(iso))} UTC`;
}

/** One line of a long message, for a table cell; the full text goes in a tooltip or title. */
export function truncate(text: string, maxLength = 80): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
