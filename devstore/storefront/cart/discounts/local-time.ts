import { GraphQLError } from "graphql";
import { timezoneOffsetMinutes } from "../../../seed/time-zone";

/**
 * The Discount Function API's `shop.localTime`: the shop's clock in its own time zone. A
 * Function never sees the time itself, only answers about it: dates and times without a
 * zone compare with the shop's wall clock, to the second. "After" holds from the instant
 * given on (a window that starts at 15:00:00 has started at 15:00:00), "before" until it;
 * "between" holds from its start up to, not including, its end.
 */

/** The shop's wall-clock time at `now`: "YYYY-MM-DDTHH:MM:SS". */
export function shopLocalDateTime(now: Date, timeZone: string): string {
  const offset = timezoneOffsetMinutes(timeZone, now);
  return new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

function dateTimeArgument(value: unknown): string {
  const match = typeof value === "string" ? DATE_TIME.exec(value) : null;
  if (!match) throw new GraphQLError(`Invalid DateTimeWithoutTimezone: ${JSON.stringify(value)}`);
  return `${match[1]}T${match[2]}:${match[3]}:${match[4] ?? "00"}`;
}

function timeArgument(value: unknown): string {
  const match = typeof value === "string" ? TIME.exec(value) : null;
  if (!match) throw new GraphQLError(`Invalid TimeWithoutTimezone: ${JSON.stringify(value)}`);
  return `${match[1]}:${match[2]}:${match[3] ?? "00"}`;
}

type Args = Record<string, unknown>;

/** LocalTime's fields, answered for the shop's wall clock `local` ("YYYY-MM-DDTHH:MM:SS"). */
export function localTimeFields(local: string) {
  const time = local.slice(11);
  // Fixed-width strings compare in time order.
  return {
    date: local.slice(0, 10),
    dateTimeAfter: ({ dateTime }: Args) => local >= dateTimeArgument(dateTime),
    dateTimeBefore: ({ dateTime }: Args) => local < dateTimeArgument(dateTime),
    dateTimeBetween: ({ startDateTime, endDateTime }: Args) =>
      local >= dateTimeArgument(startDateTime) && local < dateTimeArgument(endDateTime),
    timeAfter: ({ time: other }: Args) => time >= timeArgument(other),
    timeBefore: ({ time: other }: Args) => time < timeArgument(other),
    timeBetween: ({ startTime, endTime }: Args) => time >= timeArgument(startTime) && time < timeArgument(endTime),
  };
}
