import type { RapportDB } from './db';
import { GoalInputSchema, type GoalInput, type GoalRecord } from './schemas';

/**
 * Creates a goal, or edits one when `id` names it (its creation time, archived state and demo
 * flag stay). Every write passes GoalRecordSchema (validate-writes.ts); the input schema adds the
 * rules of a goal the rep sets. Null when `id` names no goal.
 */
export async function saveGoal(db: RapportDB, input: GoalInput, now = new Date()): Promise<GoalRecord | null> {
  const { id, community, ...fields } = GoalInputSchema.parse(input);
  const at = now.toISOString();
  return db.transaction('rw', db.goals, async () => {
    const existing = id ? await db.goals.get(id) : undefined;
    if (id && !existing) return null;
    const goal: GoalRecord = {
      ...fields,
      ...(community ? { community } : {}),
      id: existing?.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      archived: existing?.archived ?? false,
      demo: existing?.demo ?? false,
    };
    await db.goals.put(goal);
    return goal;
  });
}

/** Every goal: the ones being worked on first, then archived ones; oldest first within each. */
export async function listGoals(db: RapportDB, { archived = true }: { archived?: boolean } = {}): Promise<GoalRecord[]> {
  const goals = await db.goals.toArray();
  return goals
    .filter((g) => archived || !g.archived)
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.createdAt.localeCompare(b.createdAt));
}

/** Archives a goal (kept, with its history, out of the dashboard's list). False when there is no such goal. */
export async function archiveGoal(db: RapportDB, id: string, now = new Date()): Promise<boolean> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return false;
    if (!goal.archived) await db.goals.put({ ...goal, archived: true, updatedAt: now.toISOString() });
    return true;
  });
}
