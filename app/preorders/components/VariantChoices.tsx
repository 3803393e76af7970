import { ChoiceList } from "@shopify/polaris";

/** Which of a product's variants sell as a preorder (create and edit forms). */
export function VariantChoices({
  variants,
  currency,
  selected,
  onChange,
  error,
}: {
  variants: { id: string; title: string; price: string }[];
  currency: string;
  selected: string[];
  onChange: (variantIds: string[]) => void;
  error?: string;
}) {
  return (
    <ChoiceList
      title="Variants on preorder"
      allowMultiple
      choices={variants.map((variant) => ({
        label: `${variant.title} · ${variant.price} ${currency}`,
        value: variant.id,
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}
