import { describe, expect, it } from "vitest";
import { preorderFormValues, readPreorderForm, type PreorderForm } from "../../../app/preorders/preorder-form";
import { checkoutPercent, preorderTestDraftSchema } from "../../../app/preorders/preorder-test-draft";

const context = { today: "2026-12-01", currency: "EUR" };

/** A complete, valid form: full payment, 200 units by 2027-02-01, ships 2027-03-15. */
function form(overrides: PreorderForm = {}): PreorderForm {
  return {
    productId: "gid://shopify/Product/101",
    variantIds: ["gid://shopify/ProductVariant/201", "gid://shopify/ProductVariant/202"],
    paymentModel: "full",
    depositPercent: "",
    balanceTrigger: "",
    balanceDueDate: "",
    discountPercent: "",
    shipDate: "2027-03-15",
    goalKind: "units",
    goalValue: "200",
    deadline: "2027-02-01",
    cap: "",
    label: "",
    buttonText: "",
    note: "",
    ...overrides,
  };
}

function errorsOf(overrides: PreorderForm, ctx = context) {
  const result = readPreorderForm(form(overrides), ctx);
  if (result.ok) throw new Error(`expected errors, got a draft: ${JSON.stringify(result.draft)}`);
  return result.errors;
}

function draftOf(overrides: PreorderForm, ctx = context) {
  const result = readPreorderForm(form(overrides), ctx);
  if (!result.ok) throw new Error(`expected a draft, got errors: ${JSON.stringify(result.errors)}`);
  return result.draft;
}

