import { BlockStack, Card, ChoiceList, FormLayout, InlineGrid, Select, Text, TextField } from "@shopify/polaris";
import type { ReactNode } from "react";
import type { PreorderFormField } from "../preorder-form";

/** The form's values as the inputs hold them (preorder-form.ts reads them on the server). */
export type PreorderFormValues = Record<Exclude<PreorderFormField, "variantIds">, string> & { variantIds: string[] };

export type SettingsField = Exclude<PreorderFormField, "productId" | "variantIds">;

/**
 * A preorder's payment, dates and goal, and storefront wording: the part of the create and edit
 * forms that is the same. `paymentLocked` disables the payment terms and says why.
 */
export function PreorderSettingsFields({
  values,
  onChange,
  errors,
  currency,
  today,
  paymentLocked,
  shipDateNotice,
}: {
  values: PreorderFormValues;
  onChange: (field: SettingsField, value: string) => void;
  errors: Record<string, string>;
  currency: string;
  today: string;
  paymentLocked?: string;
  /** Under the dates: what buyers are told when the ship date moves. */
  shipDateNotice?: ReactNode;
}) {
  const set = (field: SettingsField) => (value: string) => onChange(field, value);
  const locked = paymentLocked !== undefined;
  return (
    <BlockStack gap="400">
      <Card>
        <FormLayout>
          <Text as="h2" variant="headingMd">
            Payment
          </Text>
          <ChoiceList
            title="How buyers pay"
            choices={[
              { label: "Full payment at checkout", value: "full" },
              { label: "Deposit now, the balance later", value: "deposit" },
              { label: "Nothing now; charged only if the test succeeds (all-or-nothing)", value: "charge-later" },
            ]}
            selected={[values.paymentModel]}
            onChange={([model]) => set("paymentModel")(model)}
            disabled={locked}
            error={errors.paymentModel}
          />
          {values.paymentModel === "deposit" && (
            <FormLayout.Group>
              <TextField
                label="Deposit"
                type="number"
                suffix="%"
                autoComplete="off"
                value={values.depositPercent}
                onChange={set("depositPercent")}
                disabled={locked}
                error={errors.depositPercent}
              />
              <Select
                label="Balance charged"
                options={[
                  { label: "When the order ships", value: "on-fulfillment" },
                  { label: "On a date", value: "exact-date" },
                ]}
                value={values.balanceTrigger}
                onChange={set("balanceTrigger")}
                disabled={locked}
                error={errors.balanceTrigger}
              />
              {values.balanceTrigger === "exact-date" && (
                <TextField
                  label="Balance due on"
                  type="date"
                  autoComplete="off"
                  min={today}
                  value={values.balanceDueDate}
                  onChange={set("balanceDueDate")}
                  disabled={locked}
                  error={errors.balanceDueDate}
                />
              )}
            </FormLayout.Group>
          )}
          {locked && (
            <Text as="p" tone="subdued">
              {paymentLocked}
            </Text>
          )}
          <TextField
            label="Preorder discount"
            type="number"
            suffix="%"
            autoComplete="off"
            helpText="Optional: a reward for buying early. Leave empty for none."
            value={values.discountPercent}
            onChange={set("discountPercent")}
            error={errors.discountPercent}
          />
        </FormLayout>
      </Card>
      <Card>
        <FormLayout>
          <Text as="h2" variant="headingMd">
            Dates and goal
          </Text>
          <InlineGrid columns={2} gap="400">
            <TextField
              label="Expected ship date"
              type="date"
              autoComplete="off"
              min={today}
              value={values.shipDate}
              onChange={set("shipDate")}
              error={errors.shipDate}
              helpText="Buyers see it; if it moves, Fieldtest emails every buyer the new date."
            />
            <TextField
              label="Test ends on"
              type="date"
              autoComplete="off"
              min={today}
              value={values.deadline}
              onChange={set("deadline")}
              error={errors.deadline}
            />
          </InlineGrid>
          {shipDateNotice}
          <InlineGrid columns={3} gap="400">
            <Select
              label="Goal"
              options={[
                { label: "Units", value: "units" },
                { label: `Revenue (${currency})`, value: "revenue" },
              ]}
              value={values.goalKind}
              onChange={set("goalKind")}
              error={errors.goalKind}
            />
            <TextField
              label={values.goalKind === "units" ? "Units to sell" : `Revenue to reach (${currency})`}
              type="number"
              autoComplete="off"
              value={values.goalValue}
              onChange={set("goalValue")}
              error={errors.goalValue}
            />
            <TextField
              label="Stop selling at (units)"
              type="number"
              autoComplete="off"
              helpText="Optional cap"
              value={values.cap}
              onChange={set("cap")}
              error={errors.cap}
            />
          </InlineGrid>
        </FormLayout>
      </Card>
      <Card>
        <FormLayout>
          <Text as="h2" variant="headingMd">
            Storefront wording
          </Text>
          <FormLayout.Group>
            <TextField
              label="Label"
              autoComplete="off"
              placeholder="Preorder"
              value={values.label}
              onChange={set("label")}
              error={errors.label}
            />
            <TextField
              label="Button"
              autoComplete="off"
              placeholder="Preorder now"
              value={values.buttonText}
              onChange={set("buttonText")}
              error={errors.buttonText}
            />
          </FormLayout.Group>
          <TextField
            label="Note under the button"
            autoComplete="off"
            multiline={2}
            helpText="Leave empty to say how and when buyers pay and when it ships."
            value={values.note}
            onChange={set("note")}
            error={errors.note}
          />
        </FormLayout>
      </Card>
    </BlockStack>
  );
}
