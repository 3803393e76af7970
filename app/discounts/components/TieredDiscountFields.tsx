import { BlockStack, Card, ChoiceList, FormLayout, InlineGrid, Text, TextField } from "@shopify/polaris";
import type { DiscountCollectionChoice, DiscountProductChoice } from "../sample-product";
import type { TierKind } from "../tiered-discount-draft";
import type { TieredDiscountFormValues } from "../tiered-discount-form";
import { newTierRow } from "../tiered-discount-form-values";
import { TiersTable } from "./TiersTable";

const KIND_CHOICES: { label: string; value: TierKind; helpText: string }[] = [
  { label: "By time", value: "time", helpText: "A flash sale: the discount falls as each window passes" },
  { label: "By quantity", value: "quantity", helpText: "Buy more, save more, on the products you choose" },
  { label: "By spend", value: "spend", helpText: "Off the whole order once its subtotal reaches a tier" },
];

/** Every field of the create and edit forms; errors keyed by field name, shown under their field. */
export function TieredDiscountFields({
  values,
  onChange,
  errors,
  currency,
  timeZone,
  products,
  collections,
  defaultStart,
}: {
  values: TieredDiscountFormValues;
  onChange: (values: TieredDiscountFormValues) => void;
  errors: Record<string, string>;
  currency: string;
  timeZone: string;
  products: DiscountProductChoice[];
  collections: DiscountCollectionChoice[];
  defaultStart: string;
}) {
  const set = <K extends keyof TieredDiscountFormValues>(field: K, value: TieredDiscountFormValues[K]) =>
    onChange({ ...values, [field]: value });

  return (
    <BlockStack gap="400">
      <Card>
        <FormLayout>
          <TextField
            label="Title"
            helpText="Shown in Shopify's discounts list"
            autoComplete="off"
            value={values.title}
            onChange={(title) => set("title", title)}
            error={errors.title}
          />
          <ChoiceList
            title="Tiers by"
            choices={KIND_CHOICES}
            selected={[values.kind]}
            // The columns differ by kind, so the table starts afresh.
            onChange={([kind]) =>
              onChange({ ...values, kind: kind as TierKind, tiers: [newTierRow(kind as TierKind, [], defaultStart)] })
            }
            error={errors.kind}
          />
        </FormLayout>
      </Card>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            Tiers
          </Text>
          <TiersTable
            kind={values.kind}
            rows={values.tiers}
            onChange={(tiers) => set("tiers", tiers)}
            errors={errors}
            currency={currency}
            timeZone={timeZone}
            defaultStart={defaultStart}
          />
        </BlockStack>
      </Card>
      {values.kind !== "time" && (
        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              Active dates ({timeZone})
            </Text>
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
              <TextField
                label="Starts"
                type="datetime-local"
                autoComplete="off"
                value={values.startsAt}
                onChange={(startsAt) => set("startsAt", startsAt)}
                error={errors.startsAt}
              />
              <TextField
                label="Ends"
                type="datetime-local"
                autoComplete="off"
                helpText="Leave empty to run until you end it"
                value={values.endsAt}
                onChange={(endsAt) => set("endsAt", endsAt)}
                error={errors.endsAt}
              />
            </InlineGrid>
          </BlockStack>
        </Card>
      )}
      {values.kind !== "spend" && (
        <Card>
          <BlockStack gap="300">
            <ChoiceList
              title="Applies to"
              choices={[
                { label: "All products", value: "all" },
                { label: "Products or collections you pick", value: "selected" },
              ]}
              selected={[values.appliesTo]}
              onChange={([appliesTo]) => set("appliesTo", appliesTo as "all" | "selected")}
              error={errors.appliesTo}
            />
            {values.appliesTo === "selected" && (
              <ChoiceList
                title="Products"
                allowMultiple
                choices={products.map((product) => ({
                  label: `${product.title}${product.status === "DRAFT" ? " (draft)" : ""}`,
                  value: product.id,
                }))}
                selected={values.productIds}
                onChange={(productIds) => set("productIds", productIds)}
                error={errors.productIds}
              />
            )}
            {values.appliesTo === "selected" && (
              <ChoiceList
                title="Collections you pick"
                allowMultiple
                choices={collections.map((collection) => ({ label: collection.title, value: collection.id }))}
                selected={values.collectionIds}
                onChange={(collectionIds) => set("collectionIds", collectionIds)}
                error={errors.collectionIds}
              />
            )}
          </BlockStack>
        </Card>
      )}
      <Card>
        <ChoiceList
          title="Combines with"
          allowMultiple
          choices={[
            { label: "Product discounts", value: "productDiscounts" },
            { label: "Order discounts", value: "orderDiscounts" },
            { label: "Shipping discounts", value: "shippingDiscounts" },
          ]}
          selected={values.combinesWith}
          onChange={(combinesWith) => set("combinesWith", combinesWith as TieredDiscountFormValues["combinesWith"])}
          error={errors.combinesWith}
        />
      </Card>
    </BlockStack>
  );
}
