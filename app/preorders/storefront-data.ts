import type { PreorderTestDraft } from "./preorder-test-draft";
import type { PreorderProgress } from "./progress";
import { endOfLocalDay, instantMs } from "../shop-time/shop-time-zone";

/**
 * What the storefront block reads: the app-owned product metafields `$app:preorder.config` and
 * `.progress` (rendered into the page, so shoppers see numbers without waiting), and the same
 * progress live from the app proxy. The block's contract: storefront/preorder/README.md.
 */
export interface StorefrontConfig {
  testId: string;
  status: "live" | "closed";
  sellingPlanId: string | null;
  shipDate: string;
  paymentModel: PreorderTestDraft["payment"]["model"];
  depositPercent: number | null;
  goal: PreorderTestDraft["goal"];
  /** The instant the preorder stops selling (the end of the deadline's day in the shop's time zone). */
  deadline: string;
  cap: number | null;
  wording: { label: string; button: string; note: string };
}

export type StorefrontState = "open" | "sold-out" | "closed";

export interface StorefrontProgress {
  units: number;
  revenue: number;
  percent: number;
  state: StorefrontState;
  goal: PreorderTestDraft["goal"];
  currency: string;
  updatedAt: string;
}

interface TestFacts {
  id: string;
  status: string;
  sellingPlanId: string | null;
  timeZone: string;
  form: PreorderTestDraft;
}

export function storefrontConfig(test: TestFacts): StorefrontConfig {
  const { form: draft } = test;
  return {
    testId: test.id,
    status: test.status === "live" ? "live" : "closed",
    sellingPlanId: test.sellingPlanId,
    shipDate: draft.shipDate,
    paymentModel: draft.payment.model,
    depositPercent: draft.payment.model === "deposit" ? draft.payment.depositPercent : null,
    goal: draft.goal,
    deadline: endOfLocalDay(draft.deadline, test.timeZone),
    cap: draft.cap,
    wording: { label: draft.wording.label, button: draft.wording.buttonText, note: draft.wording.note },
  };
}

/** Open while live, before the deadline and under the cap; sold out at the cap; closed otherwise. */
export function storefrontState(test: TestFacts, unitsOnOrder: number, now: Date): StorefrontState {
  if (test.status !== "live") return "closed";
  if (now.getTime() >= instantMs(endOfLocalDay(test.form.deadline, test.timeZone))) return "closed";
  if (test.form.cap !== null && unitsOnOrder >= test.form.cap) return "sold-out";
  return "open";
}

export function storefrontProgress(test: TestFacts, progress: PreorderProgress, now: Date): StorefrontProgress {
  return {
    units: progress.units,
    revenue: progress.revenue,
    percent: Math.round(progress.percentOfGoal * 10) / 10,
    state: storefrontState(test, progress.units, now),
    goal: test.form.goal,
    currency: test.form.currency,
    updatedAt: now.toISOString(),
  };
}
