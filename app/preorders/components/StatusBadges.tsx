import { Badge, type BadgeProps } from "@shopify/polaris";
import type { PreorderVerdictKind } from "../verdict";

const VERDICT_BADGES: Record<PreorderVerdictKind, { label: string; tone: BadgeProps["tone"] }> = {
  "goal-reached": { label: "Goal reached", tone: "success" },
  "on-track": { label: "On track", tone: "info" },
  "will-miss": { label: "Will miss", tone: "warning" },
  "too-early": { label: "Too early to tell", tone: undefined },
  "ended-reached": { label: "Ended · goal reached", tone: "success" },
  "ended-missed": { label: "Ended · goal missed", tone: "critical" },
};

const STATUS_BADGES: Record<string, { label: string; tone: BadgeProps["tone"] }> = {
  draft: { label: "Draft", tone: undefined },
  live: { label: "Live", tone: "success" },
  ended: { label: "Ended", tone: "attention" },
  go: { label: "Go", tone: "success" },
  "no-go": { label: "No-go", tone: "critical" },
};

export function VerdictBadge({ kind }: { kind: PreorderVerdictKind }) {
  const badge = VERDICT_BADGES[kind];
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}

export function TestStatusBadge({ status }: { status: string }) {
  const badge = STATUS_BADGES[status] ?? { label: status, tone: undefined };
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}
