import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Card,
  ChoiceList,
  FormLayout,
  InlineGrid,
  Layout,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { AdminPage } from "../admin/chrome";
import db from "../db.server";
import { formRecord } from "../preorders/form-data";
import { productsForPreorder } from "../preorders/preorder-admin-api.server";
import { readPreorderForm, type PreorderFormField } from "../preorders/preorder-form";
import { createPreorderTest } from "../preorders/preorder-tests.server";
import { localDateOf } from "../preorders/shop-time-zone";
import { requireAdmin } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await requireAdmin(request);
  const [shop, products] = await Promise.all([getShopSummary(admin), productsForPreorder(admin)]);
  return { currency: shop.currencyCode, today: localDateOf(new Date(), shop.ianaTimezone), products };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, admin } = await requireAdmin(request);
  const shop = await getShopSummary(admin);
  const now = new Date();
  const read = readPreorderForm(formRecord(await request.formData()), {
    today: localDateOf(now, shop.ianaTimezone),
    currency: shop.currencyCode,
  });
  if (!read.ok) return data({ errors: read.errors as Record<string, string> }, 400);
  const product = (await productsForPreorder(admin)).find((p) => p.id === read.draft.productId);
  if (!product) return data({ errors: { productId: "That product no longer exists. Pick another." } }, 400);
  const created = await createPreorderTest(db, admin, {
    shop: session.shop,
    draft: read.draft,
    productTitle: product.title,
    timeZone: shop.ianaTimezone,
    now,
  });
  if (!created.ok) return data({ errors: created.errors }, 400);
  return redirect(`/app/preorders/${created.test.id}`);
};

type Values = Record<Exclude<PreorderFormField, "variantIds">, string> & { variantIds: string[] };

export default function NewPreorderTest() {
  const { products, currency, today } = useLoaderData<typeof loader>();
  const errors: Record<string, string> = useActionData<typeof action>()?.errors ?? {};
  const submitting = useNavigation().state === "submitting";
  const submit = useSubmit();
  const [values, setValues] = useState<Values>({
    productId: products[0]?.id ?? "",
    variantIds: products[0]?.variants.nodes.map((v) => v.id) ?? [],
    paymentModel: "deposit",
    depositPercent: "20",
    balanceTrigger: "on-fulfillment",
    balanceDueDate: "",
    discountPercent: "",
    shipDate: "",
    goalKind: "units",
    goalValue: "",
    deadline: "",
    cap: "",
    label: "",
    buttonText: "",
    note: "",
  });
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const product = products.find((p) => p.id === values.productId);

  const save = () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
    }
    submit(form, { method: "post" });
  };

  return (
    <AdminPage
      title="New preorder test"
      backAction={{ content: "Preorder tests", url: "/app/preorders" }}
      primaryAction={{ content: "Create and launch", onAction: save, loading: submitting }}
    >
      <Layout>
        {errors.form && (
          <Layout.Section>
            <Banner tone="critical" title="Shopify did not accept the preorder">
              <p>{errors.form}</p>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  Product
                </Text>
                <Select
                  label="Product"
                  name="productId"
                  options={products.map((p) => ({
                    label: `${p.title}${p.status === "DRAFT" ? " (draft)" : ""}`,
                    value: p.id,
                  }))}
                  value={values.productId}
                  onChange={(id) =>
                    setValues((v) => ({
                      ...v,
                      productId: id,
                      variantIds: products.find((p) => p.id === id)?.variants.nodes.map((n) => n.id) ?? [],
                    }))
                  }
                  error={errors.productId}
                />
                <ChoiceList
                  title="Variants on preorder"
                  allowMultiple
                  choices={(product?.variants.nodes ?? []).map((variant) => ({
                    label: `${variant.title} · ${variant.price} ${currency}`,
                    value: variant.id,
                  }))}
                  selected={values.variantIds}
                  onChange={(variantIds) => setValues((v) => ({ ...v, variantIds }))}
                  error={errors.variantIds}
                />
              </FormLayout>
            </Card>
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
                    {
                      label: "Nothing now; charged only if the test succeeds (all-or-nothing)",
                      value: "charge-later",
                    },
                  ]}
                  selected={[values.paymentModel]}
                  onChange={([model]) => set("paymentModel")(model)}
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
                        error={errors.balanceDueDate}
                      />
                    )}
                  </FormLayout.Group>
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
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
