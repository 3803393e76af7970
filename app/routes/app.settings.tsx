import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useOutlet } from "@remix-run/react";
import {
  Badge,
  type BadgeProps,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  IndexTable,
  InlineGrid,
  InlineStack,
  Layout,
  Text,
} from "@shopify/polaris";
import { AdminPage } from "../admin/chrome";
import { CardHeading } from "../admin/CardHeading";
import { z } from "zod";
import { requireAdmin } from "../shopify/admin.server";
import db from "../db.server";
import { countJobsByStatus, listJobs, retryFailedJob } from "../jobs/queue.server";
import { JOB_STATUSES, type JobStatus } from "../jobs/job";
import { dataReportFileName, listDataRequests } from "../privacy/data-requests.server";
import { DownloadReportButton } from "../admin/DownloadReportButton";
import { formatTime, truncate } from "../admin/format";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const [counts, jobs, dataRequests] = await Promise.all([
    countJobsByStatus(db, session.shop),
    listJobs(db, session.shop),
    listDataRequests(db, session.shop),
  ]);
  return {
    jobCounts: Object.fromEntries(JOB_STATUSES.map((status) => [status, counts[status] ?? 0])) as Record<
      JobStatus,
      number
    >,
    jobs: jobs.map((job) => ({
      id: job.id,
      kind: job.kind,
      status: job.status,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      lastError: job.lastError,
      updatedAt: job.updatedAt.toISOString(),
    })),
    privacyRequests: dataRequests.map((dataRequest) => ({
      id: dataRequest.id,
      customerId: dataRequest.customerId,
      requestId: dataRequest.requestId,
      receivedAt: dataRequest.createdAt.toISOString(),
      fileName: dataReportFileName(dataRequest.customerId),
    })),
  };
};

const retryForm = z.object({ intent: z.literal("retry"), jobId: z.string().min(1) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const form = retryForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) {
    return data({ ok: false, message: "The retry request was incomplete. Reload the page and try again." }, 400);
  }
  if (!(await retryFailedJob(db, session.shop, form.data.jobId))) {
    return data(
      { ok: false, message: "That job is not a failed job of this store. It may have been retried already." },
      404,
    );
  }
  return { ok: true, message: "The job is queued and will run again shortly." };
};

const statusBadges: Record<JobStatus, { label: string; tone: BadgeProps["tone"] }> = {
  queued: { label: "Queued", tone: "info" },
  running: { label: "Running", tone: "attention" },
  succeeded: { label: "Succeeded", tone: "success" },
  failed: { label: "Failed", tone: "critical" },
};

function JobStatusBadge({ status }: { status: string }) {
  const badge = statusBadges[status as JobStatus] ?? { label: status, tone: undefined };
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}

export default function Settings() {
  const { jobCounts, jobs, privacyRequests } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const retryingJobId = navigation.state === "submitting" ? navigation.formData?.get("jobId") : null;
  // Settings' sub-pages (app.settings.email) render alone, in place of this page.
  const subPage = useOutlet();
  if (subPage) return subPage;

  return (
    <AdminPage title="Settings">
      <Layout>
        {result && (
          <Layout.Section>
            <Banner tone={result.ok ? "success" : "critical"}>
              <p>{result.message}</p>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <CardHeading
                title="Email"
                description="The mail server Fieldtest sends your customers' emails through, such as a new ship date for their preorder. Set it up and send a test email."
              />
              <InlineStack>
                <Button url="/app/settings/email">Email settings</Button>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            <Box padding="400">
              <BlockStack gap="400">
                <CardHeading
                  title="Background jobs"
                  description="Work Fieldtest does for your store in the background, such as handling Shopify webhooks and sending scheduled emails. You can retry a failed job once its cause is fixed."
                />
                <InlineGrid columns={{ xs: 2, md: 4 }} gap="400">
                  {JOB_STATUSES.map((status) => (
                    <BlockStack key={status} gap="100">
                      <Text as="p" tone="subdued">
                        {statusBadges[status].label}
                      </Text>
                      <Text as="p" variant="headingLg">
                        {jobCounts[status]}
                      </Text>
                    </BlockStack>
                  ))}
                </InlineGrid>
                {jobs.length === 0 && (
                  <Text as="p" tone="subdued">
                    No background jobs yet. They appear here when Shopify sends webhooks or emails are scheduled.
                  </Text>
                )}
              </BlockStack>
            </Box>
            {jobs.length > 0 && (
              <IndexTable
                resourceName={{ singular: "job", plural: "jobs" }}
                itemCount={jobs.length}
                selectable={false}
                headings={[
                  { title: "Job" },
                  { title: "Status" },
                  { title: "Attempts" },
                  { title: "Last error" },
                  { title: "Updated" },
                  { title: "Action", hidden: true },
                ]}
              >
                {jobs.map((job, index) => (
                  <IndexTable.Row id={job.id} key={job.id} position={index}>
                    <IndexTable.Cell>
                      <Text as="span" fontWeight="medium">
                        {job.kind}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <JobStatusBadge status={job.status} />
                    </IndexTable.Cell>
                    <IndexTable.Cell>{`${job.attempts} of ${job.maxAttempts}`}</IndexTable.Cell>
                    <IndexTable.Cell>
                      {job.lastError ? <span title={job.lastError}>{truncate(job.lastError, 60)}</span> : "—"}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <time dateTime={job.updatedAt}>{formatTime(job.updatedAt)}</time>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      {job.status === "failed" && (
                        <Form method="post">
                          <input type="hidden" name="intent" value="retry" />
                          <input type="hidden" name="jobId" value={job.id} />
                          <Button submit size="slim" loading={retryingJobId === job.id}>
                            Retry
                          </Button>
                        </Form>
                      )}
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            <Box padding="400">
              <BlockStack gap="400">
                <CardHeading
                  title="Privacy requests"
                  description="When a customer asks your store for their data, Shopify tells Fieldtest, and Fieldtest prepares a report of everything it holds about them. Download it and send it to the customer."
                />
                {privacyRequests.length === 0 && (
                  <Text as="p" tone="subdued">
                    No data requests yet.
                  </Text>
                )}
              </BlockStack>
            </Box>
            {privacyRequests.length > 0 && (
              <IndexTable
                resourceName={{ singular: "data request", plural: "data requests" }}
                itemCount={privacyRequests.length}
                selectable={false}
                headings={[{ title: "Customer" }, { title: "Request" }, { title: "Received" }, { title: "Report" }]}
              >
                {privacyRequests.map((dataRequest, index) => (
                  <IndexTable.Row id={dataRequest.id} key={dataRequest.id} position={index}>
                    <IndexTable.Cell>{dataRequest.customerId}</IndexTable.Cell>
                    <IndexTable.Cell>{dataRequest.requestId}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <time dateTime={dataRequest.receivedAt}>{formatTime(dataRequest.receivedAt)}</time>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <DownloadReportButton
                        url={`/app/settings/privacy/${dataRequest.id}`}
                        fileName={dataRequest.fileName}
                      />
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
