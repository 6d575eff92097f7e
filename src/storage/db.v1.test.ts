import { describe, expect, it } from 'vitest';
import { saveProfile, getProfile } from './settings';
import {
  openAtVersion,
  sampleEvent,
  samplePerson,
  sampleReminder,
  sampleSetting,
  sampleThread,
  testDb,
} from './testing';

describe('database v1', () => {
  it('creates the v1 tables with their indexes', async () => {
    const db = openAtVersion(1, `rapport-test-${crypto.randomUUID()}`);
    await db.open();
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]),
    );
    expect(db.verno).toBe(1);
    expect(indexes).toEqual({
      threads: ['key', 'url', 'lastSeen', 'status', 'site'],
      events: ['id', 'time', 'type', 'threadKey', '[site+time]', 'community'],
      people: ['key', 'lastInteraction', 'site'],
      reminders: ['id', 'due', 'threadKey'],
      settings: ['key'],
    });
    db.close();
  });

  it('keeps one record of each kind intact across close and reopen', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    const first = testDb(name);
    await first.threads.add(sampleThread());
    await first.people.add(samplePerson());
    await first.reminders.add(sampleReminder());
    await first.events.add(sampleEvent());
    await first.settings.add(sampleSetting());
    const profile = await saveProfile(first, { brandNames: ['Brightbrew'] }, { demo: false });
    first.close();

    const again = testDb(name);
    expect(await again.threads.toArray()).toEqual([sampleThread()]);
    expect(await again.people.toArray()).toEqual([samplePerson()]);
    expect(await again.reminders.toArray()).toEqual([sampleReminder()]);
    expect(await again.events.toArray()).toEqual([sampleEvent()]);
    expect(await again.settings.get('ui')).toEqual(sampleSetting());
    expect(await getProfile(again)).toEqual({ profile, demo: false });
    again.close();
  });

  it('opens data written by the v1 declaration alone (the template for later migrations)', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    const old = openAtVersion(1, name);
    await old.table('threads').add(sampleThread());
    await old.table('events').add(sampleEvent());
    old.close();

    const db = testDb(name);
    expect(await db.threads.get('hacker-news:101')).toEqual(sampleThread());
    // v2 dropped v1's [site+time] index; the event is still there, by id and by time.
    expect(await db.events.get(sampleEvent().id)).toEqual(sampleEvent());
    expect(await db.events.where('time').equals(sampleEvent().time).count()).toBe(1);
    db.close();
  });
});
