import { describe, expect, it } from 'vitest';
import { openAtVersion, sampleEvent, sampleSetting, testDb } from './testing';

/** Records exactly as release 1 stored them: no updatedAt, reminders with a boolean `done`. */
const v1Thread = {
  key: 'reddit:t3_abc',
  site: 'reddit',
  postId: 't3_abc',
  url: 'https://www.reddit.com/r/coffee/comments/abc/',
  title: 'Which Café grinder for espresso?',
  community: 'r/coffee',
  author: 'beans',
  firstSeen: '2024-05-01T10:00:00.000Z',
  lastSeen: '2024-05-03T10:00:00.000Z',
  relevance: { score: 0.7, level: 'medium' },
  status: 'saved',
  demo: false,
};
const v1Person = {
  key: 'reddit:beans',
  site: 'reddit',
  handle: 'beans',
  firstInteraction: '2024-05-01T10:00:00.000Z',
  lastInteraction: '2024-05-04T10:00:00.000Z',
  count: 3,
  notes: 'Runs a roastery in Leeds; happy customer.',
  tags: ['advocate'],
  demo: false,
};
const v1Reminders = [
  { id: '11111111-1111-4111-8111-111111111111', due: '2024-05-05T09:00:00.000Z', note: 'Ask how the grinder works out', done: false, createdAt: '2024-05-02T09:00:00.000Z', demo: false },
  { id: '22222222-2222-4222-8222-222222222222', due: '2024-05-02T09:00:00.000Z', note: 'Old one', done: true, createdAt: '2024-05-01T09:00:00.000Z', demo: false },
];

async function writeV1(name: string) {
  const old = openAtVersion(1, name);
  await old.table('threads').add(v1Thread);
  await old.table('people').add(v1Person);
  await old.table('reminders').bulkAdd(v1Reminders);
  await old.table('events').add(sampleEvent());
  await old.table('settings').add(sampleSetting());
  expect(old.verno).toBe(1);
  old.close();
}

describe('database v2', () => {
  it('upgrades v1 data: every record kept, updatedAt from its own time, done becomes state', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    await writeV1(name);
    const db = testDb(name);
    await db.open();
    expect(db.verno).toBe(2);

    expect(await db.threads.toArray()).toEqual([{ ...v1Thread, updatedAt: v1Thread.lastSeen }]);
    expect(await db.people.toArray()).toEqual([{ ...v1Person, updatedAt: v1Person.lastInteraction }]);
    const [open, done] = v1Reminders.map(({ done: isDone, ...r }) => ({ ...r, state: isDone ? 'done' : 'open', updatedAt: r.createdAt }));
    expect(await db.reminders.orderBy('due').toArray()).toEqual([done, open]);
    expect(await db.events.toArray()).toEqual([sampleEvent()]);
    expect(await db.settings.toArray()).toEqual([sampleSetting()]);
    expect(await db.replies.count()).toBe(0);
    expect(await db.goals.count()).toBe(0);
    db.close();
  });

  it('builds the new indexes over upgraded records', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    await writeV1(name);
    const db = testDb(name);
    // Open reminders by due time skip the done one.
    const due = await db.reminders.where('[state+due]').between(['open', ''], ['open', '\uffff']).toArray();
    expect(due.map((r) => r.note)).toEqual(['Ask how the grinder works out']);
    // The search words of titles and notes, accents folded.
    expect(await db.threads.where('words').startsWith('cafe\u0001').primaryKeys()).toEqual(['reddit:t3_abc']);
    expect(await db.people.where('words').startsWith('roast').primaryKeys()).toEqual(['reddit:beans']);
    expect(await db.people.where('tags').equals('advocate').count()).toBe(1);
    expect(await db.events.where('community').equals('Ask HN').count()).toBe(1);
    db.close();
  });

  it('leaves the database at v1 when a record cannot be upgraded (nothing half-written)', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    const old = openAtVersion(1, name);
    await old.table('threads').add(v1Thread);
    // Release 1 wrote without validation in this test helper: a record v2 cannot accept.
    await old.table('people').add({ ...v1Person, lastInteraction: 'yesterday' });
    old.close();

    await expect(testDb(name).open()).rejects.toThrow();
    const again = openAtVersion(1, name);
    await again.open();
    expect(again.verno).toBe(1);
    expect(await again.table('threads').toArray()).toEqual([v1Thread]);
    again.close();
  });
});
