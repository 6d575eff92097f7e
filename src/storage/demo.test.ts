import { describe, expect, it } from 'vitest';
import { clearDemoData, hasDemoData } from './demo';
import { getProfile, saveProfile } from './settings';
import {
  sampleEvent,
  samplePerson,
  sampleReminder,
  sampleSetting,
  sampleThread,
  testDb,
} from './testing';

async function seedMixed() {
  const db = testDb();
  await db.threads.bulkAdd([sampleThread(), sampleThread({ key: 'demo:1', site: 'demo', postId: '1', demo: true })]);
  await db.people.bulkAdd([samplePerson(), samplePerson({ key: 'demo:ana', site: 'demo', handle: 'ana', demo: true })]);
  await db.reminders.bulkAdd([sampleReminder(), sampleReminder({ id: crypto.randomUUID(), demo: true })]);
  await db.events.bulkAdd([sampleEvent(), sampleEvent({ id: crypto.randomUUID(), demo: true })]);
  await db.settings.add(sampleSetting());
  return db;
}

describe('demo data', () => {
  it('removes only demo records, and the demo profile, in one go', async () => {
    const db = await seedMixed();
    await saveProfile(db, { brandNames: ['Brightbrew'] }, { demo: true });
    expect(await hasDemoData(db)).toBe(true);

    expect(await clearDemoData(db)).toEqual({ removed: 5 });

    expect(await db.threads.toArray()).toEqual([sampleThread()]);
    expect(await db.people.toArray()).toEqual([samplePerson()]);
    expect(await db.reminders.toArray()).toEqual([sampleReminder()]);
    expect(await db.events.toArray()).toEqual([sampleEvent()]);
    expect(await db.settings.toArray()).toEqual([sampleSetting()]);
    expect(await hasDemoData(db)).toBe(false);
  });

  it("keeps the rep's own profile", async () => {
    const db = await seedMixed();
    const profile = await saveProfile(db, { brandNames: ['Mine'] }, { demo: false });
    expect(await clearDemoData(db)).toEqual({ removed: 4 });
    expect(await getProfile(db)).toEqual({ profile, demo: false });
  });

  it('counts the demo profile alone as demo data', async () => {
    const db = testDb();
    expect(await hasDemoData(db)).toBe(false);
    await saveProfile(db, {}, { demo: true });
    expect(await hasDemoData(db)).toBe(true);
    expect(await clearDemoData(db)).toEqual({ removed: 1 });
    expect(await clearDemoData(db)).toEqual({ removed: 0 });
  });
});
