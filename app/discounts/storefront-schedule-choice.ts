import type { StorefrontSchedule } from "./storefront-schedule";

/**
 * Which schedule a product (or the shop) shows when several of the app's discounts name it:
 * the block has room for one. Shopify applies the discount best for the buyer, so a shopper
 * should see the one that is running now:
 * 1. a time tier on now, the highest percentage first (then the one running longer);
 * 2. a running quantity or spend discount (the newest first: candidates come newest first);
 * 3. the soonest to start (a time discount between two tiers counts as starting at its next tier).
 * Ended schedules show nothing. The choice holds until the next instant any candidate starts,
 * changes tier or ends (`revisitAt`); one candidate needs no revisit, its own countdown runs in the block.
 */

export interface ScheduleChoice {
  shown: StorefrontSchedule | null;
  revisitAt: Date | null;
}

type Phase =
  | { kind: "time-on"; percentage: number; endsAt: number }
  | { kind: "running" }
  | { kind: "upcoming"; startsAt: number }
  | { kind: "ended" };

export function chooseStorefrontSchedule(candidates: StorefrontSchedule[], now: Date): ScheduleChoice {
  const at = now.getTime();
  const open = candidates
    .map((schedule, order) => ({ schedule, order, phase: phaseOf(schedule, at) }))
    .filter((candidate) => candidate.phase.kind !== "ended");
  open.sort((a, b) => rank(a.phase) - rank(b.phase) || tieBreak(a.phase, b.phase) || a.order - b.order);
  const revisits = open.length > 1 ? open.flatMap(({ schedule }) => instantsOf(schedule).filter((t) => t > at)) : [];
  return {
    shown: open[0]?.schedule ?? null,
    revisitAt: revisits.length ? new Date(Math.min(...revisits)) : null,
  };
}

function phaseOf(schedule: StorefrontSchedule, at: number): Phase {
  const startsAt = Date.parse(schedule.startsAt);
  const endsAt = schedule.endsAt === null ? Infinity : Date.parse(schedule.endsAt);
  if (at >= endsAt) return { kind: "ended" };
  if (schedule.kind !== "time") return at >= startsAt ? { kind: "running" } : { kind: "upcoming", startsAt };
  let next = Infinity;
  for (const tier of schedule.tiers) {
    if (!("percentage" in tier) || !("startsAt" in tier)) continue;
    const tierStart = Math.max(Date.parse(tier.startsAt), startsAt);
    const tierEnd = Math.min(Date.parse(tier.endsAt), endsAt);
    if (tierStart <= at && at < tierEnd) return { kind: "time-on", percentage: tier.percentage, endsAt: tierEnd };
    if (tierStart > at && tierStart < tierEnd) next = Math.min(next, tierStart);
  }
  return next === Infinity ? { kind: "ended" } : { kind: "upcoming", startsAt: next };
}

const RANK: Record<Phase["kind"], number> = { "time-on": 0, running: 1, upcoming: 2, ended: 3 };

function rank(phase: Phase): number {
  return RANK[phase.kind];
}

function tieBreak(a: Phase, b: Phase): number {
  if (a.kind === "time-on" && b.kind === "time-on") return b.percentage - a.percentage || b.endsAt - a.endsAt;
  if (a.kind === "upcoming" && b.kind === "upcoming") return a.startsAt - b.startsAt;
  return 0;
}

function instantsOf(schedule: StorefrontSchedule): number[] {
  const instants = [schedule.startsAt, schedule.endsAt];
  for (const tier of schedule.tiers) if ("startsAt" in tier) instants.push(tier.startsAt, tier.endsAt);
  return instants.flatMap((instant) => (instant === null ? [] : [Date.parse(instant)]));
}
