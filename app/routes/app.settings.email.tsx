import { useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Layout,
  Text,
  TextField,
} from "@shopify/polaris";
import { z } from "zod";
import { AdminPage } from "../admin/chrome";
import { CardHeading } from "../admin/CardHeading";
import db from "../db.server";
import {
  emailAddress,
  formValuesFrom,
  parseMailSettingsForm,
  type MailSettingsFieldErrors,
  type MailSettingsFormValues,
} from "../email/mail-settings";
import { loadMailSettings, saveMailSettings } from "../email/mail-settings.server";
import { sendMail, MailSendError } from "../email/smtp-sender.server";
import { testEmailContent } from "../email/test-email";
import { requireAdmin } from "../shopify/admin.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const loaded = await loadMailSettings(db, session.shop);
  return {
    values: loaded.formValues,
    hasPassword: loaded.hasPassword,
    source: loaded.source,
    mailbox:
      loaded.source === "demo-mailbox" && loaded.settings ? `${loaded.settings.host}:${loaded.settings.port}` : null,
  };
};

type FieldErrors = MailSettingsFieldErrors & { testRecipient?: string };
export interface EmailSettingsResult {
  intent: "save" | "test";
  ok: boolean;
  message: string;
  fieldErrors: FieldErrors;
  /** Everything the merchant typed, so that a failed save or test loses nothing. */
  values: MailSettingsFormValues;
  testRecipient: string;
}

const intentSchema = z.enum(["save", "test"]);
const testRecipientSchema = emailAddress("Enter the address to send the test email to, such as you@yourstore.com.");

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const form = Object.fromEntries(await request.formData());
  const intent = intentSchema.safeParse(form.intent);
  if (!intent.success) {
    return data({ ok: false as const, message: "The form was incomplete. Reload the page and try again." }, 400);
  }
  const values = formValuesFrom(form);
  const testRecipient = typeof form.testRecipient === "string" ? form.testRecipient : "";
  const reply = (status: number, result: Omit<EmailSettingsResult, "intent" | "values" | "testRecipient">) =>
    data<EmailSettingsResult>({ intent: intent.data, values, testRecipient, ...result }, status);

  const saved = await loadMailSettings(db, session.shop, { demo: null });
  const parsed = parseMailSettingsForm(values, saved.settings);
  const recipient = intent.data === "test" ? testRecipientSchema.safeParse(testRecipient) : null;
  if (!parsed.ok || (recipient && !recipient.success)) {
    const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
    if (recipient && !recipient.success) fieldErrors.testRecipient = recipient.error.issues[0].message;
    const count = Object.keys(fieldErrors).length;
    return reply(400, {
      ok: false,
      fieldErrors,
      message:
        count === 1
          ? "Fix the highlighted field, then try again."
          : `Fix the ${count} highlighted fields, then try again.`,
    });
  }

  if (intent.data === "save") {
    await saveMailSettings(db, session.shop, parsed.settings);
    return reply(200, {
      ok: true,
      fieldErrors: {},
      message: "Mail settings saved. Send a test email to check that they work.",
    });
  }

  const to = recipient!.data!;
  try {
    const result = await sendMail(parsed.settings, {
      to: { address: to },
      ...testEmailContent(session.shop, parsed.settings),
    });
    return reply(200, {
      ok: true,
      fieldErrors: {},
      message: `The mail server accepted the test email to ${to}. It answered: ${result.response}`,
    });
  } catch (error) {
    const message = error instanceof MailSendError ? error.message : `Sending failed: ${String(error)}`;
    return reply(502, { ok: false, fieldErrors: {}, message: `The test email was not sent. ${message}` });
  }
};

