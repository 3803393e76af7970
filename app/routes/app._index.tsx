import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Button, Card, InlineGrid, InlineStack, Layout, Text } from "@shopify/polaris";
import { AdminPage } from "../admin/chrome";
import { requireAdmin } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";
import type { LoopStep } from "../admin/loop";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await requireAdmin(request);
  return { shop: await getShopSummary(admin) };
};

const steps: { step: LoopStep; summary: string; pages: { content: string; url: string }[] }[] = [
  {
    step: "Research",
    summary:
      "Save product ideas from Amazon and Reddit with the browser extension, with estimated sales, complaints and a score.",
    pages: [{ content: "Open the research board", url: "/app/research" }],
  },
  {
    step: "Validate",
    summary: "Run a preorder test with a goal and a ship date to prove demand before you buy stock.",
    pages: [{ content: "Start a preorder test", url: "/app/preorders" }],
  },
  {
    step: "Launch",
    summary: "Reward early buyers with tiered discounts and A/B test your product page to find what sells.",
    pages: [
      { content: "Set up discounts", url: "/app/discounts" },
      { content: "Run an A/B test", url: "/app/ab-tests" },
    ],
  },
  {
    step: "Retain",
    summary: "Bring buyers back with emails 7, 30 and 90 days after their order, sent only with their consent.",
    pages: [{ content: "Set up email flows", url: "/app/emails" }],
  },
];

export default function Home() {
  const { shop } = useLoaderData<typeof loader>();
  return (
    <AdminPage title="Fieldtest">
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Text as="p" variant="bodyLg">
              Fieldtest takes a product from idea to repeat customer in four steps.
            </Text>
            <Text as="p" tone="subdued">
              Connected to {shop.name} ({shop.myshopifyDomain}) · prices in {shop.currencyCode} · times in{" "}
              {shop.ianaTimezone}
            </Text>
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
              {steps.map(({ step, summary, pages }, index) => (
                <Card key={step}>
                  <BlockStack gap="300">
                    <Text as="h2" variant="headingMd">
                      {index + 1}. {step}
                    </Text>
                    <Text as="p">{summary}</Text>
                    <InlineStack gap="200">
                      {pages.map((page) => (
                        <Button key={page.url} url={page.url}>
                          {page.content}
                        </Button>
                      ))}
                    </InlineStack>
                  </BlockStack>
                </Card>
              ))}
            </InlineGrid>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
