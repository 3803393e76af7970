import { describe, expect, it } from "vitest";
import type { PreorderTestDraft } from "../../../app/preorders/preorder-test-draft";
import {
  preorderTestStatuses,
  transitionPreorderTest,
  type PreorderTestAction,
  type PreorderTestStatus,
} from "../../../app/preorders/status";

const draft: PreorderTestDraft = {
  productId: "gid://shopify/Product/101",
  variantIds: ["gid://shopify/ProductVariant/201"],
  payment: { model: "full" },
  discountPercent: 0,
  shipDate: "2027-03-15",
  deadline: "2027-02-01",
  goal: { kind: "units", value: 200 },
  cap: null,
  currency: "EUR",
  wording: { label: "Preorder", buttonText: "Preorder now", note: "Expected to ship by March 15, 2027." },
};

const duringTest = { today: "2027-01-15" };
const afterDeadline = { today: "2027-02-02" };

const step = (status: PreorderTestStatus, action: PreorderTestAction, context = duringTest, testDraft = draft) =>
  transitionPreorderTest({ status, draft: testDraft }, action, context);

describe("a preorder test's status", () => {
  it("launches a draft whose dates still hold", () => {
    expect(step("draft", { type: "launch" }, { today: "2026-12-01" })).toEqual({ ok: true, status: "live", draft });
  });

  it("won't launch a draft whose dates went stale", () => {
    expect(step("draft", { type: "launch" }, afterDeadline)).toEqual({
      ok: false,
      message: "Fix the dates before launching. The deadline is in the past: pick today or later",
    });
  });

  it("ends a live test early or at its deadline", () => {
    expect(step("live", { type: "end-early" })).toEqual({ ok: true, status: "ended", draft });
    expect(step("live", { type: "deadline-passed" }, afterDeadline)).toEqual({ ok: true, status: "ended", draft });
  });

  it("doesn't end at the deadline before the deadline's day is over", () => {
    expect(step("live", { type: "deadline-passed" }, { today: "2027-02-01" })).toEqual({
      ok: false,
      message: "The deadline (2027-02-01) hasn't passed yet",
    });
  });

  it("decides go or no-go on an ended test, and only then", () => {
    expect(step("ended", { type: "decide", decision: "go" })).toEqual({ ok: true, status: "go", draft });
    expect(step("ended", { type: "decide", decision: "no-go" })).toEqual({ ok: true, status: "no-go", draft });
    expect(step("live", { type: "decide", decision: "go" })).toEqual({
      ok: false,
      message: "Decide go or no-go once the test has ended: end it early or wait for the deadline",
    });
  });

  it("extends a live test's deadline, and reopens an ended test that isn't decided", () => {
    const extended = { ...draft, deadline: "2027-02-20" };
    expect(step("live", { type: "extend", deadline: "2027-02-20" })).toEqual({
      ok: true,
      status: "live",
      draft: extended,
    });
    expect(step("ended", { type: "extend", deadline: "2027-02-20" }, afterDeadline)).toEqual({
      ok: true,
      status: "live",
      draft: extended,
    });
  });

  it("extends only to a later deadline that still fits the schedule", () => {
    expect(step("live", { type: "extend", deadline: "2027-02-01" })).toEqual({
      ok: false,
      message: "The new deadline must be after the current one (2027-02-01)",
    });
    expect(step("live", { type: "extend", deadline: "2027-03-15" })).toEqual({
      ok: false,
      message:
        "The deadline must be before the ship date: the test decides whether to make the product before anything ships",
    });
    expect(step("ended", { type: "extend", deadline: "2027-02-05" }, { today: "2027-02-10" })).toEqual({
      ok: false,
      message: "The deadline is in the past: pick today or later",
    });
    expect(step("live", { type: "extend", deadline: "next week" })).toEqual({
      ok: false,
      message: "Enter the new deadline as YYYY-MM-DD",
    });
  });

  it("won't extend past a deposit's balance due date, or after the ship date has passed", () => {
    const deposit: PreorderTestDraft = {
      ...draft,
      payment: { model: "deposit", depositPercent: 20, balance: { trigger: "exact-date", dueDate: "2027-02-10" } },
    };
    expect(step("live", { type: "extend", deadline: "2027-02-09" }, duringTest, deposit)).toMatchObject({ ok: true });
    expect(step("live", { type: "extend", deadline: "2027-02-10" }, duringTest, deposit)).toEqual({
      ok: false,
      message:
        "The balance would fall due before the new deadline: move the balance due date in the form first, or pick an earlier deadline",
    });
    expect(step("ended", { type: "extend", deadline: "2027-04-01" }, { today: "2027-03-20" })).toEqual({
      ok: false,
      message: "Move the ship date in the form first. The ship date is in the past: pick today or later",
    });
  });

  it("refuses what doesn't fit the state", () => {
    expect(step("live", { type: "launch" })).toEqual({ ok: false, message: "This test is already launched" });
    expect(step("draft", { type: "end-early" })).toEqual({
      ok: false,
      message: "A draft hasn't started, so it can't end: delete it instead",
    });
    expect(step("ended", { type: "end-early" })).toEqual({ ok: false, message: "This test has already ended" });
    expect(step("ended", { type: "deadline-passed" }, afterDeadline)).toEqual({
      ok: false,
      message: "Only a live test reaches its deadline",
    });
    expect(step("draft", { type: "extend", deadline: "2027-02-20" })).toEqual({
      ok: false,
      message: "A draft's deadline is changed in the form, not extended",
    });
  });

  it("keeps go and no-go final whatever happens", () => {
    const actions: PreorderTestAction[] = [
      { type: "launch" },
      { type: "extend", deadline: "2027-02-20" },
      { type: "end-early" },
      { type: "deadline-passed" },
      { type: "decide", decision: "go" },
      { type: "decide", decision: "no-go" },
    ];
    for (const status of ["go", "no-go"] as const) {
      for (const action of actions) {
        expect(step(status, action, afterDeadline)).toEqual({
          ok: false,
          message: `This test is decided (${status}) and can't change: start a new test to try again`,
        });
      }
    }
  });

  it("reaches every status from a draft", () => {
    const reached = new Set<PreorderTestStatus>(["draft"]);
    const live = step("draft", { type: "launch" }, { today: "2026-12-01" });
    if (live.ok) reached.add(live.status);
    const ended = step("live", { type: "end-early" });
    if (ended.ok) reached.add(ended.status);
    for (const decision of ["go", "no-go"] as const) {
      const decided = step("ended", { type: "decide", decision });
      if (decided.ok) reached.add(decided.status);
    }
    expect([...reached].sort()).toEqual([...preorderTestStatuses].sort());
  });
});
