import { goalProgress, periodBounds } from '../core/metrics/goals';
import type { GoalWithProgress } from '../messages/protocol';
import { listEvents, type GoalRecord, type RapportDB } from '../storage';

/**
 * Each goal with its progress, from one read of the log: the events since the earliest start
 * of the goals' periods (a month of a busy rep is a few thousand events).
 */
export async function goalsWithProgress(db: RapportDB, goals: readonly GoalRecord[], now: Date): Promise<GoalWithProgress[]> {
  const active = goals.filter((g) => !g.archived);
  if (active.length === 0) return goals.map((goal) => ({ goal, progress: goalProgress(goal, [], now) }));
  const since = Math.min(...active.map((g) => periodBounds(g.period, now).start.getTime()));
  const events = await listEvents(db, { since: new Date(since).toISOString(), limit: Number.MAX_SAFE_INTEGER });
  // An archived goal's progress is not shown; it is computed on no events rather than read for.
  return goals.map((goal) => ({ goal, progress: goalProgress(goal, goal.archived ? [] : events, now) }));
}
