import { z } from "zod";
import { isCalendarDate } from "../shop-time/calendar-date";
import { assertCurrencyCode, currencyDecimals } from "./currency-amount";
import { balanceDueDateProblem, deadlineProblem, shipDateProblem } from "./preorder-schedule";
import {
  depositPercentRange,
  discountPercentRange,
  productGidPattern,
  variantGidPattern,
  wordingLimits,
  type PaymentPlan,
  type PreorderGoal,
  type PreorderTestDraft,
} from "./preorder-test-draft";
import { defaultPreorderButtonText, defaultPreorderLabel, defaultPreorderNote } from "./preorder-wording";

/**
 * The create/edit form of a preorder test, as FormData gives it (every value a string, a
 * repeated field an array), read into a PreorderTestDraft with one message per field the
 * merchant has to fix. Decisions beyond the obvious:
 * - a cap is optional; one below a units goal is an error, not a warning, because the test
 *   could never pass (a revenue goal is not checked against the cap: the form has no price);
 * - blank label, button text or note take the defaults, the note built from the payment terms
 *   and the ship date;
 * - numbers are plain digits with a decimal point ("20", "12.5"; a percentage may end in "%");
 *   thousands separators are refused rather than guessed (is "1.000" one or a thousand?).
 */

export interface PreorderFormContext {
  /** Today in the shop's time zone, YYYY-MM-DD. */
  today: string;
  /** The shop's currency (Shop.currencyCode); the revenue goal is in it. */
  currency: string;
}

export type PreorderForm = Record<string, string | string[]>;

export type PreorderFormResult =
  { ok: true; draft: PreorderTestDraft } | { ok: false; errors: Partial<Record<PreorderFormField, string>> };

export const preorderFormFields = [
  "productId",
  "variantIds",
  "paymentModel",
  "depositPercent",
  "balanceTrigger",
  "balanceDueDate",
  "discountPercent",
  "shipDate",
  "goalKind",
  "goalValue",
  "deadline",
  "cap",
  "label",
  "buttonText",
  "note",
] as const;

export type PreorderFormField = (typeof preorderFormFields)[number];

const formValue = z.union([z.string(), z.array(z.string())]).optional();
/** One value; when a field is repeated the first counts. */
const single = formValue.transform((value) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim());
/** Any number of values, blanks dropped, each once. */
const many = formValue.transform((value) => [
  ...new Set((Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean)),
]);

const formShape = z.object({
  productId: single,
  variantIds: many,
  paymentModel: single,
  depositPercent: single,
  balanceTrigger: single,
  balanceDueDate: single,
  discountPercent: single,
  shipDate: single,
  goalKind: single,
  goalValue: single,
  deadline: single,
  cap: single,
  label: single,
  buttonText: single,
  note: single,
});

type FormValues = z.infer<typeof formShape>;

const number = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .transform(Number);
const percent = z
  .string()
  .transform((text) => text.replace(/\s*%$/, ""))
  .pipe(number);
const paymentModel = z.enum(["full", "deposit", "charge-later"]);
const balanceTrigger = z.enum(["exact-date", "on-fulfillment"]);
const goalKind = z.enum(["units", "revenue"]);

/** The schema that reads the form; the rules that depend on today and the currency need the context. */
export function preorderFormSchema(context: PreorderFormContext) {
  if (!isCalendarDate(context.today)) throw new RangeError(`today must be YYYY-MM-DD, got ${context.today}`);
  assertCurrencyCode(context.currency);
  return formShape.transform((form, ctx) => {
    const problems = new Map<PreorderFormField, string>();
    const draft = draftFrom(form, context, (field, message) => {
      if (!problems.has(field)) problems.set(field, message);
    });
    for (const [field, message] of problems) ctx.addIssue({ code: "custom", path: [field], message });
    return draft && problems.size === 0 ? draft : z.NEVER;
  });
}

