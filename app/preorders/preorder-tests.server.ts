import type { PreorderTest } from "@prisma/client";
import type { Db, DbOrTx } from "../db.server";
import { enqueue, wakeWorkers } from "../jobs/queue.server";
import type { AdminApi } from "../shopify/admin.server";
import type { CountedTest } from "./order-preorder-lines";
import {
  createSellingPlanGroup,
  deleteSellingPlanGroup,
  setPreorderMetafields,
  updateSellingPlanGroup,
  variantSellingPlans,
  type UserError,
} from "./preorder-admin-api.server";
import { balanceTiming } from "./balance-charge";
import { scheduleBalanceCharges } from "./preorder-balances.server";
import { PREORDER_NOTICES_JOB } from "./preorder-notices-job.server";
import { scheduleProblem } from "./preorder-schedule";
import { checkoutPercent, preorderTestDraftSchema, type PreorderTestDraft } from "./preorder-test-draft";
import { defaultPreorderNote } from "./preorder-wording";
import { preorderUnitPrice } from "./preorder-unit-price";
import { preorderProgress, type PreorderLineStatus, type PreorderProgress } from "./progress";
import { sellingPlanGroupInput, sellingPlanGroupResources, sellingPlanGroupUpdateInput } from "./selling-plan-input";
import { endOfLocalDay, localDateOf } from "../shop-time/shop-time-zone";
import { transitionPreorderTest, type PreorderTestStatus } from "./status";
import { preorderVerdict } from "./verdict";
import {
  storefrontConfig,
  storefrontProgress as storefrontProgressOf,
  type StorefrontProgress,
} from "./storefront-data";

/** Selling plan groups Fieldtest creates say so in Liquid (selling_plan_group.app_id): the block shows only these. */
export const PREORDER_APP_ID = "fieldtest";

export const PREORDER_DEADLINE_JOB = "preorder-deadline";
export const PREORDER_NO_GO_JOB = "preorder-no-go";

/**
 * The job that ends a test when its deadline's day is over in the shop's time zone; keyed by the
 * deadline, so an extension schedules a new one and the old one finds its deadline superseded.
 */
export async function scheduleDeadline(tx: DbOrTx, row: PreorderTest) {
  await enqueue(tx, {
    kind: PREORDER_DEADLINE_JOB,
    key: `${PREORDER_DEADLINE_JOB}:${row.id}:${row.deadline}`,
    shop: row.shop,
    runAt: new Date(endOfLocalDay(row.deadline, row.timeZone)),
    payload: { shop: row.shop, testId: row.id, deadline: row.deadline },
  });
}

/** A stored test with its draft read back through the schema (a row that no longer parses is an error, not a guess). */
export type PreorderTestRecord = PreorderTest & { form: PreorderTestDraft };

export function readTest(row: PreorderTest): PreorderTestRecord {
  const parsed = preorderTestDraftSchema.safeParse(JSON.parse(row.draft));
  if (!parsed.success) throw new Error(`Preorder test ${row.id} has an unreadable setup: ${parsed.error.message}`);
  return { ...row, form: parsed.data };
}

export function countedTest(row: PreorderTest): CountedTest {
  const { form } = readTest(row);
  return { id: row.id, sellingPlanId: row.sellingPlanId ?? "", checkoutPercent: checkoutPercent(form.payment) };
}

export type CreateResult = { ok: true; test: PreorderTestRecord } | { ok: false; errors: Record<string, string> };

/**
 * Creates the test in Shopify and in the database so that a failure of either leaves neither:
 * the selling plan group first (Shopify validates it), then the row; if the row or the
 * storefront metafields cannot be written, the group is deleted again.
 */
