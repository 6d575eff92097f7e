import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { RapportDB } from './db';
import { SiteIdSchema, type SiteId } from '../core/post';
import { IsoTimeSchema, NewReminderSchema, type ReminderRecord } from './schemas';

export async function addReminder(db: RapportDB, input: z.input<typeof NewReminderSchema>): Promise<ReminderRecord> {
  const fields = NewReminderSchema.parse(input);
  const now = new Date().toISOString();
  const reminder: ReminderRecord = { ...fields, id: crypto.randomUUID(), state: 'open', createdAt: now, updatedAt: now, demo: false };
  await db.reminders.add(reminder);
  return reminder;
}

/** Open reminders soonest first (those due by `until`, when given): read from the [state+due] index alone. */
export async function dueReminders(db: RapportDB, { limit = 50, until }: { limit?: number; until?: string } = {}): Promise<ReminderRecord[]> {
  return db.reminders
    .where('[state+due]')
    .between(['open', Dexie.minKey], ['open', until ?? Dexie.maxKey], true, true)
    .limit(limit)
    .toArray();
}

/** The site a reminder is about, from its thread's or person's key (`site:id`). */
function siteOf(reminder: ReminderRecord): SiteId | undefined {
  for (const key of [reminder.threadKey, reminder.personKey]) {
    const site = SiteIdSchema.safeParse(key?.slice(0, key.indexOf(':')));
    if (site.success) return site.data;
  }
  return undefined;
}

/**
 * Marks a reminder done and, when it is about a thread or a person, logs a `reminder_done` event
 * on their site, in one transaction. A reminder about neither is only marked done: the log is of
 * engagement on a community. False when there is no such open reminder.
 */
export async function completeReminder(db: RapportDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.reminders, db.events, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder || reminder.state === 'done') return false;
    const now = new Date().toISOString();
    await db.reminders.put({ ...reminder, state: 'done', updatedAt: now });
    const site = siteOf(reminder);
    if (!site) return true;
    await db.events.add({
      id: crypto.randomUUID(),
      time: now,
      type: 'reminder_done',
      site,
      ...(reminder.threadKey ? { threadKey: reminder.threadKey } : {}),
      ...(reminder.personKey ? { personKey: reminder.personKey } : {}),
      namedBrand: null,
      disclosed: null,
      demo: reminder.demo,
    });
    return true;
  });
}

/**
 * Moves an open reminder's due time ("snooze"). Not done-and-re-added: completing logs a
 * reminder_done event, and a postponed follow-up is not a done one. False when there is no
 * such open reminder.
 */
export async function snoozeReminder(db: RapportDB, id: string, due: string): Promise<boolean> {
  const when = IsoTimeSchema.parse(due);
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder || reminder.state === 'done') return false;
    await db.reminders.put({ ...reminder, due: when, updatedAt: new Date().toISOString() });
    return true;
  });
}
