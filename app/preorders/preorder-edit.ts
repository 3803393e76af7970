import type { PreorderFormField } from "./preorder-form";
import type { PreorderTestDraft } from "./preorder-test-draft";
import { defaultPreorderNote } from "./preorder-wording";
import { sellingPlanGroupUpdateInput, variantMembershipChanges } from "./selling-plan-input";
import type { SellingPlanGroupInput } from "./selling-plan-types";
import { transitionPreorderTest, type PreorderTestStatus } from "./status";

/**
 * What saving the edit form of a live test changes, checked before anything is changed. The
 * form reader has applied the create form's rules to the edited draft; on top of those:
 * - only a live test is edited (an ended one is extended from its page, a decided one is final);
 * - the product stays, and the variants must be the product's;
 * - once anyone has preordered, the payment terms stay: each order carries the terms it was
 *   bought with and the app counts deposits and charges balances by them;
 * - a later deadline follows the extend rules (status.ts), an earlier one the form's;
 * - the cap can't go below the units already on order.
 *
 * The ship date is applied last and on its own (movePreorderShipDate tells every buyer), so the
 * plan has the change without it (`staged`) and the date to move to.
 */

export interface EditableTest {
  status: string;
  form: PreorderTestDraft;
  /** Orders bought with the test's plan so far, cancelled ones included. */
  orders: number;
  /** Units on order now (cancelled ones excluded). */
  unitsOnOrder: number;
}

export interface EditContext {
  today: string;
  timeZone: string;
  sellingPlanId: string;
  /** Every variant the product has now. */
  productVariantIds: string[];
}

export interface PreorderEditPlan {
  /** The test as saved in the end. */
  next: PreorderTestDraft;
  /** Everything but a new ship date: what Shopify and the database get first. */
  staged: PreorderTestDraft;
  /** sellingPlanGroupUpdate's input from the saved test to `staged`; null when the plan stays. */
  groupUpdate: SellingPlanGroupInput | null;
  /** The reverse, to undo it. */
  groupUndo: SellingPlanGroupInput | null;
  productVariantIdsToAdd: string[];
  productVariantIdsToRemove: string[];
  /** The date to move the ship date to afterwards, or null. */
  shipDate: string | null;
}

export type EditErrors = Partial<Record<PreorderFormField | "form", string>>;

export type PreorderEditResult = { ok: true; plan: PreorderEditPlan } | { ok: false; errors: EditErrors };

export function planPreorderEdit(
  test: EditableTest,
  next: PreorderTestDraft,
  context: EditContext,
): PreorderEditResult {
  const previous = test.form;
  const refused = editRefusal(test.status);
  if (refused) return { ok: false, errors: { form: refused } };

  const errors: EditErrors = {};
  if (next.productId !== previous.productId) {
    errors.productId = "A test's product can't change: end this test and start a new one for the other product";
  }
  const unknown = next.variantIds.filter((id) => !context.productVariantIds.includes(id));
  if (unknown.length > 0) {
    errors.variantIds = "A chosen variant is no longer part of this product: reload the page and choose again";
  }
  const paymentField = changedPaymentField(previous, next);
  if (paymentField && test.orders > 0) {
    errors[paymentField] =
      `${test.orders} ${test.orders === 1 ? "order was" : "orders were"} placed with these payment terms, which ` +
      "each order keeps: the payment model, deposit and balance date can't change any more. To try other terms, end this test and start a new one.";
  }
  if (next.deadline > previous.deadline) {
    const extended = transitionPreorderTest(
      { status: test.status as PreorderTestStatus, draft: { ...next, deadline: previous.deadline } },
      { type: "extend", deadline: next.deadline },
      { today: context.today },
    );
    if (!extended.ok) errors.deadline = extended.message;
  }
  if (next.cap !== null && next.cap < test.unitsOnOrder) {
    errors.cap = `${test.unitsOnOrder} units are already on order: set the cap to ${test.unitsOnOrder} or more, or leave it empty`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const shipDate = next.shipDate === previous.shipDate ? null : next.shipDate;
  const staged = shipDate ? withoutShipDateMove(previous, next) : next;
  const planOptions = { sellingPlanId: context.sellingPlanId, timeZone: context.timeZone };
  const { productVariantIdsToAdd, productVariantIdsToRemove } = variantMembershipChanges(previous, next);
  return {
    ok: true,
    plan: {
      next,
      staged,
      groupUpdate: sellingPlanGroupUpdateInput(previous, staged, planOptions),
      groupUndo: sellingPlanGroupUpdateInput(staged, previous, planOptions),
      productVariantIdsToAdd,
      productVariantIdsToRemove,
      shipDate,
    },
  };
}

function editRefusal(status: string): string | null {
  switch (status) {
    case "live":
      return null;
    case "ended":
      return "This test has ended: extend its deadline on the test's page to take preorders again, then edit it";
    case "go":
    case "no-go":
      return `This test is decided (${status}) and can't change: start a new test to try again`;
    default:
      return "Only a live test can be edited";
  }
}

/** The first payment field that differs, for the message to sit on. */
function changedPaymentField(previous: PreorderTestDraft, next: PreorderTestDraft): PreorderFormField | null {
  const before = previous.payment;
  const after = next.payment;
  if (before.model !== after.model) return "paymentModel";
  if (before.model !== "deposit" || after.model !== "deposit") return null;
  if (before.depositPercent !== after.depositPercent) return "depositPercent";
  if (before.balance.trigger !== after.balance.trigger) return "balanceTrigger";
  if (
    before.balance.trigger === "exact-date" &&
    after.balance.trigger === "exact-date" &&
    before.balance.dueDate !== after.balance.dueDate
  ) {
    return "balanceDueDate";
  }
  return null;
}

/**
 * The edited test with the saved ship date. A default note is written for that date, so that
 * the ship date move, which rewrites a default note, gives the note of the edited test.
 */
function withoutShipDateMove(previous: PreorderTestDraft, next: PreorderTestDraft): PreorderTestDraft {
  const staged = { ...next, shipDate: previous.shipDate };
  if (next.wording.note !== defaultPreorderNote(next)) return staged;
  return { ...staged, wording: { ...next.wording, note: defaultPreorderNote(staged) } };
}
