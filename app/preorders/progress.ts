import { datesFrom, daysBetween } from "../shop-time/calendar-date";
import { roundToMinorUnit } from "./currency-amount";
import type { PreorderGoal } from "./preorder-test-draft";
import { localDateOf, type Instant } from "../shop-time/shop-time-zone";

/**
 * Where a preorder test stands, from its counted order lines (PreorderLine rows). A line counts
 * for the units still on order: `quantity − cancelledQuantity`, none once the line is cancelled
 * or refunded as a whole. Cancelled units stay on the day they were ordered (the series says
 * what was ordered that day and is still on order), so the series always adds up to the totals.
 */

export const preorderLineStatuses = ["active", "cancelled", "refunded"] as const;
export type PreorderLineStatus = (typeof preorderLineStatuses)[number];

export interface CountedPreorderLine {
  orderId: string;
  quantity: number;
  /** Units cancelled or refunded so far (≤ quantity). */
  cancelledQuantity: number;
  unitPrice: number;
  /** Charged at checkout for the whole line (quantity × unit price × checkout share). */
  depositAmount: number;
  orderedAt: Instant;
  status: PreorderLineStatus;
}

export interface PreorderProgressInput {
  lines: readonly CountedPreorderLine[];
  goal: PreorderGoal;
  currency: string;
  /** When the test went live. */
  startedAt: Instant;
  now: Instant;
  /** The test's last day (draft.deadline). */
  deadline: string;
  timeZone: string;
}

export interface PreorderDay {
  /** YYYY-MM-DD in the shop's time zone. */
  date: string;
  units: number;
  cumulativeUnits: number;
  revenue: number;
  cumulativeRevenue: number;
}

export interface PreorderProgress {
  /** Units still on order. */
  units: number;
  /** Their price: units × unit price, in the shop's currency. */
  revenue: number;
  /** Collected at checkout for the units still on order. */
  depositsCollected: number;
  /** Still to charge for the units on order: revenue − depositsCollected. */
  balanceDue: number;
  /** Units no longer on order (cancelled or refunded). */
  cancelledUnits: number;
  /** Orders with at least one unit still on order. */
  orders: number;
  /** Units still on order in each of those orders (the verdict's order sizes). */
  orderSizes: number[];
  /** Units or revenue against the goal, in percent; above 100 once the goal is passed. */
  percentOfGoal: number;
  /** From the day the test started to today or the deadline, whichever is earlier. */
  daily: PreorderDay[];
}

export function preorderProgress(input: PreorderProgressInput): PreorderProgress {
  const { currency, timeZone } = input;
  const firstDay = localDateOf(input.startedAt, timeZone);
  const today = localDateOf(input.now, timeZone);
  const lastDay = [today, input.deadline].sort()[0];
  const dates = datesFrom(firstDay, lastDay < firstDay ? firstDay : lastDay);
  const perDay = dates.map(() => ({ units: 0, revenue: 0 }));

  let units = 0;
  let revenue = 0;
  let depositsCollected = 0;
  let cancelledUnits = 0;
  const unitsPerOrder = new Map<string, number>();

  for (const line of input.lines) {
    const onOrder = unitsOnOrder(line);
    const lineRevenue = onOrder * line.unitPrice;
    units += onOrder;
    revenue += lineRevenue;
    depositsCollected += line.quantity > 0 ? (line.depositAmount * onOrder) / line.quantity : 0;
    cancelledUnits += line.quantity - onOrder;
    if (onOrder > 0) unitsPerOrder.set(line.orderId, (unitsPerOrder.get(line.orderId) ?? 0) + onOrder);

    // An order stamped before the start or after the last day (a clock skew, a late webhook)
    // goes to the nearest day of the series.
    const dayIndex = daysBetween(dates[0], localDateOf(line.orderedAt, timeZone));
    const day = perDay[Math.min(Math.max(dayIndex, 0), dates.length - 1)];
    day.units += onOrder;
    day.revenue += lineRevenue;
  }

  let cumulativeUnits = 0;
  let cumulativeRevenue = 0;
  const daily = dates.map((date, index) => {
    const day = perDay[index];
    cumulativeUnits += day.units;
    cumulativeRevenue += day.revenue;
    return {
      date,
      units: day.units,
      cumulativeUnits,
      revenue: roundToMinorUnit(day.revenue, currency),
      cumulativeRevenue: roundToMinorUnit(cumulativeRevenue, currency),
    };
  });

  const roundedRevenue = roundToMinorUnit(revenue, currency);
  const roundedDeposits = roundToMinorUnit(depositsCollected, currency);
  const sold = input.goal.kind === "units" ? units : roundedRevenue;
  return {
    units,
    revenue: roundedRevenue,
    depositsCollected: roundedDeposits,
    balanceDue: roundToMinorUnit(roundedRevenue - roundedDeposits, currency),
    cancelledUnits,
    orders: unitsPerOrder.size,
    orderSizes: [...unitsPerOrder.values()],
    percentOfGoal: (sold / input.goal.value) * 100,
    daily,
  };
}

function unitsOnOrder(line: CountedPreorderLine): number {
  if (!preorderLineStatuses.includes(line.status)) throw new RangeError(`Unknown preorder line status: ${line.status}`);
  if (line.status !== "active") return 0;
  return Math.max(0, line.quantity - Math.min(line.cancelledQuantity, line.quantity));
}
