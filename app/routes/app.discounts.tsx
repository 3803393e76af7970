import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../shopify/admin.server";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function TieredDiscounts() {
  return (
    <CapabilityEmptyState
      title="Tiered discounts"
      step="Launch"
      heading="Reward your first buyers with tiered discounts"
      next={{ content: "Test your product page", url: "/app/ab-tests" }}
    >
      <p>
        Set time tiers such as 50% off in the first hour, 40% in the first 3 hours and 30% for the rest of the day, or
        tiers by quantity and by spend. A Shopify discount function applies them at checkout, and a countdown on your
        storefront shows shoppers the current tier and when it ends.
      </p>
    </CapabilityEmptyState>
  );
}