export async function createPreorderTest(
  db: Db,
  admin: AdminApi,
  input: { shop: string; draft: PreorderTestDraft; productTitle: string; timeZone: string; now: Date },
): Promise<CreateResult> {
  const { shop, draft, timeZone } = input;
  const variants = await variantSellingPlans(admin, draft.variantIds);
  const taken = variants.filter((v) => v.sellingPlanGroups.nodes.length);
  if (taken.length) {
    const [first] = taken;
    return {
      ok: false,
      errors: {
        variantIds:
          `${first.displayName} already sells with the selling plan “${first.sellingPlanGroups.nodes[0].name}”` +
          (taken.length > 1 ? ` (and ${taken.length - 1} more variants are in other plans)` : "") +
          ": a variant can be in one preorder test at a time. End that plan or pick other variants.",
      },
    };
  }
  const created = await createSellingPlanGroup(
    admin,
    sellingPlanGroupInput(draft, { timeZone, appId: PREORDER_APP_ID }),
    sellingPlanGroupResources(draft),
  );
  if ("userErrors" in created) return { ok: false, errors: { form: shopifyErrorText(created.userErrors) } };

  let row: PreorderTest;
  try {
    row = await db.$transaction(async (tx) => {
      const inserted = await tx.preorderTest.create({
        data: {
          shop,
          productId: draft.productId,
          productTitle: input.productTitle,
          variantIds: JSON.stringify(draft.variantIds),
          sellingPlanGroupId: created.groupId,
          sellingPlanId: created.planId,
          draft: JSON.stringify(draft),
          currency: draft.currency,
          timeZone,
          unitPrice: preorderUnitPrice(
            variants.map((variant) => Number(variant.price)),
            draft.discountPercent,
          ),
          status: "live",
          shipDate: draft.shipDate,
          deadline: draft.deadline,
        },
      });
      await scheduleDeadline(tx, inserted);
      return inserted;
    });
  } catch (error) {
    await deleteSellingPlanGroup(admin, created.groupId);
    throw error;
  }
  wakeWorkers();
  const test = readTest(row);
  try {
    await publishStorefrontData(db, admin, test, input.now);
  } catch (error) {
    await db.preorderTest.delete({ where: { id: row.id } });
    await deleteSellingPlanGroup(admin, created.groupId);
    return { ok: false, errors: { form: (error as Error).message } };
  }
  return { ok: true, test };
}

/** Where a test stands, from its counted lines. */
export async function testProgress(db: DbOrTx, test: PreorderTestRecord, now: Date): Promise<PreorderProgress> {
  const lines = await db.preorderLine.findMany({ where: { testId: test.id }, orderBy: { orderedAt: "asc" } });
  return preorderProgress({
    lines: lines.map((line) => ({ ...line, status: line.status as PreorderLineStatus })),
    goal: test.form.goal,
    currency: test.currency,
    startedAt: test.createdAt,
    now,
    deadline: test.form.deadline,
    timeZone: test.timeZone,
  });
}

/** The block's live numbers for a test, from its counted lines. */
async function progressOnStorefront(db: DbOrTx, test: PreorderTestRecord, now: Date): Promise<StorefrontProgress> {
  return storefrontProgressOf(test, await testProgress(db, test, now), now);
}

/** The block's live numbers for one test of a shop; null when the shop has no such test. */
export async function storefrontProgress(
  db: DbOrTx,
  shop: string,
  testId: string,
  now: Date,
): Promise<StorefrontProgress | null> {
  const test = await findPreorderTest(db, shop, testId);
  return test && progressOnStorefront(db, test, now);
}

/**
 * Writes the current progress where the block reads it before its first live update. At the
 * cap the test ends (Shopify does not stop selling a selling plan by itself).
 */
export async function syncStorefrontProgress(db: DbOrTx, admin: AdminApi, shop: string, testId: string, now: Date) {
  const test = await findPreorderTest(db, shop, testId);
  if (!test) return;
  const progress = await progressOnStorefront(db, test, now);
  if (progress.state === "sold-out" && test.status === "live") {
    const ended = await endPreorderTest(db, admin, test, now);
    if (!ended.ok) throw new Error(`The preorder reached its cap but could not end: ${ended.message}`);
    return;
  }
  const errors = await setPreorderMetafields(admin, test.productId, { progress });
  if (errors.length) throw new Error(`Could not update the preorder progress: ${shopifyErrorText(errors)}`);
}

export function shopifyErrorText(errors: UserError[]): string {
  return errors.map((error) => error.message).join("; ");
}

/** A test as the admin shows it: its setup, where it stands, and the verdict so far. */
export async function preorderTestSummary(db: DbOrTx, test: PreorderTestRecord, now: Date) {
  const progress = await testProgress(db, test, now);
  const verdict = preorderVerdict({
    goal: test.form.goal,
    currency: test.currency,
    sold: progress,
    averageUnitPrice: progress.units === 0 && test.unitPrice ? test.unitPrice : undefined,
    startedAt: test.createdAt,
    now,
    endsAt: test.endedAt ?? endOfLocalDay(test.form.deadline, test.timeZone),
  });
  return { test, progress, verdict };
}

