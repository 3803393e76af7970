import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../shopify/admin.server";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function EmailFlows() {
  return (
    <CapabilityEmptyState
      title="Email flows"
      step="Retain"
      heading="Bring buyers back after their first order"
      next={{ content: "Review settings", url: "/app/settings" }}
    >
      <p>
        Send follow-up emails 7, 30 and 90 days after a purchase, only to customers who agreed to receive marketing.
        Every email has a one-click unsubscribe, and you see the revenue each flow brings back.
      </p>
    </CapabilityEmptyState>
  );
}
