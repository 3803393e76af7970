import { Badge, type BadgeProps } from "@shopify/polaris";
import type { TieredDiscountStatus } from "../tiered-discount-status";

const BADGES: Record<TieredDiscountStatus["kind"], { label: string; tone: BadgeProps["tone"] }> = {
  scheduled: { label: "Scheduled", tone: "info" },
  live: { label: "Live", tone: "success" },
  ended: { label: "Ended", tone: undefined },
  broken: { label: "Needs attention", tone: "critical" },
};

export function DiscountStatusBadge({ status }: { status: TieredDiscountStatus["kind"] }) {
  const badge = BADGES[status];
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}
