import { describe, expect, it } from 'vitest';
import { addReminder, completeReminder, dueReminders } from './reminders';
import { applyRetention, deleteAllData, getRetention, setRetention } from './retention';
import { PER_WORD, search } from './search';
import { weeklyFiguresFromDb } from './weekly';
import { recordEvent } from './events';
import { sampleEvent, sampleGoal, samplePerson, sampleReminder, sampleReply, sampleSetting, sampleThread, testDb } from './testing';

describe('reminders', () => {
  it('lists open reminders soonest first and logs one when done', async () => {
    const db = testDb();
    const later = await addReminder(db, { due: '2024-05-09T09:00:00Z', note: 'later' });
    const sooner = await addReminder(db, { due: '2024-05-08T09:00:00Z', note: 'sooner', threadKey: 'reddit:t3_x' });
    await db.reminders.add(sampleReminder({ state: 'done', due: '2024-05-01T00:00:00.000Z' }));
    expect((await dueReminders(db)).map((r) => r.note)).toEqual(['sooner', 'later']);
    expect((await dueReminders(db, { until: '2024-05-08T12:00:00Z' })).map((r) => r.id)).toEqual([sooner.id]);
    expect(await completeReminder(db, sooner.id)).toBe(true);
    expect(await completeReminder(db, sooner.id)).toBe(false);
    expect((await dueReminders(db)).map((r) => r.id)).toEqual([later.id]);
    // Logged on its thread's site; a reminder about no thread or person is only marked done.
    expect(await db.events.toArray()).toMatchObject([{ type: 'reminder_done', threadKey: 'reddit:t3_x', site: 'reddit' }]);
    expect(await completeReminder(db, later.id)).toBe(true);
    expect(await db.events.count()).toBe(1);
  });
});

describe('search', () => {
  it('finds threads by title words, people by notes and tags, reminders by note; prefixes and accents fold', async () => {
    const db = testDb();
    await db.threads.bulkAdd([
      sampleThread(),
      sampleThread({ key: 'reddit:t3_a', site: 'reddit', postId: 't3_a', title: 'Café grinder broke after a week', lastSeen: '2024-05-03T00:00:00.000Z' }),
    ]);
    await db.people.add(samplePerson({ notes: 'Runs a roastery in Leeds' }));
    await db.reminders.add(sampleReminder());
    const grinder = await search(db, 'GRIND');
    expect(grinder.threads.map((t) => t.key)).toEqual(['reddit:t3_a', 'hacker-news:101']);
    expect(grinder.reminders).toHaveLength(1);
    expect((await search(db, 'cafe grinder')).threads.map((t) => t.key)).toEqual(['reddit:t3_a']);
    expect((await search(db, 'roastery leeds')).people.map((p) => p.key)).toEqual([samplePerson().key]);
    expect((await search(db, 'espresso')).people).toHaveLength(1);
    expect(await search(db, '  !! ')).toMatchObject({ total: { threads: 0, people: 0, reminders: 0 } });
    // The index field never shows in what callers read.
    expect(grinder.threads[1]).toEqual(sampleThread());
  });

  it('picks the most recent matches when many match, reading only the first of them', async () => {
    const db = testDb();
    await db.threads.bulkAdd(
      Array.from({ length: 700 }, (_, i) =>
        sampleThread({ key: `reddit:${i}`, site: 'reddit', postId: String(i), title: `grinder ${i % 7 === 0 ? 'burr' : 'blade'}`, lastSeen: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() }),
      ),
    );
    const found = await search(db, 'grinder', { limit: 3 });
    expect(found.threads.map((t) => t.postId)).toEqual(['699', '698', '697']);
    expect(found.total.threads).toBe(PER_WORD);
    expect(found.more.threads).toBe(true);
    // Two words: the rarer one's matches are looked up in the other's, read further as needed.
    const both = await search(db, 'grinder burr', { limit: 2 });
    expect(both.threads.map((t) => t.postId)).toEqual(['693', '686']);
    expect(both.total.threads).toBe(100);
    expect(both.more.threads).toBe(false);
  });

  it('finds a match of two common words beyond the first matches of each', async () => {
    const db = testDb();
    const thread = (i: number, title: string) =>
      sampleThread({ key: `reddit:${i}`, site: 'reddit', postId: String(i), title, lastSeen: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() });
    const threads = [thread(0, 'descale the kettle')];
    for (let i = 1; i <= 450; i++) threads.push(thread(i, 'descale machine'), thread(1000 + i, 'kettle boils'));
    await db.threads.bulkAdd(threads);
    const found = await search(db, 'kettle descale');
    expect(found.threads.map((t) => t.postId)).toEqual(['0']);
  });
});

describe('retention and delete all', () => {
  it('keeps everything by default, and removes old log entries, replies and done reminders once set', async () => {
    const db = testDb();
    const now = new Date('2024-07-01T00:00:00Z');
    await db.events.bulkAdd([sampleEvent(), sampleEvent({ id: crypto.randomUUID(), time: '2024-06-20T00:00:00.000Z' })]);
    await db.replies.add(sampleReply());
    await db.reminders.bulkAdd([sampleReminder({ state: 'done' }), sampleReminder({ id: crypto.randomUUID() })]);
    expect(await getRetention(db)).toEqual({ days: null });
    expect(await applyRetention(db, now)).toEqual({ events: 0, replies: 0, reminders: 0 });
    expect(await setRetention(db, { days: 30 }, now)).toEqual({ events: 1, replies: 1, reminders: 1 });
    expect(await getRetention(db)).toEqual({ days: 30 });
    expect(await db.events.count()).toBe(1);
    expect((await db.reminders.toArray()).map((r) => r.state)).toEqual(['open']);
    await expect(setRetention(db, { days: 0 })).rejects.toThrow();
  });

  it('deletes every record of every table in one go', async () => {
    const db = testDb();
    await db.threads.add(sampleThread());
    await db.people.add(samplePerson());
    await db.goals.add(sampleGoal());
    await db.settings.add(sampleSetting());
    await db.events.add(sampleEvent());
    expect(await deleteAllData(db)).toEqual({ removed: 5 });
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});

describe('weekly figures from the database', () => {
  it("counts only the week's events", async () => {
    const db = testDb();
    const now = new Date('2024-05-10T12:00:00Z');
    await recordEvent(db, { type: 'replied', site: 'reddit', namedBrand: true, disclosed: true, time: '2024-05-09T12:00:00Z' });
    await recordEvent(db, { type: 'replied', site: 'reddit', namedBrand: true, disclosed: false, time: '2024-05-04T12:00:00Z' });
    await recordEvent(db, { type: 'replied', site: 'reddit', namedBrand: true, disclosed: false, time: '2024-05-03T11:00:00Z' });
    const week = await weeklyFiguresFromDb(db, now);
    expect(week).toMatchObject({ replied: 2, disclosureRate: 0.5, bySite: { reddit: 2 } });
  });
});