export default function EmailSettings() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const outcome = result && "intent" in result ? result : null;
  const [values, setValues] = useState<MailSettingsFormValues>(outcome?.values ?? loaded.values);
  const [testRecipient, setTestRecipient] = useState(outcome?.testRecipient ?? "");

  // After a save or a test the server's echo of the form is the truth (a saved password is cleared).
  const [shownOutcome, setShownOutcome] = useState(outcome);
  if (outcome !== shownOutcome) {
    setShownOutcome(outcome);
    if (outcome) {
      setValues(outcome.ok && outcome.intent === "save" ? { ...outcome.values, password: "" } : outcome.values);
      setTestRecipient(outcome.testRecipient);
    }
  }

  const errors: FieldErrors = outcome?.fieldErrors ?? {};
  const busy = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const set = (field: keyof MailSettingsFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const sendTest = () => {
    const formData = new FormData();
    for (const [name, value] of Object.entries(values)) formData.set(name, value === true ? "on" : String(value));
    if (!values.secure) formData.delete("secure");
    formData.set("testRecipient", testRecipient);
    formData.set("intent", "test");
    submit(formData, { method: "post" });
  };

  return (
    <AdminPage title="Email" backAction={{ content: "Settings", url: "/app/settings" }}>
      <Layout>
        {loaded.source === "demo-mailbox" && (
          <Layout.Section>
            <Banner tone="info" title="Demo: emails go to the dev store's mailbox">
              <p>
                Until you save your own mail server, Fieldtest sends through the dev store's local mailbox at{" "}
                {loaded.mailbox}. Open Mailbox in the dev store's back office to read what was sent.
              </p>
            </Banner>
          </Layout.Section>
        )}
        {result && (
          <Layout.Section>
            <Banner tone={result.ok ? "success" : "critical"}>
              <p>{result.message}</p>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card>
            <Form method="post">
              <input type="hidden" name="intent" value="save" />
              <BlockStack gap="400">
                <CardHeading
                  title="Outgoing mail server"
                  description="Fieldtest sends emails to your customers, such as a new ship date for their preorder, through your own mail server (SMTP). Your email provider lists these settings; many need an app password rather than your account password."
                />
                <FormLayout>
                  <FormLayout.Group>
                    <TextField
                      label="SMTP host"
                      name="host"
                      value={values.host}
                      onChange={set("host")}
                      error={errors.host}
                      placeholder="smtp.example.com"
                      autoComplete="off"
                    />
                    <TextField
                      label="Port"
                      name="port"
                      type="number"
                      value={values.port}
                      onChange={set("port")}
                      error={errors.port}
                      helpText="Usually 587, or 465 with SSL/TLS."
                      autoComplete="off"
                    />
                  </FormLayout.Group>
                  <Checkbox
                    label="Use SSL/TLS from the start (port 465)"
                    helpText="Leave off for port 587: the connection is then secured with STARTTLS when the server offers it."
                    name="secure"
                    value="on"
                    checked={values.secure}
                    onChange={(checked) => setValues((v) => ({ ...v, secure: checked }))}
                    error={errors.secure}
                  />
                  <FormLayout.Group>
                    <TextField
                      label="Username"
                      name="username"
                      value={values.username}
                      onChange={set("username")}
                      error={errors.username}
                      autoComplete="username"
                    />
                    <TextField
                      label="Password"
                      name="password"
                      type="password"
                      value={values.password}
                      onChange={set("password")}
                      error={errors.password}
                      helpText={loaded.hasPassword ? "A password is saved. Leave this blank to keep it." : undefined}
                      autoComplete="new-password"
                    />
                  </FormLayout.Group>
                  <FormLayout.Group>
                    <TextField
                      label="From address"
                      name="fromAddress"
                      type="email"
                      value={values.fromAddress}
                      onChange={set("fromAddress")}
                      error={errors.fromAddress}
                      placeholder="orders@yourstore.com"
                      autoComplete="email"
                    />
                    <TextField
                      label="From name"
                      name="fromName"
                      value={values.fromName}
                      onChange={set("fromName")}
                      error={errors.fromName}
                      placeholder="Your store"
                      helpText="Optional. Customers see it as the sender."
                      autoComplete="organization"
                    />
                  </FormLayout.Group>
                  <InlineStack align="end">
                    <Button submit variant="primary" loading={busy === "save"}>
                      Save
                    </Button>
                  </InlineStack>
                </FormLayout>
              </BlockStack>
            </Form>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <CardHeading
                title="Send a test email"
                description="Sends a short message with the settings above, saved or not, and shows what your mail server answered."
              />
              <FormLayout>
                <TextField
                  label="Send to"
                  name="testRecipient"
                  type="email"
                  value={testRecipient}
                  onChange={setTestRecipient}
                  error={errors.testRecipient}
                  placeholder="you@yourstore.com"
                  autoComplete="email"
                />
                <InlineStack align="end">
                  <Button onClick={sendTest} loading={busy === "test"}>
                    Send test email
                  </Button>
                </InlineStack>
              </FormLayout>
              <Text as="p" tone="subdued">
                Test emails are not saved and do not change your settings.
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
