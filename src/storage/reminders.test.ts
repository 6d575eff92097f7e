import { describe, expect, it } from 'vitest';
import { completeReminder, dueReminders, snoozeReminder } from './reminders';
import { sampleReminder, sampleThread, testDb } from './testing';
import { threadUrls } from './threads';

describe('reminders', () => {
  it('snoozes an open reminder by moving its due time, without logging it as done', async () => {
    const db = testDb();
    const early = sampleReminder({ id: crypto.randomUUID(), due: '2024-05-01T09:00:00.000Z' });
    const late = sampleReminder({ id: crypto.randomUUID(), due: '2024-05-02T09:00:00.000Z' });
    await db.reminders.bulkAdd([early, late]);
    expect(await snoozeReminder(db, early.id, '2024-05-03T09:00:00Z')).toBe(true);
    expect((await dueReminders(db)).map((r) => r.id)).toEqual([late.id, early.id]);
    expect(await db.reminders.get(early.id)).toMatchObject({ due: '2024-05-03T09:00:00.000Z', state: 'open', note: early.note });
    expect(await db.events.count()).toBe(0);
  });

  it('does not snooze a done or unknown reminder, nor to a time that is not one', async () => {
    const db = testDb();
    const reminder = sampleReminder();
    await db.reminders.add(reminder);
    await expect(snoozeReminder(db, reminder.id, 'tomorrow')).rejects.toThrow();
    expect(await completeReminder(db, reminder.id)).toBe(true);
    expect(await snoozeReminder(db, reminder.id, '2024-05-09T09:00:00Z')).toBe(false);
    expect(await snoozeReminder(db, crypto.randomUUID(), '2024-05-09T09:00:00Z')).toBe(false);
  });

  it('finds the links of the threads reminders name, leaving unknown ones out', async () => {
    const db = testDb();
    const thread = sampleThread();
    await db.threads.add(thread);
    expect(await threadUrls(db, [thread.key, thread.key, 'reddit:gone'])).toEqual(new Map([[thread.key, thread.url]]));
  });
});
