import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../shopify/admin.server";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function AbTests() {
  return (
    <CapabilityEmptyState
      title="A/B tests"
      step="Launch"
      heading="Find out which product page sells better"
      next={{ content: "Set up email flows", url: "/app/emails" }}
    >
      <p>
        Test one part of a product page against another, such as a lifestyle photo against a product shot as the main
        image. Results come with honest statistics: a check that visitors were split as planned, each version&apos;s
        chance to win, and numbers that stay valid however often you look.
      </p>
    </CapabilityEmptyState>
  );
}
