import { disclosureRate, type EventLike } from './weekly';

/**
 * Progress of a measurable goal ("20 replies a week on r/coffee", "disclose in every reply
 * naming us") over its current period.
 *
 * A goal's period is the calendar one, in local time: the week from Monday 00:00, the month from
 * the 1st at 00:00. Not the last seven days the dashboard's weekly figures show (weekly.ts): a
 * goal is a plan for a period, and "on track" compares what is done with the share of the period
 * gone by, which a window that slides with `now` never has. Events are counted as weekly.ts counts
 * them (the same types, the same disclosure rate).
 */

export type GoalMetric = 'replied' | 'followed_up' | 'complaint_resolved' | 'disclosure_rate';
export type GoalPeriod = 'week' | 'month';

/** The fields of a goal that its progress depends on (storage's GoalRecord has more). */
export interface GoalLike {
  metric: GoalMetric;
  /** A count per period, or a share from 0 to 1 for disclosure_rate. */
  target: number;
  period: GoalPeriod;
  site?: string | undefined;
  community?: string | undefined;
}

export interface GoalEvent extends EventLike {
  community?: string | undefined;
}

export interface GoalProgress {
  /** The period: from its start (inclusive) to its end (exclusive), as ISO times. */
  from: string;
  to: string;
  /** The count so far, or the disclosure share (null: no reply named the brand yet). */
  value: number | null;
  target: number;
  /** value / target (may pass 1); null when there is no value. */
  ratio: number | null;
  /** Share of the period gone by, 0 to 1. */
  elapsed: number;
  /** Reached the target already. */
  met: boolean;
  /**
   * A count at least the target's share for the time gone by (whole events, rounded down), or a
   * disclosure share at the target (a share is not built up over time). Null: nothing to measure.
   */
  onTrack: boolean | null;
}

/** The calendar period containing `now`, in local time (Monday-start weeks, as ISO 8601). */
export function periodBounds(period: GoalPeriod, now: Date): { start: Date; end: Date } {
  if (period === 'month') {
    return { start: new Date(now.getFullYear(), now.getMonth(), 1), end: new Date(now.getFullYear(), now.getMonth() + 1, 1) };
  }
  const daysSinceMonday = (now.getDay() + 6) % 7;
  // Built from date parts, not by subtracting milliseconds: a week with a DST change is not 7 × 24 h.
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysSinceMonday);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7);
  return { start, end };
}

const COUNTED: Record<Exclude<GoalMetric, 'disclosure_rate'>, string> = {
  replied: 'replied',
  followed_up: 'followed_up',
  complaint_resolved: 'complaint_resolved',
};

/** Communities are typed by the rep: "r/Coffee " and "r/coffee" are one. */
const sameCommunity = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The events a goal is about: in its period up to `now`, on its site and community when it has them. */
export function eventsForGoal<E extends GoalEvent>(goal: GoalLike, events: readonly E[], now: Date): E[] {
  const { start } = periodBounds(goal.period, now);
  const from = start.getTime();
  const to = now.getTime();
  return events.filter((e) => {
    const time = Date.parse(e.time);
    if (!(time >= from && time <= to)) return false;
    if (goal.site && e.site !== goal.site) return false;
    return !goal.community?.trim() || sameCommunity(e.community, goal.community);
  });
}

export function goalProgress(goal: GoalLike, events: readonly GoalEvent[], now: Date): GoalProgress {
  const { start, end } = periodBounds(goal.period, now);
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())));
  const mine = eventsForGoal(goal, events, now);
  const base = { from: start.toISOString(), to: end.toISOString(), target: goal.target, elapsed };
  if (goal.metric === 'disclosure_rate') {
    const value = disclosureRate(mine);
    if (value === null) return { ...base, value, ratio: null, met: false, onTrack: null };
    const met = value >= goal.target;
    return { ...base, value, ratio: goal.target === 0 ? 1 : value / goal.target, met, onTrack: met };
  }
  const type = COUNTED[goal.metric];
  const value = mine.filter((e) => e.type === type).length;
  const expected = Math.floor(goal.target * elapsed);
  return { ...base, value, ratio: goal.target === 0 ? 1 : value / goal.target, met: value >= goal.target, onTrack: value >= expected };
}
