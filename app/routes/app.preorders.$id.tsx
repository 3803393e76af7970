import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  IndexTable,
  InlineGrid,
  InlineStack,
  Layout,
  ProgressBar,
  Text,
  TextField,
} from "@shopify/polaris";
import polarisVizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { useState } from "react";
import { z } from "zod";
import { AdminPage } from "../admin/chrome";
import { formatTime } from "../admin/format";
import db from "../db.server";
import { productViewsSince } from "../pixel/product-views.server";
import { balanceTiming } from "../preorders/balance-charge";
import { preorderConversion } from "../preorders/conversion";
import { BalancesCard } from "../preorders/components/BalancesCard";
import { NoticePreview } from "../preorders/components/NoticePreview";
import { ProgressChart } from "../preorders/components/ProgressChart";
import { formatAmount } from "../preorders/currency-amount";
import { addDays } from "../shop-time/calendar-date";
import { balanceCharges, retryBalanceCharge } from "../preorders/preorder-balances.server";
import { shopProfileForNotices } from "../preorders/preorder-notices-job.server";
import {
  endPreorderTest,
  extendPreorderTest,
  decidePreorderTest,
  findPreorderTest,
  movePreorderShipDate,
  preorderTestSummary,
} from "../preorders/preorder-tests.server";
import { noticePreview } from "../preorders/ship-date-notice";
import { TestStatusBadge, VerdictBadge } from "../preorders/components/StatusBadges";
import { requireAdmin } from "../shopify/admin.server";

export const links = () => [{ rel: "stylesheet", href: polarisVizStyles }];

const notFound = () => new Response("No such preorder test in this store", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, admin } = await requireAdmin(request);
  const test = await findPreorderTest(db, session.shop, params.id ?? "");
  if (!test) throw notFound();
  const { progress, verdict } = await preorderTestSummary(db, test, new Date());
  const lines = await db.preorderLine.findMany({ where: { testId: test.id }, orderBy: { orderedAt: "desc" } });
  const notices = await db.preorderNotice.findMany({ where: { testId: test.id }, orderBy: { createdAt: "desc" } });
  const balances = await balanceCharges(db, test.id);
  const conversion = preorderConversion(
    progress.orders,
    await productViewsSince(db, session.shop, test.productId, test.createdAt),
  );
  const profile = await shopProfileForNotices(admin);
  // What buyers will read if the date moves, shown before the merchant moves it (a date a month later as the example).
  const profileFields = {
    shopName: profile.name,
    productTitle: test.productTitle,
    locale: profile.locale,
    contactEmail: profile.contactEmail,
  };
  const cancellation = noticePreview({
    ...profileFields,
    change: { kind: "cancelled", refund: test.form.payment.model === "charge-later" ? "not-charged" : "refunded" },
  });
  const preview = noticePreview({
    ...profileFields,
    change: { kind: "ship-date-moved", previousDate: test.form.shipDate, newDate: addDays(test.form.shipDate, 30) },
  });
  return {
    test: {
      id: test.id,
      productTitle: test.productTitle,
      status: test.status,
      currency: test.currency,
      form: test.form,
    },
    progress,
    verdict,
    conversion,
    lines: lines.map((line) => ({
      id: line.id,
      orderName: line.orderName,
      customer: line.customerName ?? line.customerEmail ?? "Guest",
      quantity: line.quantity - line.cancelledQuantity,
      status: line.status,
      deposit: line.depositAmount,
      orderedAt: line.orderedAt.toISOString(),
    })),
    balances: {
      summary: {
        ...balances.summary,
        pending: { ...balances.summary.pending, nextDueAt: balances.summary.pending.nextDueAt?.toISOString() ?? null },
      },
      rows: balances.charges.map((charge) => ({
        id: charge.id,
        orderName: charge.orderName,
        status: charge.status,
        dueAt: charge.dueAt?.toISOString() ?? null,
        amount: charge.amount,
        chargedAt: charge.chargedAt?.toISOString() ?? null,
        error: charge.error,
      })),
    },
    balanceTiming: balanceTiming(test.form.payment),
    noticePreview: { subject: preview.subject, text: preview.text },
    cancellationPreview: { subject: cancellation.subject, text: cancellation.text },
    notices: notices.map((notice) => ({
      id: notice.id,
      to: notice.customerEmail,
      subject: notice.subject,
      sentAt: notice.sentAt?.toISOString() ?? null,
      error: notice.error,
    })),
  };
};

const actionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("end") }),
  z.object({ intent: z.literal("extend"), deadline: z.string() }),
  z.object({ intent: z.literal("move-ship-date"), shipDate: z.string() }),
  z.object({ intent: z.enum(["go", "no-go"]) }),
  z.object({ intent: z.literal("retry-balance"), chargeId: z.string() }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, admin } = await requireAdmin(request);
  const test = await findPreorderTest(db, session.shop, params.id ?? "");
  if (!test) throw notFound();
  const form = actionForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return data({ ok: false, message: "That request was incomplete. Reload and try again." }, 400);
  const now = new Date();
  const { data: choice } = form;
  const result =
    choice.intent === "end"
      ? await endPreorderTest(db, admin, test, now)
      : choice.intent === "extend"
        ? await extendPreorderTest(db, admin, test, choice.deadline, now)
        : choice.intent === "move-ship-date"
          ? await movePreorderShipDate(db, admin, test, choice.shipDate, now)
          : choice.intent === "retry-balance"
            ? await retryBalanceCharge(db, session.shop, choice.chargeId)
            : await decidePreorderTest(db, test, choice.intent, now);
  return data(result, result.ok ? 200 : 400);
};

export default function PreorderTestPage() {
  const {
    test,
    progress,
    verdict,
    conversion,
    lines,
    notices,
    balances,
    balanceTiming,
    noticePreview,
    cancellationPreview,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [deadline, setDeadline] = useState("");
  const [shipDate, setShipDate] = useState("");
  const { form, currency } = test;
  const money = (amount: number) => formatAmount(amount, currency);
  const goalText =
    form.goal.kind === "units"
      ? `${progress.units} of ${form.goal.value} units`
      : `${money(progress.revenue)} of ${money(form.goal.value)}`;

  return (
    <AdminPage
      title={test.productTitle}
      titleMetadata={<TestStatusBadge status={test.status} />}
      backAction={{ content: "Preorder tests", url: "/app/preorders" }}
    >
      <Layout>
        {result && (
          <Layout.Section>
            <Banner tone={result.ok ? "success" : "critical"}>
              <p>{result.message}</p>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <InlineStack align="space-between" blockAlign="center">
                  <Text as="h2" variant="headingMd">
                    Progress
                  </Text>
                  <VerdictBadge kind={verdict.kind} />
                </InlineStack>
                <ProgressBar progress={Math.min(100, progress.percentOfGoal)} tone="primary" />
                <Text as="p" data-testid="preorder-progress">
                  {goalText} · {Math.round(progress.percentOfGoal)}% of the goal
                </Text>
                <Text as="p" tone="subdued" data-testid="preorder-verdict">
                  {verdict.reason}
                </Text>
                <InlineGrid columns={4} gap="300">
                  <Metric label="Preorders" value={String(progress.orders)} />
                  <Metric label="Revenue" value={money(progress.revenue)} />
                  <Metric label="Deposits collected" value={money(progress.depositsCollected)} />
                  <Metric
                    label="Balance due"
                    value={money(Math.max(0, progress.balanceDue - balances.summary.charged.amount))}
                  />
                </InlineGrid>
                <Text as="p" tone="subdued" data-testid="preorder-conversion">
                  {conversion
                    ? `Conversion ${conversion.percent.toFixed(1)}%: ${conversion.text}`
                    : "Conversion: no product views reported yet (the Fieldtest pixel reports them once shoppers allow analytics)."}
                </Text>
                {progress.cancelledUnits > 0 && (
                  <Text as="p" tone="subdued">
                    {progress.cancelledUnits} units cancelled or refunded.
                  </Text>
                )}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  Over time
                </Text>
                <ProgressChart daily={progress.daily} goal={form.goal.value} measure={form.goal.kind} />
              </BlockStack>
            </Card>
            <Card padding="0">
              <IndexTable
                resourceName={{ singular: "preorder", plural: "preorders" }}
                itemCount={lines.length}
                selectable={false}
                emptyState={
                  <Text as="p" tone="subdued">
                    No preorders yet.
                  </Text>
                }
                headings={[
                  { title: "Order" },
                  { title: "Customer" },
                  { title: "Units" },
                  { title: "Paid now" },
                  { title: "Status" },
                ]}
              >
                {lines.map((line, index) => (
                  <IndexTable.Row id={line.id} key={line.id} position={index}>
                    <IndexTable.Cell>{line.orderName}</IndexTable.Cell>
                    <IndexTable.Cell>{line.customer}</IndexTable.Cell>
                    <IndexTable.Cell>{line.quantity}</IndexTable.Cell>
                    <IndexTable.Cell>{money(line.deposit)}</IndexTable.Cell>
                    <IndexTable.Cell>{line.status}</IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <InlineStack align="space-between" blockAlign="center">
                  <Text as="h2" variant="headingMd">
                    Setup
                  </Text>
                  {test.status === "live" && <Button url={`/app/preorders/${test.id}/edit`}>Edit</Button>}
                </InlineStack>
                <Text as="p">Ships {form.shipDate}</Text>
                <Text as="p">Ends {form.deadline}</Text>
                <Text as="p">
                  {form.payment.model === "full"
                    ? "Full payment at checkout"
                    : form.payment.model === "deposit"
                      ? `${form.payment.depositPercent}% deposit, balance ${
                          form.payment.balance.trigger === "on-fulfillment"
                            ? "when it ships"
                            : `on ${form.payment.balance.dueDate}`
                        }`
                      : "Charged only if the test succeeds"}
                </Text>
                {form.cap !== null && <Text as="p">Stops at {form.cap} units</Text>}
              </BlockStack>
            </Card>
            {(test.status === "live" || test.status === "ended") && (
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    Actions
                  </Text>
                  <Form method="post">
                    <input type="hidden" name="intent" value="extend" />
                    <InlineStack gap="200" blockAlign="end">
                      <div style={{ flex: 1 }}>
                        <TextField
                          label="New deadline"
                          type="date"
                          name="deadline"
                          autoComplete="off"
                          value={deadline}
                          onChange={setDeadline}
                        />
                      </div>
                      <Button submit loading={busy} disabled={!deadline}>
                        Extend
                      </Button>
                    </InlineStack>
                  </Form>
                  {test.status === "live" && (
                    <Form method="post">
                      <input type="hidden" name="intent" value="end" />
                      <Button submit tone="critical" loading={busy}>
                        End the test now
                      </Button>
                    </Form>
                  )}
                </BlockStack>
              </Card>
            )}
            {test.status === "ended" && (
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    Decide
                  </Text>
                  <Text as="p" tone="subdued">
                    Go: the product sells as a normal product
                    {balanceTiming ? ` and the balances are charged to the buyers' saved cards ${balanceTiming}` : ""}.
                    No-go: every preorder is cancelled and refunded, and each buyer reads:
                  </Text>
                  <NoticePreview subject={cancellationPreview.subject} text={cancellationPreview.text} />
                  <InlineStack gap="200">
                    <Form method="post">
                      <input type="hidden" name="intent" value="go" />
                      <Button submit variant="primary" loading={busy}>
                        Go
                      </Button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="intent" value="no-go" />
                      <Button submit tone="critical" loading={busy}>
                        No-go: cancel and refund
                      </Button>
                    </Form>
                  </InlineStack>
                </BlockStack>
              </Card>
            )}
            {balances.rows.length > 0 && (
              <BalancesCard summary={balances.summary} rows={balances.rows} money={money} busy={busy} />
            )}
            {(test.status === "live" || test.status === "ended") && (
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    Move the ship date
                  </Text>
                  <Text as="p" tone="subdued">
                    Every buyer is emailed the new date and their right to cancel for a refund. They will read:
                  </Text>
                  <NoticePreview subject={noticePreview.subject} text={noticePreview.text} />
                  <Form method="post">
                    <input type="hidden" name="intent" value="move-ship-date" />
                    <InlineStack gap="200" blockAlign="end">
                      <div style={{ flex: 1 }}>
                        <TextField
                          label="New ship date"
                          type="date"
                          name="shipDate"
                          autoComplete="off"
                          value={shipDate}
                          onChange={setShipDate}
                        />
                      </div>
                      <Button submit loading={busy} disabled={!shipDate}>
                        Move and tell buyers
                      </Button>
                    </InlineStack>
                  </Form>
                </BlockStack>
              </Card>
            )}
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  Customers told
                </Text>
                {notices.length === 0 ? (
                  <Text as="p" tone="subdued">
                    No notices sent. When the ship date moves, every buyer is emailed the new date.
                  </Text>
                ) : (
                  notices.map((notice) => (
                    <Text as="p" key={notice.id}>
                      {notice.sentAt
                        ? `${notice.to}: sent ${formatTime(notice.sentAt)}`
                        : `${notice.to}: not sent (${notice.error ?? "pending"})`}
                    </Text>
                  ))
                )}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}

function Metric({ label, value }: { label: string; value: string }) {
  return (
    <BlockStack gap="100">
      <Text as="span" tone="subdued" variant="bodySm">
        {label}
      </Text>
      <Text as="span" variant="headingMd">
        {value}
      </Text>
    </BlockStack>
  );
}
