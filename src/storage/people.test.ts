import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import type { EngagementEvent } from './schemas';
import { editPerson, forgetPerson, peopleByLastInteraction, recordInteraction } from './people';
import { sampleEvent, samplePerson, sampleReminder, sampleReply, sampleThread, testDb } from './testing';

describe('people', () => {
  it('counts interactions and widens first/last interaction', async () => {
    const db = testDb();
    await recordInteraction(db, { site: 'reddit', handle: 'beans', at: '2024-05-02T10:00:00Z' });
    await recordInteraction(db, { site: 'reddit', handle: 'beans', displayName: 'Bea', at: '2024-05-01T10:00:00Z' });
    const person = await recordInteraction(db, { site: 'reddit', handle: 'beans', at: '2024-05-03T10:00:00Z' });
    expect(person).toMatchObject({ key: 'reddit:beans', count: 3, displayName: 'Bea', firstInteraction: '2024-05-01T10:00:00.000Z', lastInteraction: '2024-05-03T10:00:00.000Z', notes: '', tags: [] });
    expect(await db.people.get('reddit:beans')).toEqual(person);
  });

  it('keeps notes and tags the rep writes, and rejects bad ones', async () => {
    const db = testDb();
    await db.people.add(samplePerson());
    expect(await editPerson(db, samplePerson().key, { notes: 'Prefers email', tags: ['critic', 'critic', 'barista'] })).toBe(true);
    expect(await db.people.get(samplePerson().key)).toMatchObject({ notes: 'Prefers email', tags: ['critic', 'barista'] });
    await expect(editPerson(db, samplePerson().key, { tags: [''] })).rejects.toThrow(ZodError);
    expect(await editPerson(db, 'reddit:nobody', { notes: 'x' })).toBe(false);
  });

  it('lists people by last interaction, newest first, in pages', async () => {
    const db = testDb();
    for (const [handle, day] of [['a', 3], ['b', 1], ['c', 2]] as const) {
      await recordInteraction(db, { site: 'reddit', handle, at: `2024-05-0${day}T00:00:00Z` });
    }
    expect((await peopleByLastInteraction(db)).map((p) => p.handle)).toEqual(['a', 'c', 'b']);
    expect((await peopleByLastInteraction(db, { limit: 1, before: '2024-05-03T00:00:00.000Z' })).map((p) => p.handle)).toEqual(['c']);
  });

  it('forgets a person: record, replies and reminders gone, the log kept without the link', async () => {
    const db = testDb();
    const key = 'hacker-news:pg';
    await db.people.add(samplePerson({ key, site: 'hacker-news', handle: 'pg' }));
    await db.people.add(samplePerson());
    await db.replies.bulkAdd([sampleReply(), sampleReply({ id: crypto.randomUUID(), personKey: samplePerson().key })]);
    await db.reminders.add(sampleReminder({ personKey: key }));
    await db.events.add(sampleEvent());
    await db.threads.add(sampleThread());

    expect(await forgetPerson(db, key)).toEqual({ people: 1, replies: 1, reminders: 1, eventsUnlinked: 1, threadsUnlinked: 1 });
    expect(await db.people.toArray()).toEqual([samplePerson()]);
    expect(await db.replies.count()).toBe(1);
    expect(await db.reminders.count()).toBe(0);
    const unlinked: Partial<EngagementEvent> = sampleEvent();
    delete unlinked.personKey;
    expect(await db.events.toArray()).toEqual([unlinked]);
    expect((await db.threads.get(sampleThread().key))?.author).toBeUndefined();
    // Their words are gone from search too.
    expect(await db.people.where('words').startsWith('pg\u0001').count()).toBe(0);
  });
});