export async function listPreorderTests(db: DbOrTx, shop: string, now: Date) {
  const rows = await db.preorderTest.findMany({ where: { shop }, orderBy: { createdAt: "desc" } });
  return Promise.all(rows.map((row) => preorderTestSummary(db, readTest(row), now)));
}

export async function findPreorderTest(db: DbOrTx, shop: string, id: string): Promise<PreorderTestRecord | null> {
  const row = await db.preorderTest.findFirst({ where: { id, shop } });
  return row ? readTest(row) : null;
}

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Ends a live test now: the selling plan group is removed from Shopify (the variants sell as
 * normal products again; orders keep the plan they were bought with) and the block shows closed.
 */
export async function endPreorderTest(
  db: DbOrTx,
  admin: AdminApi,
  test: PreorderTestRecord,
  now: Date,
  why: "end-early" | "deadline-passed" = "end-early",
): Promise<ActionResult> {
  const transition = transitionPreorderTest(
    { status: test.status as PreorderTestStatus, draft: test.form },
    { type: why },
    { today: localDateOf(now, test.timeZone) },
  );
  if (!transition.ok) return transition;
  if (test.sellingPlanGroupId) {
    const errors = await deleteSellingPlanGroup(admin, test.sellingPlanGroupId);
    if (errors.length) return { ok: false, message: `Shopify kept the preorder plan: ${shopifyErrorText(errors)}` };
  }
  const ended = readTest(
    await db.preorderTest.update({
      where: { id: test.id },
      data: { status: "ended", endedAt: now, sellingPlanGroupId: null },
    }),
  );
  await publishStorefrontData(db, admin, ended, now);
  return { ok: true, message: "The test has ended: the product no longer takes preorders." };
}

/**
 * Moves the deadline later. A live test keeps its plan (updated where the deadline is part of
 * it: the charge-later balance date); an ended one gets a new plan and takes preorders again.
 */
export async function extendPreorderTest(
  db: Db,
  admin: AdminApi,
  test: PreorderTestRecord,
  deadline: string,
  now: Date,
): Promise<ActionResult> {
  const transition = transitionPreorderTest(
    { status: test.status as PreorderTestStatus, draft: test.form },
    { type: "extend", deadline },
    { today: localDateOf(now, test.timeZone) },
  );
  if (!transition.ok) return transition;
  const draft = transition.draft;
  let planIds = { groupId: test.sellingPlanGroupId, planId: test.sellingPlanId };
  if (test.sellingPlanGroupId && test.sellingPlanId) {
    const update = sellingPlanGroupUpdateInput(test.form, draft, {
      sellingPlanId: test.sellingPlanId,
      timeZone: test.timeZone,
    });
    const errors = update ? await updateSellingPlanGroup(admin, test.sellingPlanGroupId, update) : [];
    if (errors.length) return { ok: false, message: `Shopify refused the change: ${shopifyErrorText(errors)}` };
  } else {
    const created = await createSellingPlanGroup(
      admin,
      sellingPlanGroupInput(draft, { timeZone: test.timeZone, appId: PREORDER_APP_ID }),
      sellingPlanGroupResources(draft),
    );
    if ("userErrors" in created) return { ok: false, message: shopifyErrorText(created.userErrors) };
    planIds = created;
  }
  const extended = readTest(
    await db.$transaction(async (tx) => {
      const row = await tx.preorderTest.update({
        where: { id: test.id },
        data: {
          status: "live",
          endedAt: null,
          draft: JSON.stringify(draft),
          deadline: draft.deadline,
          sellingPlanGroupId: planIds.groupId,
          sellingPlanId: planIds.planId,
        },
      });
      await scheduleDeadline(tx, row);
      return row;
    }),
  );
  wakeWorkers();
  await publishStorefrontData(db, admin, extended, now);
  return { ok: true, message: `The test now runs until ${draft.deadline}.` };
}

/** The block's config and progress, after a change of the test. */
export async function publishStorefrontData(db: DbOrTx, admin: AdminApi, test: PreorderTestRecord, now: Date) {
  const errors = await setPreorderMetafields(admin, test.productId, {
    config: storefrontConfig(test),
    progress: await progressOnStorefront(db, test, now),
  });
  if (errors.length) throw new Error(`Could not update the storefront block: ${shopifyErrorText(errors)}`);
}

