import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useOutlet } from "@remix-run/react";
import { Card, IndexTable, Layout, Link, Text } from "@shopify/polaris";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";
import { AdminPage } from "../admin/chrome";
import { DiscountStatusBadge } from "../discounts/components/DiscountStatusBadge";
import { discountUrlId } from "../discounts/saved-tiered-discount";
import { localDateTimeAt } from "../shop-time/shop-local-time";
import { tiersSummary } from "../discounts/tier-summary";
import { listTieredDiscounts } from "../discounts/tiered-discount-admin-api.server";
import { tieredDiscountStatus } from "../discounts/tiered-discount-status";
import { requireAdmin } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";

const KIND_NAMES = { time: "By time", quantity: "By quantity", spend: "By spend" };

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await requireAdmin(request);
  const [shop, discounts] = await Promise.all([getShopSummary(admin), listTieredDiscounts(admin)]);
  const now = new Date();
  const shopTime = (iso: string) => localDateTimeAt(iso, shop.ianaTimezone).slice(0, 16).replace("T", " ");
  return {
    timeZone: shop.ianaTimezone,
    discounts: discounts.map((discount) => ({
      urlId: discountUrlId(discount.id),
      title: discount.title,
      kind: discount.config ? KIND_NAMES[discount.config.kind] : "—",
      tiers: discount.config ? tiersSummary(discount.config, shop.currencyCode) : "Tiers unreadable",
      status: tieredDiscountStatus(discount, now, shop.ianaTimezone),
      runs: `${shopTime(discount.startsAt)} – ${discount.endsAt ? shopTime(discount.endsAt) : "no end"}`,
    })),
  };
};

export default function TieredDiscounts() {
  const { discounts, timeZone } = useLoaderData<typeof loader>();
  // The form and a discount's page render alone, in place of the list.
  const subPage = useOutlet();
  if (subPage) return subPage;

  if (discounts.length === 0) {
    return (
      <CapabilityEmptyState
        title="Tiered discounts"
        step="Launch"
        heading="Reward your first buyers with tiered discounts"
        next={{ content: "Create a tiered discount", url: "/app/discounts/new" }}
      >
        <p>
          Set time tiers such as 50% off in the first hour, 40% in the first 3 hours and 30% for the rest of the day, or
          tiers by quantity and by spend. A Shopify discount function applies them at checkout, and a countdown on your
          storefront shows shoppers the current tier and when it ends.
        </p>
      </CapabilityEmptyState>
    );
  }
  return (
    <AdminPage
      title="Tiered discounts"
      primaryAction={{ content: "Create tiered discount", url: "/app/discounts/new" }}
    >
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <IndexTable
              resourceName={{ singular: "tiered discount", plural: "tiered discounts" }}
              itemCount={discounts.length}
              selectable={false}
              headings={[
                { title: "Title" },
                { title: "Status" },
                { title: "Now" },
                { title: "Tiers" },
                { title: `Runs (${timeZone})` },
              ]}
            >
              {discounts.map((discount, index) => (
                <IndexTable.Row id={discount.urlId} key={discount.urlId} position={index}>
                  <IndexTable.Cell>
                    <Link dataPrimaryLink url={`/app/discounts/${discount.urlId}`} monochrome removeUnderline>
                      <Text as="span" fontWeight="semibold">
                        {discount.title}
                      </Text>
                    </Link>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <DiscountStatusBadge status={discount.status.kind} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    {discount.status.kind === "live" ? (discount.status.currentTier ?? "Tier by cart") : ""}
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" variant="bodySm">
                      {discount.kind}: {discount.tiers}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{discount.runs}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