export function readPreorderForm(form: PreorderForm, context: PreorderFormContext): PreorderFormResult {
  const result = preorderFormSchema(context).safeParse(form);
  if (result.success) return { ok: true, draft: result.data };
  const errors: Partial<Record<PreorderFormField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as PreorderFormField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * A saved draft as the edit form's initial values. Wording equal to the defaults comes back
 * blank, so that a default note follows the dates when they change.
 */
export function preorderFormValues(draft: PreorderTestDraft): Record<PreorderFormField, string | string[]> {
  const { payment, wording } = draft;
  return {
    productId: draft.productId,
    variantIds: [...draft.variantIds],
    paymentModel: payment.model,
    depositPercent: payment.model === "deposit" ? String(payment.depositPercent) : "",
    balanceTrigger: payment.model === "deposit" ? payment.balance.trigger : "",
    balanceDueDate:
      payment.model === "deposit" && payment.balance.trigger === "exact-date" ? payment.balance.dueDate : "",
    discountPercent: draft.discountPercent > 0 ? String(draft.discountPercent) : "",
    shipDate: draft.shipDate,
    goalKind: draft.goal.kind,
    goalValue: String(draft.goal.value),
    deadline: draft.deadline,
    cap: draft.cap === null ? "" : String(draft.cap),
    label: wording.label === defaultPreorderLabel ? "" : wording.label,
    buttonText: wording.buttonText === defaultPreorderButtonText ? "" : wording.buttonText,
    note: wording.note === defaultPreorderNote(draft) ? "" : wording.note,
  };
}

type Report = (field: PreorderFormField, message: string) => void;

function draftFrom(form: FormValues, context: PreorderFormContext, report: Report): PreorderTestDraft | null {
  const { today, currency } = context;

  const productId = productGidPattern.test(form.productId) ? form.productId : null;
  if (!productId) report("productId", "Choose the product to preorder");

  const variantIds = form.variantIds;
  if (variantIds.length === 0) report("variantIds", "Choose at least one variant to sell as a preorder");
  else if (!variantIds.every((id) => variantGidPattern.test(id))) {
    report("variantIds", "A chosen variant is not a Shopify product variant: choose the variants again");
  }

  const shipDate = readDate(form, "shipDate", "the date the product is expected to ship", report);
  if (shipDate) {
    const problem = shipDateProblem(shipDate, today);
    if (problem) report("shipDate", problem);
  }

  const deadline = readDate(form, "deadline", "the last day of the test", report);
  if (deadline) {
    const problem = deadlineProblem(deadline, { today, shipDate: shipDate ?? undefined });
    if (problem) report("deadline", problem);
  }

  const payment = readPayment(form, { today, shipDate, deadline }, report);
  const discountPercent = readDiscount(form.discountPercent, report);
  const goal = readGoal(form, currency, report);
  const cap = readCap(form.cap, goal, report);

  const label = form.label || defaultPreorderLabel;
  const buttonText = form.buttonText || defaultPreorderButtonText;
  if (label.length > wordingLimits.label) {
    report("label", `Keep the label to ${wordingLimits.label} characters or fewer`);
  }
  if (buttonText.length > wordingLimits.buttonText) {
    report("buttonText", `Keep the button text to ${wordingLimits.buttonText} characters or fewer`);
  }
  if (form.note.length > wordingLimits.note) {
    report("note", `Keep the note to ${wordingLimits.note} characters or fewer`);
  }

  if (!productId || !payment || !shipDate || !deadline || !goal || discountPercent === null || cap === undefined) {
    return null;
  }
  const note = form.note || defaultPreorderNote({ payment, shipDate, deadline });
  return {
    productId,
    variantIds,
    payment,
    discountPercent,
    shipDate,
    deadline,
    goal,
    cap,
    currency,
    wording: { label, buttonText, note },
  };
}

const dateNames: Record<"shipDate" | "deadline" | "balanceDueDate", string> = {
  shipDate: "ship date",
  deadline: "deadline",
  balanceDueDate: "balance due date",
};

function readDate(
  form: FormValues,
  field: "shipDate" | "deadline" | "balanceDueDate",
  what: string,
  report: Report,
): string | null {
  const text = form[field];
  if (!text) {
    report(field, `Pick ${what}`);
    return null;
  }
  if (!isCalendarDate(text)) {
    report(field, `Enter the ${dateNames[field]} as YYYY-MM-DD, such as 2027-03-15`);
    return null;
  }
  return text;
}

function readPayment(
  form: FormValues,
  dates: { today: string; shipDate: string | null; deadline: string | null },
  report: Report,
): PaymentPlan | null {
  const model = paymentModel.safeParse(form.paymentModel);
  if (!model.success) {
    report("paymentModel", "Choose how buyers pay: Full payment, Deposit or Charge later");
    return null;
  }
  if (model.data !== "deposit") return { model: model.data };

  const deposit = percent.safeParse(form.depositPercent);
  const depositPercent =
    deposit.success && deposit.data >= depositPercentRange.min && deposit.data <= depositPercentRange.max
      ? deposit.data
      : null;
  if (depositPercent === null) {
    report(
      "depositPercent",
      form.depositPercent === ""
        ? "Enter the deposit buyers pay at checkout, as a percentage of the price"
        : "A deposit is 1–99 % of the price; for 100 % choose Full payment, for 0 % choose Charge later",
    );
  }

  const trigger = balanceTrigger.safeParse(form.balanceTrigger);
  if (!trigger.success) {
    report("balanceTrigger", "Choose when the balance is charged: on a date or when the order ships");
    return null;
  }
  if (trigger.data === "on-fulfillment") {
    return depositPercent === null
      ? null
      : { model: "deposit", depositPercent, balance: { trigger: "on-fulfillment" } };
  }
  const dueDate = readDate(form, "balanceDueDate", "the date the balance is charged", report);
  if (dueDate) {
    const problem = balanceDueDateProblem(dueDate, {
      today: dates.today,
      deadline: dates.deadline ?? undefined,
      shipDate: dates.shipDate ?? undefined,
    });
    if (problem) report("balanceDueDate", problem);
  }
  return depositPercent === null || dueDate === null
    ? null
    : { model: "deposit", depositPercent, balance: { trigger: "exact-date", dueDate } };
}

function readDiscount(text: string, report: Report): number | null {
  if (text === "") return 0;
  const discount = percent.safeParse(text);
  if (discount.success && discount.data >= discountPercentRange.min && discount.data <= discountPercentRange.max) {
    return discount.data;
  }
  report("discountPercent", "A preorder discount is 0–90 % off the price; leave it empty for none");
  return null;
}

function readGoal(form: FormValues, currency: string, report: Report): PreorderGoal | null {
  const kind = goalKind.safeParse(form.goalKind);
  if (!kind.success) {
    report("goalKind", "Choose a goal in units sold or in revenue");
    return null;
  }
  if (form.goalValue === "") {
    report("goalValue", kind.data === "units" ? "Set how many units the test must sell" : "Set the revenue goal");
    return null;
  }
  const value = number.safeParse(form.goalValue);
  if (kind.data === "units") {
    if (value.success && value.data > 0 && Number.isInteger(value.data)) return { kind: "units", value: value.data };
    report(
      "goalValue",
      value.success && value.data <= 0 ? "Set a goal above zero" : "The goal is a whole number of units, such as 200",
    );
    return null;
  }
  const decimals = currencyDecimals(currency);
  if (!value.success) {
    const example = decimals > 0 ? `5000 or 5000.${"5".padEnd(decimals, "0")}` : "5000";
    report("goalValue", `Enter the revenue goal in ${currency} as a number, such as ${example}`);
    return null;
  }
  if (value.data <= 0) {
    report("goalValue", "Set a goal above zero");
    return null;
  }
  if ((form.goalValue.split(".")[1] ?? "").length > decimals) {
    report(
      "goalValue",
      decimals === 0 ? `${currency} amounts have no decimals` : `${currency} amounts have at most ${decimals} decimals`,
    );
    return null;
  }
  return { kind: "revenue", value: value.data };
}

/** null: no cap; undefined: a cap that can't be used (reported). */
function readCap(text: string, goal: PreorderGoal | null, report: Report): number | null | undefined {
  if (text === "") return null;
  const cap = number.safeParse(text);
  if (!cap.success || !Number.isInteger(cap.data) || cap.data < 1) {
    report("cap", "The cap is a whole number of units, 1 or more; leave it empty for no cap");
    return undefined;
  }
  if (goal?.kind === "units" && cap.data < goal.value) {
    report(
      "cap",
      `The cap (${cap.data} units) is below the goal (${goal.value} units): the test could never pass. Raise the cap or lower the goal`,
    );
    return undefined;
  }
  return cap.data;
}
