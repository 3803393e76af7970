import { Banner, FormLayout, TextField } from "@shopify/polaris";
import type { NewDraftProductField } from "../new-draft-product";

export type NewProductValues = Record<NewDraftProductField, string>;

/**
 * The product to create for the preorder: title, price and an optional image URL. It is created
 * as a draft, which the Online Store does not show: the notice says so before the merchant
 * creates it (Fieldtest does not publish products for them: that is a sales channel decision,
 * and the app has no publications scope).
 */
export function NewProductFields({
  values,
  onChange,
  errors,
  currency,
}: {
  values: NewProductValues;
  onChange: (field: NewDraftProductField, value: string) => void;
  errors: Record<string, string>;
  currency: string;
}) {
  return (
    <FormLayout>
      <FormLayout.Group>
        <TextField
          label="Product title"
          autoComplete="off"
          maxLength={255}
          value={values.newProductTitle}
          onChange={(value) => onChange("newProductTitle", value)}
          error={errors.newProductTitle}
        />
        <TextField
          label={`Price (${currency})`}
          type="number"
          min={0}
          step={0.01}
          autoComplete="off"
          value={values.newProductPrice}
          onChange={(value) => onChange("newProductPrice", value)}
          error={errors.newProductPrice}
        />
      </FormLayout.Group>
      <TextField
        label="Image URL"
        type="url"
        autoComplete="off"
        placeholder="https://"
        helpText="Optional: an https:// address of the product photo; Shopify copies the file."
        value={values.newProductImageUrl}
        onChange={(value) => onChange("newProductImageUrl", value)}
        error={errors.newProductImageUrl}
      />
      <Banner tone="info" title="The product is created as a draft">
        <p>
          Shoppers can&apos;t see or preorder a draft. When you are ready to sell, open the product in Shopify under
          Products, set its status to Active and make it available on the Online Store. The preorder starts taking
          orders from then on.
        </p>
      </Banner>
    </FormLayout>
  );
}
