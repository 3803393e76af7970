import { isCalendarDate } from "../shop-time/calendar-date";
import { scheduleProblem } from "./preorder-schedule";
import type { PreorderTestDraft } from "./preorder-test-draft";

/**
 * A preorder test's life:
 *
 *   draft ──launch──▶ live ──end-early / deadline-passed──▶ ended ──decide──▶ go | no-go
 *                      ▲ └─extend─┘                          │
 *                      └────────────────extend───────────────┘
 *
 * "extend" moves the deadline later, on a live test or on an ended one not yet decided (which
 * then sells again). go and no-go are final. A refused transition says why, for the merchant.
 * What each step means on Shopify's side (removing the variants from the group, charging or
 * cancelling charge-later orders) is the caller's.
 */

export const preorderTestStatuses = ["draft", "live", "ended", "go", "no-go"] as const;
export type PreorderTestStatus = (typeof preorderTestStatuses)[number];

export type PreorderTestAction =
  | { type: "launch" }
  | { type: "extend"; deadline: string }
  | { type: "end-early" }
  /** The scheduler's: the deadline's day is over in the shop's time zone. */
  | { type: "deadline-passed" }
  | { type: "decide"; decision: "go" | "no-go" };

export interface PreorderTestState {
  status: PreorderTestStatus;
  draft: PreorderTestDraft;
}

export type PreorderTransition = ({ ok: true } & PreorderTestState) | { ok: false; message: string };

export function transitionPreorderTest(
  test: PreorderTestState,
  action: PreorderTestAction,
  context: { today: string },
): PreorderTransition {
  const { status, draft } = test;
  const refuse = (message: string): PreorderTransition => ({ ok: false, message });
  if (status === "go" || status === "no-go") {
    return refuse(`This test is decided (${status}) and can't change: start a new test to try again`);
  }

  switch (action.type) {
    case "launch": {
      if (status !== "draft") return refuse("This test is already launched");
      const problem = scheduleProblem(draft, context.today);
      if (problem) return refuse(`Fix the dates before launching. ${problem.message}`);
      return { ok: true, status: "live", draft };
    }
    case "end-early":
      if (status === "draft") return refuse("A draft hasn't started, so it can't end: delete it instead");
      if (status === "ended") return refuse("This test has already ended");
      return { ok: true, status: "ended", draft };
    case "deadline-passed":
      if (status !== "live") return refuse("Only a live test reaches its deadline");
      if (context.today <= draft.deadline) return refuse(`The deadline (${draft.deadline}) hasn't passed yet`);
      return { ok: true, status: "ended", draft };
    case "extend": {
      if (status === "draft") return refuse("A draft's deadline is changed in the form, not extended");
      if (!isCalendarDate(action.deadline)) return refuse("Enter the new deadline as YYYY-MM-DD");
      if (action.deadline <= draft.deadline) {
        return refuse(`The new deadline must be after the current one (${draft.deadline})`);
      }
      const extended = { ...draft, deadline: action.deadline };
      const problem = scheduleProblem(extended, context.today);
      if (problem?.field === "shipDate") return refuse(`Move the ship date in the form first. ${problem.message}`);
      if (problem?.field === "balanceDueDate") {
        return refuse(
          "The balance would fall due before the new deadline: move the balance due date in the form first, or pick an earlier deadline",
        );
      }
      if (problem) return refuse(problem.message);
      return { ok: true, status: "live", draft: extended };
    }
    case "decide":
      if (status !== "ended") {
        return refuse("Decide go or no-go once the test has ended: end it early or wait for the deadline");
      }
      return { ok: true, status: action.decision, draft };
  }
}
