import { BlockStack, Card, DataTable, List, Text } from "@shopify/polaris";
import { formatAmount } from "../../preorders/currency-amount";
import { exampleCarts } from "../example-cart";
import { sampleProduct, type DiscountCollectionChoice, type DiscountProductChoice } from "../sample-product";
import { tierLabel } from "../tier-summary";
import { timeTierTimeline } from "../time-tier-timeline";
import { readTieredDiscountForm, type TieredDiscountFormValues } from "../tiered-discount-form";
import { tieredDiscountFormRecord } from "../tiered-discount-form-values";

/**
 * What the discount will do, as the merchant types: the time tiers' timeline and, per tier, an
 * example cart priced by the Discount Function itself. Shown once the form reads without errors.
 */
export function DiscountPreview({
  values,
  currency,
  timeZone,
  products,
  collections,
}: {
  values: TieredDiscountFormValues;
  currency: string;
  timeZone: string;
  products: DiscountProductChoice[];
  collections: DiscountCollectionChoice[];
}) {
  const read = readTieredDiscountForm(tieredDiscountFormRecord(values), { currency, timeZone });
  if (!read.ok) {
    return (
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingMd">
            Preview
          </Text>
          <Text as="p" tone="subdued">
            The timeline and example carts appear once every tier is filled in correctly.
          </Text>
        </BlockStack>
      </Card>
    );
  }
  const { config } = read.draft;
  const sample = sampleProduct(products, collections, {
    appliesTo: config.kind === "spend" ? "all" : values.appliesTo,
    productIds: values.productIds,
    collectionIds: values.collectionIds,
  });
  const carts = sample ? exampleCarts(config, sample, currency) : [];
  const money = (amount: number) => formatAmount(amount, currency);

  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Preview
        </Text>
        {config.kind === "time" && (
          <BlockStack gap="100">
            <Text as="h3" variant="headingSm">
              Timeline ({timeZone})
            </Text>
            <List>
              {timeTierTimeline(config.tiers).map((entry, i) => (
                <List.Item key={i}>
                  {entry.date} {entry.window}:{" "}
                  {entry.percentage === null ? "no discount" : `${entry.percentage} % off · “${entry.message}”`}
                </List.Item>
              ))}
            </List>
          </BlockStack>
        )}
        {sample ? (
          <BlockStack gap="100">
            <Text as="h3" variant="headingSm">
              Example carts: {sample.title} at {money(Number(sample.price))}
            </Text>
            <DataTable
              columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric", "text"]}
              headings={["Tier", "Items", "Subtotal", "Discount", "Total", "Buyers see"]}
              rows={carts.map((cart, i) => [
                tierLabel(config, i, currency),
                cart.quantity,
                money(cart.subtotal),
                `−${money(cart.discount)}`,
                money(cart.total),
                cart.message ?? "no discount",
              ])}
            />
            <Text as="p" variant="bodySm" tone="subdued">
              Computed by running the discount function on each cart, as checkout does.
            </Text>
          </BlockStack>
        ) : (
          <Text as="p" tone="subdued">
            Pick a product to see example carts.
          </Text>
        )}
      </BlockStack>
    </Card>
  );
}
