import type { Db } from "../db.server";
import { wakeWorkers } from "../jobs/queue.server";
import type { AdminApi } from "../shopify/admin.server";
import {
  addVariantsToPlan,
  productForPreorder,
  removeVariantsFromPlan,
  updateSellingPlanGroup,
  variantSellingPlans,
  type UserError,
} from "./preorder-admin-api.server";
import { planPreorderEdit, type EditErrors, type PreorderEditPlan } from "./preorder-edit";
import type { PreorderTestDraft } from "./preorder-test-draft";
import {
  movePreorderShipDate,
  publishStorefrontData,
  readTest,
  scheduleDeadline,
  shopifyErrorText,
  testProgress,
  type PreorderTestRecord,
} from "./preorder-tests.server";
import { localDateOf } from "../shop-time/shop-time-zone";

/** Orders with the test's plan so far (cancelled ones too): once there is one, the payment terms stay. */
export async function ordersOfTest(db: Db, testId: string): Promise<number> {
  return (await db.preorderLine.findMany({ where: { testId }, distinct: ["orderId"], select: { orderId: true } }))
    .length;
}

export type EditResult = { ok: true; message: string } | { ok: false; errors: EditErrors };

/** A step already applied and how to take it back. */
type Undo = { what: string; run: () => Promise<UserError[] | void> };

/**
 * Saves an edited live test: the selling plan (names, terms, dates), its variants, the row and
 * the storefront block's data, then a new ship date through movePreorderShipDate, which tells
 * the buyers. Each step that succeeds leaves how to undo it; when a later step fails, the earlier
 * ones are undone in reverse order, so neither Shopify nor the database keeps half an edit.
 */
export async function editPreorderTest(
  db: Db,
  admin: AdminApi,
  test: PreorderTestRecord,
  next: PreorderTestDraft,
  now: Date,
): Promise<EditResult> {
  const groupId = test.sellingPlanGroupId;
  const planId = test.sellingPlanId;
  if (!groupId || !planId) return { ok: false, errors: { form: "This test has no preorder plan in Shopify to edit" } };
  const product = await productForPreorder(admin, test.productId);
  if (!product) return { ok: false, errors: { form: "The product of this test no longer exists in Shopify" } };

  const planned = planPreorderEdit(
    {
      status: test.status,
      form: test.form,
      orders: await ordersOfTest(db, test.id),
      unitsOnOrder: (await testProgress(db, test, now)).units,
    },
    next,
    {
      today: localDateOf(now, test.timeZone),
      timeZone: test.timeZone,
      sellingPlanId: planId,
      productVariantIds: product.variants.nodes.map((variant) => variant.id),
    },
  );
  if (!planned.ok) return planned;
  const { plan } = planned;

  const taken = await takenVariants(admin, plan.productVariantIdsToAdd);
  if (taken) return { ok: false, errors: { variantIds: taken } };

  const undo: Undo[] = [];
  const fail = async (errors: EditErrors): Promise<EditResult> => {
    const notUndone = await undoAll(undo);
    if (notUndone.length === 0) return { ok: false, errors };
    const form = `${errors.form ?? "The changes were not saved."} Undoing what was already changed failed (${notUndone.join("; ")}): check the test's preorder plan in Shopify.`;
    return { ok: false, errors: { ...errors, form } };
  };

  try {
    const outcome = await applyStaged(db, admin, test, plan, groupId, now, undo);
    if (outcome) return await fail(outcome);
    if (!plan.shipDate) return { ok: true, message: "Saved: the preorder and its storefront block show the changes." };
    const staged = readTest(await db.preorderTest.findUniqueOrThrow({ where: { id: test.id } }));
    const moved = await moveShipDate(db, admin, staged, plan.shipDate, now);
    if (!moved.ok) return await fail({ shipDate: moved.message });
    return { ok: true, message: `Saved. ${moved.message}` };
  } catch (error) {
    if (error instanceof ShipDateMovedError) throw error;
    const notUndone = await undoAll(undo);
    if (notUndone.length) {
      throw new Error(`${(error as Error).message}; undoing failed: ${notUndone.join("; ")}`, { cause: error });
    }
    throw error;
  }
}

class ShipDateMovedError extends Error {}

