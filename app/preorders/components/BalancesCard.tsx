import { Form } from "@remix-run/react";
import { Badge, type BadgeProps, BlockStack, Button, Card, IndexTable, Text } from "@shopify/polaris";
import { formatTime } from "../../admin/format";
import type { BalanceSummary } from "../balance-charge";

export interface BalanceRow {
  id: string;
  orderName: string;
  status: string;
  dueAt: string | null;
  amount: number | null;
  chargedAt: string | null;
  error: string | null;
}

const STATUS: Record<string, { label: string; tone: BadgeProps["tone"] }> = {
  scheduled: { label: "Scheduled", tone: undefined },
  processing: { label: "Processing", tone: "info" },
  charged: { label: "Charged", tone: "success" },
  failed: { label: "Failed", tone: "critical" },
  "not-due": { label: "Not due", tone: undefined },
};

/** After a go: each order's balance, when it is charged, what happened, and a retry for failures. */
export function BalancesCard({
  summary,
  rows,
  money,
  busy,
}: {
  summary: Omit<BalanceSummary, "pending"> & {
    pending: { count: number; nextDueAt: string | null; onFulfillment: number };
  };
  rows: BalanceRow[];
  money: (amount: number) => string;
  busy: boolean;
}) {
  const pending = [
    summary.pending.nextDueAt && `next on ${formatTime(summary.pending.nextDueAt)}`,
    summary.pending.onFulfillment > 0 && `${summary.pending.onFulfillment} when fulfilled`,
  ].filter(Boolean);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Balances
        </Text>
        <Text as="p">
          {`${summary.charged.count} charged (${money(summary.charged.amount)}) · ${summary.pending.count} to charge${
            pending.length ? ` (${pending.join(", ")})` : ""
          } · ${summary.failed} failed · ${summary.notDue} not due`}
        </Text>
        <IndexTable
          resourceName={{ singular: "balance", plural: "balances" }}
          itemCount={rows.length}
          selectable={false}
          headings={[{ title: "Order" }, { title: "Status" }, { title: "Due" }, { title: "Amount" }, { title: "" }]}
        >
          {rows.map((row, index) => {
            const status = STATUS[row.status] ?? { label: row.status, tone: undefined };
            return (
              <IndexTable.Row id={row.id} key={row.id} position={index}>
                <IndexTable.Cell>{row.orderName}</IndexTable.Cell>
                <IndexTable.Cell>
                  <BlockStack gap="100">
                    <Badge tone={status.tone}>{status.label}</Badge>
                    {row.error && (
                      <Text as="span" tone={row.status === "failed" ? "critical" : "subdued"}>
                        {row.error}
                      </Text>
                    )}
                  </BlockStack>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {row.chargedAt
                    ? `Charged ${formatTime(row.chargedAt)}`
                    : row.dueAt
                      ? formatTime(row.dueAt)
                      : "When fulfilled"}
                </IndexTable.Cell>
                <IndexTable.Cell>{row.amount === null ? "—" : money(row.amount)}</IndexTable.Cell>
                <IndexTable.Cell>
                  {row.status === "failed" && (
                    <Form method="post">
                      <input type="hidden" name="intent" value="retry-balance" />
                      <input type="hidden" name="chargeId" value={row.id} />
                      <Button submit size="slim" loading={busy}>
                        Retry
                      </Button>
                    </Form>
                  )}
                </IndexTable.Cell>
              </IndexTable.Row>
            );
          })}
        </IndexTable>
      </BlockStack>
    </Card>
  );
}
