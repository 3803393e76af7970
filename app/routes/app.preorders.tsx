import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useOutlet } from "@remix-run/react";
import { Card, IndexTable, Layout, ProgressBar, Text } from "@shopify/polaris";
import { CapabilityEmptyState } from "../admin/CapabilityEmptyState";
import { AdminPage } from "../admin/chrome";
import db from "../db.server";
import { formatAmount } from "../preorders/currency-amount";
import { listPreorderTests } from "../preorders/preorder-tests.server";
import { TestStatusBadge, VerdictBadge } from "../preorders/components/StatusBadges";
import { requireAdmin } from "../shopify/admin.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const tests = await listPreorderTests(db, session.shop, new Date());
  return {
    tests: tests.map(({ test, progress, verdict }) => ({
      id: test.id,
      productTitle: test.productTitle,
      status: test.status,
      goal:
        test.form.goal.kind === "units"
          ? `${progress.units} of ${test.form.goal.value} units`
          : `${formatAmount(progress.revenue, test.currency)} of ${formatAmount(test.form.goal.value, test.currency)}`,
      percent: progress.percentOfGoal,
      verdict: verdict.kind,
      shipDate: test.form.shipDate,
      deadline: test.form.deadline,
    })),
  };
};

export default function PreorderTests() {
  const { tests } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  // The form and a test's page render alone, in place of the list.
  const subPage = useOutlet();
  if (subPage) return subPage;

  if (tests.length === 0) {
    return (
      <CapabilityEmptyState
        title="Preorder tests"
        step="Validate"
        heading="Prove demand before you buy stock"
        next={{ content: "Create a preorder test", url: "/app/preorders/new" }}
      >
        <p>
          Offer a product for preorder with a deposit, or charge buyers later only if the test succeeds. Set a ship date
          and a goal; a live progress bar shows you and your shoppers how close you are, and when the test ends you get
          a clear go or no-go verdict.
        </p>
      </CapabilityEmptyState>
    );
  }
  return (
    <AdminPage title="Preorder tests" primaryAction={{ content: "Create preorder test", url: "/app/preorders/new" }}>
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <IndexTable
              resourceName={{ singular: "preorder test", plural: "preorder tests" }}
              itemCount={tests.length}
              selectable={false}
              headings={[
                { title: "Product" },
                { title: "Status" },
                { title: "Progress" },
                { title: "Verdict" },
                { title: "Deadline" },
                { title: "Ships" },
              ]}
            >
              {tests.map((test, index) => (
                <IndexTable.Row
                  id={test.id}
                  key={test.id}
                  position={index}
                  onClick={() => navigate(`/app/preorders/${test.id}`)}
                >
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {test.productTitle}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <TestStatusBadge status={test.status} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <div style={{ minWidth: 160 }}>
                      <ProgressBar progress={Math.min(100, test.percent)} size="small" />
                      <Text as="span" variant="bodySm" tone="subdued">
                        {test.goal}
                      </Text>
                    </div>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <VerdictBadge kind={test.verdict} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>{test.deadline}</IndexTable.Cell>
                  <IndexTable.Cell>{test.shipDate}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
