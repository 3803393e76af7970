import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Banner, Layout, Modal, Text } from "@shopify/polaris";
import { useState } from "react";
import { AdminPage } from "../admin/chrome";
import { DiscountStatusBadge } from "../discounts/components/DiscountStatusBadge";
import { TieredDiscountEditor } from "../discounts/components/TieredDiscountEditor";
import { formErrorsOf } from "../discounts/discount-user-errors";
import { discountNodeId } from "../discounts/saved-tiered-discount";
import { syncStorefrontSchedulesFor } from "../discounts/storefront-schedule-job.server";
import {
  collectionsForDiscount,
  deleteTieredDiscount,
  findTieredDiscount,
  productsForDiscount,
  updateTieredDiscount,
} from "../discounts/tiered-discount-admin-api.server";
import { readTieredDiscountForm, type TieredDiscountFormValues } from "../discounts/tiered-discount-form";
import {
  newTieredDiscountFormValues,
  savedTieredDiscountFormValues,
  tieredDiscountFormData,
} from "../discounts/tiered-discount-form-values";
import { tieredDiscountStatus } from "../discounts/tiered-discount-status";
import { formRecord } from "../preorders/form-data";
import db from "../db.server";
import { requireAdmin } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";

// A discount's page is its edit form, with the preview, and Delete.

const notFound = () => new Response("No such tiered discount in this store", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin } = await requireAdmin(request);
  const id = discountNodeId(params.id ?? "");
  const saved = id && (await findTieredDiscount(admin, id));
  if (!saved) throw notFound();
  const [shop, products, collections] = await Promise.all([
    getShopSummary(admin),
    productsForDiscount(admin),
    collectionsForDiscount(admin),
  ]);
  const now = new Date();
  const { config } = saved;
  return {
    discount: { title: saved.title, status: tieredDiscountStatus(saved, now, shop.ianaTimezone) },
    // A config the Function refuses can't be shown as it was: the merchant starts over or deletes it.
    values: config
      ? savedTieredDiscountFormValues({ ...saved, config }, shop.ianaTimezone)
      : { ...newTieredDiscountFormValues("time", now, shop.ianaTimezone), title: saved.title },
    defaultStart: newTieredDiscountFormValues("time", now, shop.ianaTimezone).startsAt,
    currency: shop.currencyCode,
    timeZone: shop.ianaTimezone,
    products,
    collections,
    // Set by the create action when the discount was made but its storefront schedule was not written.
    scheduleFailed: new URL(request.url).searchParams.get("schedule") === "failed",
  };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session } = await requireAdmin(request);
  const id = discountNodeId(params.id ?? "");
  const existing = id && (await findTieredDiscount(admin, id));
  if (!id || !existing) throw notFound();
  const form = formRecord(await request.formData());
  const shop = await getShopSummary(admin);
  if (form.intent === "delete") {
    // The storefront stops showing the countdown first: a schedule left behind would outlive the discount.
    const withdrawn = existing.config
      ? await syncStorefrontSchedulesFor(db, admin, session.shop, {
          removed: { id, config: existing.config },
          timeZone: shop.ianaTimezone,
        })
      : [];
    if (withdrawn.length) return data({ ok: false as const, errors: { form: withdrawn.join(" ") } }, 400);
    const userErrors = await deleteTieredDiscount(admin, id);
    if (userErrors.length) {
      return data({ ok: false as const, errors: { form: userErrors.map((e) => e.message).join(" ") } }, 400);
    }
    return redirect("/app/discounts");
  }
  const read = readTieredDiscountForm(form, { currency: shop.currencyCode, timeZone: shop.ianaTimezone });
  if (!read.ok) return data({ ok: false as const, errors: read.errors }, 400);
  const saved = await updateTieredDiscount(admin, id, read.draft);
  if (!saved.ok) {
    return data({ ok: false as const, errors: formErrorsOf(saved.userErrors, read.draft.config.kind) }, 400);
  }
  const scheduleErrors = await syncStorefrontSchedulesFor(db, admin, session.shop, {
    saved: { id, ...read.draft },
    previous: existing.config,
    timeZone: shop.ianaTimezone,
  });
  return data({ ok: true as const, scheduleErrors });
};

export default function TieredDiscountPage() {
  const {
    discount,
    values: saved,
    defaultStart,
    currency,
    timeZone,
    products,
    collections,
    scheduleFailed,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting";
  const submit = useSubmit();
  const [values, setValues] = useState<TieredDiscountFormValues>(saved);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleting = submitting && navigation.formData?.get("intent") === "delete";

  return (
    <AdminPage
      title={discount.title}
      titleMetadata={<DiscountStatusBadge status={discount.status.kind} />}
      subtitle={discount.status.kind === "live" ? (discount.status.currentTier ?? undefined) : undefined}
      backAction={{ content: "Tiered discounts", url: "/app/discounts" }}
      primaryAction={{
        content: "Save",
        loading: submitting && !deleting,
        onAction: () => submit(tieredDiscountFormData(values), { method: "post" }),
      }}
      secondaryActions={[{ content: "Delete", destructive: true, onAction: () => setConfirmingDelete(true) }]}
    >
      <Layout>
        {result?.ok && (
          <Layout.Section>
            <Banner tone="success" title="Saved">
              <p>Checkout uses the new tiers from now on.</p>
            </Banner>
          </Layout.Section>
        )}
        {(scheduleFailed || (result?.ok && result.scheduleErrors.length > 0)) && (
          <Layout.Section>
            <Banner tone="warning" title="The storefront countdown was not updated">
              <p>
                Checkout applies the tiers, but the Launch discount block still shows the old schedule
                {result?.ok ? ` (${result.scheduleErrors.join(" ")})` : ""}. Save again to retry.
              </p>
            </Banner>
          </Layout.Section>
        )}
        {errors.form && (
          <Layout.Section>
            <Banner tone="critical" title="Shopify did not accept the change">
              <p>{errors.form}</p>
            </Banner>
          </Layout.Section>
        )}
        {discount.status.kind === "broken" && (
          <Layout.Section>
            <Banner tone="critical" title="This discount gives no discount at checkout">
              <p>Its tiers could not be read. Enter them again and save, or delete the discount.</p>
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
          defaultStart={defaultStart}
        />
      </Layout>
      <Modal
        open={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={`Delete “${discount.title}”?`}
        primaryAction={{
          content: "Delete discount",
          destructive: true,
          loading: deleting,
          onAction: () => submit({ intent: "delete" }, { method: "post" }),
        }}
        secondaryActions={[{ content: "Keep it", onAction: () => setConfirmingDelete(false) }]}
      >
        <Modal.Section>
          <Text as="p">Shopify removes the discount at once: carts and checkouts stop getting its tiers.</Text>
        </Modal.Section>
      </Modal>
    </AdminPage>
  );
}
