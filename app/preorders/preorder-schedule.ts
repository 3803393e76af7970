import type { PaymentPlan } from "./preorder-test-draft";

/**
 * The order of a preorder test's dates, all calendar dates in the shop's time zone:
 *
 *   today ≤ deadline < balance due date ≤ ship date, and deadline < ship date.
 *
 * The deadline comes before the ship date because the test decides whether to make the
 * product at all. A balance due on a date comes after the deadline so that nobody pays in full
 * before that decision (the balance is charged at the start of its day, the test runs to the end
 * of the deadline's day), and by the ship date at the latest. Each rule returns the message for
 * the field the merchant should change, or null; a date left out (the form could not read it)
 * is not compared.
 */

export function shipDateProblem(shipDate: string, today: string): string | null {
  return shipDate < today ? "The ship date is in the past: pick today or later" : null;
}

export function deadlineProblem(deadline: string, dates: { today: string; shipDate?: string }): string | null {
  if (deadline < dates.today) return "The deadline is in the past: pick today or later";
  if (dates.shipDate !== undefined && deadline >= dates.shipDate) {
    return "The deadline must be before the ship date: the test decides whether to make the product before anything ships";
  }
  return null;
}

export function balanceDueDateProblem(
  dueDate: string,
  dates: { today: string; deadline?: string; shipDate?: string },
): string | null {
  if (dueDate < dates.today) return "The balance due date is in the past: pick a date after the deadline";
  if (dates.deadline !== undefined && dueDate <= dates.deadline) {
    return "The balance would be due before the test ends: pick a date after the deadline, so nobody pays in full before you know the product goes ahead";
  }
  if (dates.shipDate !== undefined && dueDate > dates.shipDate)
    return "The balance due date is after the ship date: pick the ship date or earlier";
  return null;
}

/**
 * The first problem with a whole schedule, for a saved test checked again later (a draft being
 * launched, a deadline being moved), keyed by the field to change.
 */
export function scheduleProblem(
  schedule: { shipDate: string; deadline: string; payment: PaymentPlan },
  today: string,
): { field: "shipDate" | "deadline" | "balanceDueDate"; message: string } | null {
  const ship = shipDateProblem(schedule.shipDate, today);
  if (ship) return { field: "shipDate", message: ship };
  const deadline = deadlineProblem(schedule.deadline, { today, shipDate: schedule.shipDate });
  if (deadline) return { field: "deadline", message: deadline };
  if (schedule.payment.model === "deposit" && schedule.payment.balance.trigger === "exact-date") {
    const due = balanceDueDateProblem(schedule.payment.balance.dueDate, { today, ...schedule });
    if (due) return { field: "balanceDueDate", message: due };
  }
  return null;
}
