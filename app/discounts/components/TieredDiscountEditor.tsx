import { Layout } from "@shopify/polaris";
import type { ComponentProps } from "react";
import { DiscountPreview } from "./DiscountPreview";
import { TieredDiscountFields } from "./TieredDiscountFields";

/** The new and the edit page's body: the form, and beside it the preview of what it will do. */
export function TieredDiscountEditor(props: ComponentProps<typeof TieredDiscountFields>) {
  const { values, currency, timeZone, products, collections } = props;
  return (
    <>
      <Layout.Section>
        <TieredDiscountFields {...props} />
      </Layout.Section>
      <Layout.Section variant="oneThird">
        <DiscountPreview
          values={values}
          currency={currency}
          timeZone={timeZone}
          products={products}
          collections={collections}
        />
      </Layout.Section>
    </>
  );
}
