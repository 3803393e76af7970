import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Banner, BlockStack, Card, FormLayout, Layout, Text } from "@shopify/polaris";
import { useState } from "react";
import { AdminPage } from "../admin/chrome";
import db from "../db.server";
import { NoticePreview } from "../preorders/components/NoticePreview";
import { PreorderSettingsFields, type PreorderFormValues } from "../preorders/components/PreorderSettingsFields";
import { VariantChoices } from "../preorders/components/VariantChoices";
import { editPreorderTest, ordersOfTest } from "../preorders/edit-preorder-test.server";
import { formDataOf, formRecord } from "../preorders/form-data";
import { productForPreorder } from "../preorders/preorder-admin-api.server";
import { preorderFormValues, readPreorderForm } from "../preorders/preorder-form";
import { shopProfileForNotices } from "../preorders/preorder-notices-job.server";
import { findPreorderTest } from "../preorders/preorder-tests.server";
import { noticePreview } from "../preorders/ship-date-notice";
import { localDateOf } from "../shop-time/shop-time-zone";
import { requireAdmin } from "../shopify/admin.server";

// The file name's "$id_" keeps this page out of the test page's layout: it renders on its own,
// in place of the list (app.preorders.tsx), like the create form.

const notFound = () => new Response("No such preorder test in this store", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, admin } = await requireAdmin(request);
  const test = await findPreorderTest(db, session.shop, params.id ?? "");
  if (!test) throw notFound();
  const [product, orders, profile, buyers] = await Promise.all([
    productForPreorder(admin, test.productId),
    ordersOfTest(db, test.id),
    shopProfileForNotices(admin),
    db.preorderLine.count({ where: { testId: test.id, status: "active" } }),
  ]);
  return {
    test: { id: test.id, productTitle: test.productTitle, status: test.status, shipDate: test.form.shipDate },
    values: preorderFormValues(test.form) as PreorderFormValues,
    product: product && { status: product.status, variants: product.variants.nodes },
    currency: test.currency,
    today: localDateOf(new Date(), test.timeZone),
    paymentLocked:
      orders > 0
        ? `${orders} ${orders === 1 ? "order was" : "orders were"} placed with these terms and each keeps them, so the payment model, deposit and balance date can't change any more. To try other terms, end this test and start a new one.`
        : undefined,
    buyers,
    profile: { shopName: profile.name, locale: profile.locale, contactEmail: profile.contactEmail },
  };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, admin } = await requireAdmin(request);
  const test = await findPreorderTest(db, session.shop, params.id ?? "");
  if (!test) throw notFound();
  const now = new Date();
  // The product is the test's whatever the form says: a test's product can't change.
  const read = readPreorderForm(
    { ...formRecord(await request.formData()), productId: test.productId },
    { today: localDateOf(now, test.timeZone), currency: test.currency },
  );
  if (!read.ok) return data({ ok: false as const, errors: read.errors as Record<string, string> }, 400);
  const saved = await editPreorderTest(db, admin, test, read.draft, now);
  if (!saved.ok) return data({ ok: false as const, errors: saved.errors as Record<string, string> }, 400);
  return data({ ok: true as const, message: saved.message });
};

export default function EditPreorderTest() {
  const {
    test,
    values: saved,
    product,
    currency,
    today,
    paymentLocked,
    buyers,
    profile,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};
  const submitting = useNavigation().state === "submitting";
  const submit = useSubmit();
  const [values, setValues] = useState<PreorderFormValues>(saved);
  const set = (field: keyof PreorderFormValues, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const notice = shipDateNotice(test, values.shipDate, profile);
  const live = test.status === "live";

  return (
    <AdminPage
      title={`Edit preorder: ${test.productTitle}`}
      backAction={{ content: test.productTitle, url: `/app/preorders/${test.id}` }}
      primaryAction={{
        content: "Save",
        disabled: !live,
        loading: submitting,
        onAction: () => submit(formDataOf(values), { method: "post" }),
      }}
      secondaryActions={[{ content: "Cancel", url: `/app/preorders/${test.id}` }]}
    >
      <Layout>
        {result?.ok && (
          <Layout.Section>
            <Banner tone="success" title="Saved">
              <p>{result.message}</p>
            </Banner>
          </Layout.Section>
        )}
        {errors.form && (
          <Layout.Section>
            <Banner tone="critical" title="Not saved">
              <p>{errors.form}</p>
            </Banner>
          </Layout.Section>
        )}
        {!live && (
          <Layout.Section>
            <Banner tone="warning" title="Only a live test can be edited">
              <p>
                {test.status === "ended"
                  ? "This test has ended: extend its deadline on the test's page to take preorders again."
                  : "This test is decided and can't change."}
              </p>
            </Banner>
          </Layout.Section>
        )}
        {product?.status === "DRAFT" && (
          <Layout.Section>
            <Banner tone="warning" title={`“${test.productTitle}” is still a draft`}>
              <p>
                Shoppers can&apos;t see or preorder it. Open it in Shopify under Products, set its status to Active and
                make it available on the Online Store to start taking preorders.
              </p>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  {test.productTitle}
                </Text>
                {product ? (
                  <VariantChoices
                    variants={product.variants}
                    currency={currency}
                    selected={values.variantIds}
                    onChange={(variantIds) => setValues((v) => ({ ...v, variantIds }))}
                    error={errors.variantIds}
                  />
                ) : (
                  <Text as="p" tone="critical">
                    This product no longer exists in Shopify.
                  </Text>
                )}
                {errors.productId && (
                  <Text as="p" tone="critical">
                    {errors.productId}
                  </Text>
                )}
              </FormLayout>
            </Card>
            <PreorderSettingsFields
              values={values}
              onChange={set}
              errors={errors}
              currency={currency}
              today={today}
              paymentLocked={paymentLocked}
              shipDateNotice={
                notice && (
                  <BlockStack gap="200">
                    <Text as="p" tone="subdued">
                      Saving moves the ship date: {buyers} {buyers === 1 ? "buyer is" : "buyers are"} emailed the new
                      date and their right to cancel for a refund. They will read:
                    </Text>
                    <NoticePreview subject={notice.subject} text={notice.text} />
                  </BlockStack>
                )
              }
            />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}

/** What buyers will read if the ship date moves to `shipDate`; null while it stays or is not a date yet. */
function shipDateNotice(
  test: { productTitle: string; shipDate: string },
  shipDate: string,
  profile: { shopName: string; locale: string; contactEmail: string },
) {
  if (!shipDate || shipDate === test.shipDate) return null;
  try {
    return noticePreview({
      ...profile,
      productTitle: test.productTitle,
      change: { kind: "ship-date-moved", previousDate: test.shipDate, newDate: shipDate },
    });
  } catch {
    return null;
  }
}
