import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Banner, Layout } from "@shopify/polaris";
import { useState } from "react";
import { AdminPage } from "../admin/chrome";
import { TieredDiscountEditor } from "../discounts/components/TieredDiscountEditor";
import { formErrorsOf } from "../discounts/discount-user-errors";
import { discountUrlId } from "../discounts/saved-tiered-discount";
import { syncStorefrontSchedulesFor } from "../discounts/storefront-schedule-job.server";
import {
  collectionsForDiscount,
  createTieredDiscount,
  productsForDiscount,
} from "../discounts/tiered-discount-admin-api.server";
import { readTieredDiscountForm, type TieredDiscountFormValues } from "../discounts/tiered-discount-form";
import { newTieredDiscountFormValues, tieredDiscountFormData } from "../discounts/tiered-discount-form-values";
import { formRecord } from "../preorders/form-data";
import db from "../db.server";
import { requireAdmin } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await requireAdmin(request);
  const [shop, products, collections] = await Promise.all([
    getShopSummary(admin),
    productsForDiscount(admin),
    collectionsForDiscount(admin),
  ]);
  const values = newTieredDiscountFormValues("time", new Date(), shop.ianaTimezone);
  return { currency: shop.currencyCode, timeZone: shop.ianaTimezone, products, collections, values };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await requireAdmin(request);
  const shop = await getShopSummary(admin);
  const read = readTieredDiscountForm(formRecord(await request.formData()), {
    currency: shop.currencyCode,
    timeZone: shop.ianaTimezone,
  });
  if (!read.ok) return data({ errors: read.errors }, 400);
  const created = await createTieredDiscount(admin, read.draft);
  if (!created.ok) return data({ errors: formErrorsOf(created.userErrors, read.draft.config.kind) }, 400);
  const scheduleErrors = await syncStorefrontSchedulesFor(db, admin, session.shop, {
    saved: { id: created.id, ...read.draft },
    timeZone: shop.ianaTimezone,
  });
  return redirect(`/app/discounts/${discountUrlId(created.id)}${scheduleErrors.length ? "?schedule=failed" : ""}`);
};

export default function NewTieredDiscount() {
  const { currency, timeZone, products, collections, values: initial } = useLoaderData<typeof loader>();
  const errors: Record<string, string> = useActionData<typeof action>()?.errors ?? {};
  const submitting = useNavigation().state === "submitting";
  const submit = useSubmit();
  const [values, setValues] = useState<TieredDiscountFormValues>(initial);

  return (
    <AdminPage
      title="New tiered discount"
      backAction={{ content: "Tiered discounts", url: "/app/discounts" }}
      primaryAction={{
        content: "Create discount",
        loading: submitting,
        onAction: () => submit(tieredDiscountFormData(values), { method: "post" }),
      }}
    >
      <Layout>
        {errors.form && (
          <Layout.Section>
            <Banner tone="critical" title="Shopify did not accept the discount">
              <p>{errors.form}</p>
            </Banner>
          </Layout.Section>
        )}
        <TieredDiscountEditor
          values={values}
          onChange={setValues}
          errors={errors}
          currency={currency}
          timeZone={timeZone}
          products={products}
          collections={collections}
          defaultStart={initial.startsAt}
        />
      </Layout>
    </AdminPage>
  );
}