describe("reading the preorder form", () => {
  it("reads a complete form into a draft, with the default wording", () => {
    expect(draftOf({})).toEqual({
      productId: "gid://shopify/Product/101",
      variantIds: ["gid://shopify/ProductVariant/201", "gid://shopify/ProductVariant/202"],
      payment: { model: "full" },
      discountPercent: 0,
      shipDate: "2027-03-15",
      deadline: "2027-02-01",
      goal: { kind: "units", value: 200 },
      cap: null,
      currency: "EUR",
      wording: { label: "Preorder", buttonText: "Preorder now", note: "Expected to ship by March 15, 2027." },
    });
  });

  it("produces drafts that the storage schema accepts after a JSON round trip", () => {
    const drafts = [
      draftOf({}),
      draftOf({ paymentModel: "deposit", depositPercent: "20", balanceTrigger: "on-fulfillment" }),
      draftOf({ paymentModel: "charge-later", goalKind: "revenue", goalValue: "5000.50", cap: "300" }),
    ];
    for (const draft of drafts) expect(preorderTestDraftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it("reports every field that is wrong at once, one message each", () => {
    const result = readPreorderForm({}, context);
    expect(result).toEqual({
      ok: false,
      errors: {
        productId: "Choose the product to preorder",
        variantIds: "Choose at least one variant to sell as a preorder",
        paymentModel: "Choose how buyers pay: Full payment, Deposit or Charge later",
        shipDate: "Pick the date the product is expected to ship",
        deadline: "Pick the last day of the test",
        goalKind: "Choose a goal in units sold or in revenue",
      },
    });
  });

  it("refuses a context it can't work with", () => {
    expect(() => readPreorderForm(form(), { today: "01/12/2026", currency: "EUR" })).toThrow(RangeError);
    expect(() => readPreorderForm(form(), { today: "2026-12-01", currency: "euro" })).toThrow(RangeError);
  });
});

describe("product and variants", () => {
  it("needs a product gid", () => {
    expect(errorsOf({ productId: "" }).productId).toBe("Choose the product to preorder");
    expect(errorsOf({ productId: "101" }).productId).toBe("Choose the product to preorder");
    expect(errorsOf({ productId: "gid://shopify/ProductVariant/201" }).productId).toBe(
      "Choose the product to preorder",
    );
  });

  it("needs at least one variant, each a variant gid", () => {
    expect(errorsOf({ variantIds: [] }).variantIds).toBe("Choose at least one variant to sell as a preorder");
    expect(errorsOf({ variantIds: ["", "  "] }).variantIds).toBe("Choose at least one variant to sell as a preorder");
    expect(errorsOf({ variantIds: ["gid://shopify/Product/101"] }).variantIds).toBe(
      "A chosen variant is not a Shopify product variant: choose the variants again",
    );
  });

  it("takes one variant as a plain string and each repeated variant once", () => {
    expect(draftOf({ variantIds: "gid://shopify/ProductVariant/201" }).variantIds).toEqual([
      "gid://shopify/ProductVariant/201",
    ]);
    expect(
      draftOf({
        variantIds: [
          "gid://shopify/ProductVariant/201",
          " gid://shopify/ProductVariant/201 ",
          "gid://shopify/ProductVariant/7",
        ],
      }).variantIds,
    ).toEqual(["gid://shopify/ProductVariant/201", "gid://shopify/ProductVariant/7"]);
  });

  it("takes the first value when a single-valued field is repeated", () => {
    expect(draftOf({ goalValue: ["150", "999"] }).goal).toEqual({ kind: "units", value: 150 });
  });
});

describe("payment model", () => {
  const deposit = { paymentModel: "deposit", balanceTrigger: "on-fulfillment" };
  const depositMessage = "A deposit is 1–99 % of the price; for 100 % choose Full payment, for 0 % choose Charge later";

  it("knows the three models only", () => {
    expect(errorsOf({ paymentModel: "layaway" }).paymentModel).toBe(
      "Choose how buyers pay: Full payment, Deposit or Charge later",
    );
  });

  it("takes a deposit of 1 to 99 %, decimals and a % sign allowed", () => {
    expect(draftOf({ ...deposit, depositPercent: "1" }).payment).toEqual({
      model: "deposit",
      depositPercent: 1,
      balance: { trigger: "on-fulfillment" },
    });
    expect(draftOf({ ...deposit, depositPercent: "99" }).payment).toMatchObject({ depositPercent: 99 });
    expect(draftOf({ ...deposit, depositPercent: "12.5" }).payment).toMatchObject({ depositPercent: 12.5 });
    expect(draftOf({ ...deposit, depositPercent: "20 %" }).payment).toMatchObject({ depositPercent: 20 });
  });

  it("sends 0 % and 100 % deposits to the other models", () => {
    for (const depositPercent of ["0", "100", "0.5", "99.5", "-20", "twenty"]) {
      expect(errorsOf({ ...deposit, depositPercent }).depositPercent).toBe(depositMessage);
    }
    expect(errorsOf({ ...deposit, depositPercent: "" }).depositPercent).toBe(
      "Enter the deposit buyers pay at checkout, as a percentage of the price",
    );
  });

  it("needs to know when a deposit's balance is charged", () => {
    expect(errorsOf({ paymentModel: "deposit", depositPercent: "20" }).balanceTrigger).toBe(
      "Choose when the balance is charged: on a date or when the order ships",
    );
  });

  it("takes a balance due date after the deadline and up to the ship date", () => {
    const exact = { paymentModel: "deposit", depositPercent: "30", balanceTrigger: "exact-date" };
    expect(draftOf({ ...exact, balanceDueDate: "2027-02-02" }).payment).toEqual({
      model: "deposit",
      depositPercent: 30,
      balance: { trigger: "exact-date", dueDate: "2027-02-02" },
    });
    expect(draftOf({ ...exact, balanceDueDate: "2027-03-15" }).payment).toMatchObject({
      balance: { dueDate: "2027-03-15" },
    });
    expect(errorsOf({ ...exact, balanceDueDate: "" }).balanceDueDate).toBe("Pick the date the balance is charged");
    expect(errorsOf({ ...exact, balanceDueDate: "2027-3-1" }).balanceDueDate).toBe(
      "Enter the balance due date as YYYY-MM-DD, such as 2027-03-15",
    );
    expect(errorsOf({ ...exact, balanceDueDate: "2026-11-30" }).balanceDueDate).toBe(
      "The balance due date is in the past: pick a date after the deadline",
    );
    expect(errorsOf({ ...exact, balanceDueDate: "2027-02-01" }).balanceDueDate).toBe(
      "The balance would be due before the test ends: pick a date after the deadline, so nobody pays in full before you know the product goes ahead",
    );
    expect(errorsOf({ ...exact, balanceDueDate: "2027-03-16" }).balanceDueDate).toBe(
      "The balance due date is after the ship date: pick the ship date or earlier",
    );
  });

  it("compares the balance due date only with dates that are usable", () => {
    const exact = { paymentModel: "deposit", depositPercent: "30", balanceTrigger: "exact-date" };
    const errors = errorsOf({ ...exact, balanceDueDate: "2027-01-15", deadline: "", shipDate: "" });
    expect(errors.balanceDueDate).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(["deadline", "shipDate"]);
  });

  it("ignores the deposit fields for full payment and charge later", () => {
    const leftovers = { depositPercent: "250", balanceTrigger: "sometime", balanceDueDate: "yesterday" };
    expect(draftOf({ ...leftovers, paymentModel: "full" }).payment).toEqual({ model: "full" });
    expect(draftOf({ ...leftovers, paymentModel: "charge-later" }).payment).toEqual({ model: "charge-later" });
  });

  it("says what share of the price is charged at checkout", () => {
    expect(checkoutPercent(draftOf({}).payment)).toBe(100);
    expect(checkoutPercent(draftOf({ paymentModel: "charge-later" }).payment)).toBe(0);
    expect(
      checkoutPercent(
        draftOf({ paymentModel: "deposit", depositPercent: "35", balanceTrigger: "on-fulfillment" }).payment,
      ),
    ).toBe(35);
  });
});

describe("dates", () => {
  it("refuses a ship date in the past, and takes today", () => {
    expect(errorsOf({ shipDate: "2026-11-30" }).shipDate).toBe("The ship date is in the past: pick today or later");
    expect(errorsOf({ shipDate: "2026-12-01", deadline: "2026-12-01" }).shipDate).toBeUndefined();
  });

  it("wants dates as YYYY-MM-DD, and real ones", () => {
    expect(errorsOf({ shipDate: "15/03/2027" }).shipDate).toBe("Enter the ship date as YYYY-MM-DD, such as 2027-03-15");
    expect(errorsOf({ deadline: "2027-02-30" }).deadline).toBe("Enter the deadline as YYYY-MM-DD, such as 2027-03-15");
  });

  it("takes a deadline from today to the day before the ship date", () => {
    expect(draftOf({ deadline: "2026-12-01" }).deadline).toBe("2026-12-01");
    expect(draftOf({ deadline: "2027-03-14" }).deadline).toBe("2027-03-14");
    expect(errorsOf({ deadline: "2026-11-30" }).deadline).toBe("The deadline is in the past: pick today or later");
    const afterShipping =
      "The deadline must be before the ship date: the test decides whether to make the product before anything ships";
    expect(errorsOf({ deadline: "2027-03-15" }).deadline).toBe(afterShipping);
    expect(errorsOf({ deadline: "2027-04-01" }).deadline).toBe(afterShipping);
  });

  it("still tells a past deadline when the ship date is unreadable", () => {
    const errors = errorsOf({ shipDate: "soon", deadline: "2026-01-01" });
    expect(errors.deadline).toBe("The deadline is in the past: pick today or later");
    expect(errorsOf({ shipDate: "soon", deadline: "2027-06-01" }).deadline).toBeUndefined();
  });
});

describe("goal and cap", () => {
  it("takes a whole number of units above zero", () => {
    expect(draftOf({ goalValue: "1" }).goal).toEqual({ kind: "units", value: 1 });
    expect(errorsOf({ goalValue: "0" }).goalValue).toBe("Set a goal above zero");
    expect(errorsOf({ goalValue: "-5" }).goalValue).toBe("Set a goal above zero");
    expect(errorsOf({ goalValue: "2.5" }).goalValue).toBe("The goal is a whole number of units, such as 200");
    expect(errorsOf({ goalValue: "" }).goalValue).toBe("Set how many units the test must sell");
  });

  it("takes a revenue goal in the shop's currency, with its decimals", () => {
    expect(draftOf({ goalKind: "revenue", goalValue: "5000.50" }).goal).toEqual({ kind: "revenue", value: 5000.5 });
    expect(errorsOf({ goalKind: "revenue", goalValue: "5000.505" }).goalValue).toBe(
      "EUR amounts have at most 2 decimals",
    );
    expect(errorsOf({ goalKind: "revenue", goalValue: "1,000" }).goalValue).toBe(
      "Enter the revenue goal in EUR as a number, such as 5000 or 5000.50",
    );
    expect(errorsOf({ goalKind: "revenue", goalValue: "0.00" }).goalValue).toBe("Set a goal above zero");
    expect(errorsOf({ goalKind: "revenue", goalValue: "" }).goalValue).toBe("Set the revenue goal");

    const yen = { today: "2026-12-01", currency: "JPY" };
    expect(draftOf({ goalKind: "revenue", goalValue: "500000" }, yen)).toMatchObject({
      goal: { kind: "revenue", value: 500000 },
      currency: "JPY",
    });
    expect(errorsOf({ goalKind: "revenue", goalValue: "500000.5" }, yen).goalValue).toBe(
      "JPY amounts have no decimals",
    );
    expect(errorsOf({ goalKind: "revenue", goalValue: "five" }, yen).goalValue).toBe(
      "Enter the revenue goal in JPY as a number, such as 5000",
    );
  });

  it("takes no cap, or a whole number of units not below a units goal", () => {
    expect(draftOf({ cap: "" }).cap).toBeNull();
    expect(draftOf({ cap: "200" }).cap).toBe(200);
    expect(errorsOf({ cap: "199" }).cap).toBe(
      "The cap (199 units) is below the goal (200 units): the test could never pass. Raise the cap or lower the goal",
    );
    for (const cap of ["0", "-1", "12.5", "lots"]) {
      expect(errorsOf({ cap }).cap).toBe("The cap is a whole number of units, 1 or more; leave it empty for no cap");
    }
    expect(draftOf({ goalKind: "revenue", goalValue: "100000", cap: "5" }).cap).toBe(5);
  });

  it("takes a preorder discount of 0 to 90 %, none when empty", () => {
    expect(draftOf({ discountPercent: "" }).discountPercent).toBe(0);
    expect(draftOf({ discountPercent: "15" }).discountPercent).toBe(15);
    expect(draftOf({ discountPercent: "90%" }).discountPercent).toBe(90);
    for (const discountPercent of ["91", "-5", "ten"]) {
      expect(errorsOf({ discountPercent }).discountPercent).toBe(
        "A preorder discount is 0–90 % off the price; leave it empty for none",
      );
    }
  });
});

describe("storefront wording", () => {
  it("keeps the merchant's own wording, trimmed", () => {
    expect(
      draftOf({ label: " Vorbestellung ", buttonText: "Jetzt vorbestellen", note: "Lieferung im März." }).wording,
    ).toEqual({ label: "Vorbestellung", buttonText: "Jetzt vorbestellen", note: "Lieferung im März." });
  });

  it("keeps each text within its room", () => {
    expect(errorsOf({ label: "x".repeat(41) }).label).toBe("Keep the label to 40 characters or fewer");
    expect(errorsOf({ buttonText: "x".repeat(31) }).buttonText).toBe("Keep the button text to 30 characters or fewer");
    expect(errorsOf({ note: "x".repeat(251) }).note).toBe("Keep the note to 250 characters or fewer");
    expect(
      draftOf({ label: "x".repeat(40), buttonText: "x".repeat(30), note: "x".repeat(250) }).wording.note,
    ).toHaveLength(250);
  });

  it("builds the default note from the payment terms and the ship date", () => {
    expect(draftOf({}).wording.note).toBe("Expected to ship by March 15, 2027.");
    expect(
      draftOf({
        paymentModel: "deposit",
        depositPercent: "20",
        balanceTrigger: "exact-date",
        balanceDueDate: "2027-03-01",
      }).wording.note,
    ).toBe("Pay 20% now and the rest on March 1, 2027. Expected to ship by March 15, 2027.");
    expect(
      draftOf({ paymentModel: "deposit", depositPercent: "12.5", balanceTrigger: "on-fulfillment" }).wording.note,
    ).toBe("Pay 12.5% now and the rest when your order ships. Expected to ship by March 15, 2027.");
    expect(draftOf({ paymentModel: "charge-later" }).wording.note).toBe(
      "You're charged only if this preorder reaches its goal by February 1, 2027. Expected to ship by March 15, 2027.",
    );
  });

  it("keeps even the longest default note within its room", () => {
    const longest = draftOf({
      paymentModel: "deposit",
      depositPercent: "12.25",
      balanceTrigger: "exact-date",
      balanceDueDate: "2027-09-30",
      deadline: "2027-09-29",
      shipDate: "2027-09-30",
    });
    expect(longest.wording.note.length).toBeLessThanOrEqual(250);
  });
});

describe("the edit form's initial values", () => {
  it("read back into the same draft", () => {
    const drafts = [
      draftOf({ label: "Vorbestellung", buttonText: "Reservieren", note: "Lieferung im März.", cap: "400" }),
      draftOf({
        paymentModel: "deposit",
        depositPercent: "12.5",
        balanceTrigger: "exact-date",
        balanceDueDate: "2027-03-01",
      }),
      draftOf({ paymentModel: "charge-later", goalKind: "revenue", goalValue: "5000.5", discountPercent: "10" }),
    ];
    for (const draft of drafts)
      expect(readPreorderForm(preorderFormValues(draft), context)).toEqual({ ok: true, draft });
  });

  it("leave default wording blank, so a default note follows a new ship date", () => {
    const values = preorderFormValues(draftOf({}));
    expect([values.label, values.buttonText, values.note]).toEqual(["", "", ""]);
    const moved = readPreorderForm({ ...values, shipDate: "2027-04-20" }, context);
    expect(moved.ok && moved.draft.wording.note).toBe("Expected to ship by April 20, 2027.");
  });
});