/**
 * Moves the ship date: the selling plan's delivery date, the block's wording, and one job that
 * emails every buyer the new date and their right to cancel (queued in the same transaction as
 * the change, so a change is never saved without its notices).
 */
export async function movePreorderShipDate(
  db: Db,
  admin: AdminApi,
  test: PreorderTestRecord,
  newDate: string,
  now: Date,
): Promise<ActionResult> {
  const previous = test.form;
  if (test.status !== "live" && test.status !== "ended") {
    return { ok: false, message: "The ship date of a decided test can't change." };
  }
  if (newDate === previous.shipDate) return { ok: false, message: `The ship date already is ${newDate}.` };
  const keepsDefaultNote = previous.wording.note === defaultPreorderNote(previous);
  const next: PreorderTestDraft = { ...previous, shipDate: newDate };
  if (keepsDefaultNote) next.wording = { ...previous.wording, note: defaultPreorderNote(next) };
  const problem = scheduleProblem(next, localDateOf(now, test.timeZone));
  if (problem) return { ok: false, message: problem.message };

  if (test.sellingPlanGroupId && test.sellingPlanId) {
    const update = sellingPlanGroupUpdateInput(previous, next, {
      sellingPlanId: test.sellingPlanId,
      timeZone: test.timeZone,
    });
    const errors = update ? await updateSellingPlanGroup(admin, test.sellingPlanGroupId, update) : [];
    if (errors.length) return { ok: false, message: `Shopify refused the new date: ${shopifyErrorText(errors)}` };
  }
  const change = { kind: "ship-date-moved" as const, previousDate: previous.shipDate, newDate };
  const changeId = `preorder-notices:${test.id}:${previous.shipDate}>${newDate}:${now.getTime()}`;
  const moved = await db.$transaction(async (tx) => {
    const row = await tx.preorderTest.update({
      where: { id: test.id },
      data: { draft: JSON.stringify(next), shipDate: newDate },
    });
    await enqueue(tx, {
      kind: PREORDER_NOTICES_JOB,
      key: changeId,
      shop: test.shop,
      payload: { shop: test.shop, testId: test.id, change, changeId },
    });
    return readTest(row);
  });
  wakeWorkers();
  await publishStorefrontData(db, admin, moved, now);
  const buyers = await db.preorderLine.count({ where: { testId: test.id, status: "active" } });
  return {
    ok: true,
    message: `The ship date is now ${newDate}. ${buyers} preorder${buyers === 1 ? "" : "s"} will be emailed the new date and their right to cancel.`,
  };
}

/**
 * The merchant's decision once a test has ended. Go: the product sells as a normal product (the
 * plan left the variants when the test ended). No-go: a job cancels and refunds every preorder and
 * tells the buyers (queued with the decision, so one is never saved without the other).
 */
export async function decidePreorderTest(
  db: Db,
  test: PreorderTestRecord,
  decision: "go" | "no-go",
  now: Date,
): Promise<ActionResult> {
  const transition = transitionPreorderTest(
    { status: test.status as PreorderTestStatus, draft: test.form },
    { type: "decide", decision },
    { today: localDateOf(now, test.timeZone) },
  );
  if (!transition.ok) return transition;
  let balances = 0;
  await db.$transaction(async (tx) => {
    await tx.preorderTest.update({ where: { id: test.id }, data: { status: decision } });
    if (decision === "go") balances = await scheduleBalanceCharges(tx, test, now);
    if (decision === "no-go") {
      await enqueue(tx, {
        kind: PREORDER_NO_GO_JOB,
        key: `${PREORDER_NO_GO_JOB}:${test.id}`,
        shop: test.shop,
        payload: { shop: test.shop, testId: test.id },
      });
    }
  });
  wakeWorkers();
  const buyers = await db.preorderLine.count({ where: { testId: test.id, status: "active" } });
  return decision === "go"
    ? {
        ok: true,
        message: `Go: the product now sells as a normal product.${goBalancesMessage(test, balances)}`,
      }
    : { ok: true, message: `No-go: ${buyers} preorders are being cancelled and refunded, and their buyers told.` };
}

function goBalancesMessage(test: PreorderTestRecord, orders: number): string {
  const when = balanceTiming(test.form.payment);
  if (orders === 0 || !when) return "";
  return orders === 1
    ? ` The balance of 1 order is charged to the buyer's saved card ${when}.`
    : ` The balances of ${orders} orders are charged to the buyers' saved cards ${when}.`;
}
