import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../shopify/admin.server";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function PreorderTests() {
  return (
    <CapabilityEmptyState
      title="Preorder tests"
      step="Validate"
      heading="Prove demand before you buy stock"
      next={{ content: "Plan a launch discount", url: "/app/discounts" }}
    >
      <p>
        Offer a product for preorder with a deposit, or charge buyers later only if the test succeeds. Set a ship date
        and a goal; a live progress bar shows you and your shoppers how close you are, and when the test ends you get a
        clear go or no-go verdict.
      </p>
    </CapabilityEmptyState>
  );
}
