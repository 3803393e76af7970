import type { LoaderFunctionArgs } from "@remix-run/node";
import { Text } from "@shopify/polaris";
import { requireAdmin } from "../shopify/admin.server";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export default function ResearchBoard() {
  return (
    <CapabilityEmptyState
      title="Research board"
      step="Research"
      heading="Collect product ideas while you browse Amazon and Reddit"
      next={{ content: "Start a preorder test", url: "/app/preorders" }}
      footer={
        <Text as="p" variant="bodySm" tone="subdued">
          To save ideas, install the Fieldtest browser extension, sign in to this store from it, then open an Amazon
          product or search page or a Reddit thread and choose Save to board.
        </Text>
      }
    >
      <p>
        Ideas you save with the Fieldtest browser extension land here with their estimated monthly sales, the phrases
        unhappy buyers repeat, the pain points people raise on Reddit, and a demand–competition–profit score that shows
        how it was worked out.
      </p>
    </CapabilityEmptyState>
  );
}