/**
 * movePreorderShipDate, told apart when it throws after saving the new date: its buyer notices
 * are queued then, so the edit is kept (only the storefront block may lag) rather than undone.
 */
async function moveShipDate(db: Db, admin: AdminApi, test: PreorderTestRecord, shipDate: string, now: Date) {
  try {
    return await movePreorderShipDate(db, admin, test, shipDate, now);
  } catch (error) {
    const row = await db.preorderTest.findUnique({ where: { id: test.id } });
    if (row?.shipDate === shipDate) throw new ShipDateMovedError((error as Error).message, { cause: error });
    throw error;
  }
}

/** Everything but the ship date; returns the errors of a refused step (the caller undoes the rest). */
async function applyStaged(
  db: Db,
  admin: AdminApi,
  test: PreorderTestRecord,
  plan: PreorderEditPlan,
  groupId: string,
  now: Date,
  undo: Undo[],
): Promise<EditErrors | null> {
  const { groupUpdate, groupUndo, productVariantIdsToAdd: toAdd, productVariantIdsToRemove: toRemove } = plan;
  if (groupUpdate) {
    const errors = await updateSellingPlanGroup(admin, groupId, groupUpdate);
    if (errors.length) return { form: `Shopify refused the change: ${shopifyErrorText(errors)}` };
    if (groupUndo)
      undo.push({ what: "the plan's terms", run: () => updateSellingPlanGroup(admin, groupId, groupUndo) });
  }
  if (toAdd.length) {
    const errors = await addVariantsToPlan(admin, groupId, toAdd);
    if (errors.length) return { variantIds: `Shopify refused the added variants: ${shopifyErrorText(errors)}` };
    undo.push({ what: "the added variants", run: () => removeVariantsFromPlan(admin, groupId, toAdd) });
  }
  if (toRemove.length) {
    const errors = await removeVariantsFromPlan(admin, groupId, toRemove);
    if (errors.length) return { variantIds: `Shopify refused to remove variants: ${shopifyErrorText(errors)}` };
    undo.push({ what: "the removed variants", run: () => addVariantsToPlan(admin, groupId, toRemove) });
  }

  const staged = plan.staged;
  if (JSON.stringify(staged) === JSON.stringify(test.form)) return null;
  const saved = readTest(
    await db.$transaction(async (tx) => {
      const row = await tx.preorderTest.update({
        where: { id: test.id },
        data: {
          draft: JSON.stringify(staged),
          variantIds: JSON.stringify(staged.variantIds),
          deadline: staged.deadline,
        },
      });
      // The job for the old deadline finds it superseded and does nothing.
      if (staged.deadline !== test.form.deadline) await scheduleDeadline(tx, row);
      return row;
    }),
  );
  wakeWorkers();
  undo.push({
    what: "the saved setup",
    run: async () => {
      await db.preorderTest.update({
        where: { id: test.id },
        data: {
          draft: JSON.stringify(test.form),
          variantIds: JSON.stringify(test.form.variantIds),
          deadline: test.form.deadline,
        },
      });
    },
  });
  try {
    await publishStorefrontData(db, admin, saved, now);
  } catch (error) {
    return { form: (error as Error).message };
  }
  undo.push({ what: "the storefront block", run: () => publishStorefrontData(db, admin, test, now) });
  return null;
}

async function takenVariants(admin: AdminApi, variantIds: string[]): Promise<string | null> {
  if (variantIds.length === 0) return null;
  const [first] = (await variantSellingPlans(admin, variantIds)).filter((v) => v.sellingPlanGroups.nodes.length);
  if (!first) return null;
  return `${first.displayName} already sells with the selling plan “${first.sellingPlanGroups.nodes[0].name}”: a variant can be in one preorder test at a time`;
}

/** Runs the undo steps newest first; returns what could not be undone. */
async function undoAll(undo: Undo[]): Promise<string[]> {
  const failed: string[] = [];
  for (const step of [...undo].reverse()) {
    try {
      const errors = await step.run();
      if (errors?.length) failed.push(`${step.what}: ${shopifyErrorText(errors)}`);
    } catch (error) {
      failed.push(`${step.what}: ${(error as Error).message}`);
    }
  }
  undo.length = 0;
  return failed;
}
