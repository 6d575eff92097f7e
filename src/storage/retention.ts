import type { RapportDB } from './db';
import { RetentionSettingSchema, type RetentionSetting } from './schemas';

export const RETENTION_KEY = 'retention';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Keep everything unless the rep chose otherwise. */
export async function getRetention(db: RapportDB): Promise<RetentionSetting> {
  const record = await db.settings.get(RETENTION_KEY);
  return record ? RetentionSettingSchema.parse(record.value) : { days: null };
}

export interface Purged {
  events: number;
  replies: number;
  reminders: number;
}

/**
 * Deletes log entries, replies and done reminders older than the retention period, in one
 * transaction. Threads, people, open reminders and goals stay: they are the rep's working memory.
 */
export async function applyRetention(db: RapportDB, now = new Date()): Promise<Purged> {
  const { days } = await getRetention(db);
  if (days === null) return { events: 0, replies: 0, reminders: 0 };
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', db.events, db.replies, db.reminders, async () => ({
    events: await db.events.where('time').below(cutoff).delete(),
    replies: await db.replies.where('time').below(cutoff).delete(),
    reminders: await db.reminders.where('[state+due]').between(['done', ''], ['done', cutoff], true, false).delete(),
  }));
}

/** Saves the retention period and applies it at once (the rep sees what it removed). */
export async function setRetention(db: RapportDB, setting: RetentionSetting, now = new Date()): Promise<Purged> {
  const value = RetentionSettingSchema.parse(setting);
  return db.transaction('rw', [db.settings, db.events, db.replies, db.reminders], async () => {
    await db.settings.put({ key: RETENTION_KEY, value, updatedAt: now.toISOString() });
    return applyRetention(db, now);
  });
}

/** "Delete all my data": every table emptied in one transaction; the database itself stays usable. */
export async function deleteAllData(db: RapportDB): Promise<{ removed: number }> {
  return db.transaction('rw', db.tables, async () => {
    let removed = 0;
    for (const table of db.tables) {
      // The aggregates are derived from the log, not records of the rep's: cleared, not counted.
      if (table !== db.hours) removed += await table.count();
      await table.clear();
    }
    return { removed };
  });
}
