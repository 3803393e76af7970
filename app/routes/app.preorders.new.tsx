import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Banner, BlockStack, Card, ChoiceList, FormLayout, Layout, Select, Text } from "@shopify/polaris";
import { useState } from "react";
import { AdminPage } from "../admin/chrome";
import db from "../db.server";
import { NewProductFields, type NewProductValues } from "../preorders/components/NewProductFields";
import { PreorderSettingsFields, type PreorderFormValues } from "../preorders/components/PreorderSettingsFields";
import { VariantChoices } from "../preorders/components/VariantChoices";
import { readCreatePreorderForm, type ProductSource } from "../preorders/create-preorder-form";
import { formDataOf, formRecord } from "../preorders/form-data";
import { productsForPreorder } from "../preorders/preorder-admin-api.server";
import { createPreorderTestOnNewProduct } from "../preorders/preorder-test-on-new-product.server";
import { createPreorderTest } from "../preorders/preorder-tests.server";
import { localDateOf } from "../shop-time/shop-time-zone";
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
  const read = readCreatePreorderForm(formRecord(await request.formData()), {
    today: localDateOf(now, shop.ianaTimezone),
    currency: shop.currencyCode,
  });
  if (!read.ok) return data({ errors: read.errors as Record<string, string> }, 400);
  const common = { shop: session.shop, timeZone: shop.ianaTimezone, now };
  let created;
  if (read.source === "new") {
    created = await createPreorderTestOnNewProduct(db, admin, {
      ...common,
      product: read.product,
      settings: read.settings,
    });
  } else {
    const product = (await productsForPreorder(admin)).find((p) => p.id === read.draft.productId);
    if (!product) return data({ errors: { productId: "That product no longer exists. Pick another." } }, 400);
    created = await createPreorderTest(db, admin, { ...common, draft: read.draft, productTitle: product.title });
  }
  if (!created.ok) return data({ errors: created.errors }, 400);
  return redirect(`/app/preorders/${created.test.id}`);
};

type Values = PreorderFormValues & NewProductValues & { productSource: ProductSource };

export default function NewPreorderTest() {
  const { products, currency, today } = useLoaderData<typeof loader>();
  const errors: Record<string, string> = useActionData<typeof action>()?.errors ?? {};
  const submitting = useNavigation().state === "submitting";
  const submit = useSubmit();
  const [values, setValues] = useState<Values>({
    productSource: products.length > 0 ? "existing" : "new",
    productId: products[0]?.id ?? "",
    variantIds: products[0]?.variants.nodes.map((v) => v.id) ?? [],
    newProductTitle: "",
    newProductPrice: "",
    newProductImageUrl: "",
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
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const product = products.find((p) => p.id === values.productId);

  return (
    <AdminPage
      title="New preorder test"
      backAction={{ content: "Preorder tests", url: "/app/preorders" }}
      primaryAction={{
        content: "Create and launch",
        onAction: () => submit(formDataOf(values), { method: "post" }),
        loading: submitting,
      }}
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
                <ChoiceList
                  title="What to preorder"
                  titleHidden
                  choices={[
                    { label: "A product in the store", value: "existing" },
                    { label: "A new product: create a draft from a title, price and image", value: "new" },
                  ]}
                  selected={[values.productSource]}
                  onChange={([source]) => set("productSource", source)}
                  error={errors.productSource}
                />
                {values.productSource === "existing" ? (
                  <>
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
                    <VariantChoices
                      variants={product?.variants.nodes ?? []}
                      currency={currency}
                      selected={values.variantIds}
                      onChange={(variantIds) => setValues((v) => ({ ...v, variantIds }))}
                      error={errors.variantIds}
                    />
                  </>
                ) : (
                  <NewProductFields values={values} onChange={set} errors={errors} currency={currency} />
                )}
              </FormLayout>
            </Card>
            <PreorderSettingsFields values={values} onChange={set} errors={errors} currency={currency} today={today} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
