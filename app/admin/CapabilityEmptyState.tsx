import type { ReactNode } from "react";
import { Card, EmptyState, Layout } from "@shopify/polaris";
import { AdminPage } from "./chrome";
import type { LoopStep } from "./loop";
import { loopIllustration } from "./loop-illustration";

interface CapabilityEmptyStateProps {
  /** The page's title in the Shopify admin. */
  title: string;
  step: LoopStep;
  heading: string;
  /** What the page will do for the merchant. */
  children: ReactNode;
  /** The next step of the loop. */
  next: { content: string; url: string };
  footer?: ReactNode;
}

/** A capability page before it holds anything: what it will do, and where to go next. */
export function CapabilityEmptyState({ title, step, heading, children, next, footer }: CapabilityEmptyStateProps) {
  return (
    <AdminPage title={title}>
      <Layout>
        <Layout.Section>
          <Card>
            <EmptyState heading={heading} image={loopIllustration(step)} action={next} footerContent={footer}>
              {children}
            </EmptyState>
          </Card>
        </Layout.Section>
      </Layout>
    </AdminPage>
  );
}
