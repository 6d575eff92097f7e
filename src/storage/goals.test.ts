import { describe, expect, it } from 'vitest';
import { archiveGoal, listGoals, saveGoal } from './goals';
import { sampleGoal, testDb } from './testing';

const at = (iso: string) => new Date(iso);

describe('goals', () => {
  it('creates a goal, then edits its target keeping its id and creation time', async () => {
    const db = testDb();
    const goal = await saveGoal(db, { metric: 'replied', target: 20, period: 'week', site: 'reddit', community: ' r/coffee ' }, at('2026-11-23T09:00:00Z'));
    expect(goal).toMatchObject({ metric: 'replied', target: 20, community: 'r/coffee', archived: false, demo: false, createdAt: '2026-11-23T09:00:00.000Z' });
    const edited = await saveGoal(db, { ...goal!, target: 25 }, at('2026-11-24T09:00:00Z'));
    expect(edited).toMatchObject({ id: goal!.id, target: 25, createdAt: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z' });
    expect(await db.goals.count()).toBe(1);
  });

  it('refuses targets that are not a goal, and an edit of no goal', async () => {
    const db = testDb();
    await expect(saveGoal(db, { metric: 'replied', target: 2.5, period: 'week' })).rejects.toThrow(/whole number/);
    await expect(saveGoal(db, { metric: 'replied', target: 0, period: 'week' })).rejects.toThrow(/whole number/);
    await expect(saveGoal(db, { metric: 'disclosure_rate', target: 90, period: 'week' })).rejects.toThrow(/share from 0 to 1/);
    // @ts-expect-error: not a metric
    await expect(saveGoal(db, { metric: 'likes', target: 5, period: 'week' })).rejects.toThrow();
    expect(await saveGoal(db, { id: crypto.randomUUID(), metric: 'replied', target: 5, period: 'week' })).toBeNull();
    expect(await saveGoal(db, { metric: 'disclosure_rate', target: 1, period: 'month' })).toMatchObject({ target: 1 });
    expect(await db.goals.count()).toBe(1);
  });

  it('lists goals being worked on before archived ones, and archives', async () => {
    const db = testDb();
    const old = sampleGoal({ id: crypto.randomUUID(), createdAt: '2026-01-01T00:00:00.000Z' });
    const newer = sampleGoal({ id: crypto.randomUUID(), createdAt: '2026-02-01T00:00:00.000Z' });
    await db.goals.bulkAdd([newer, old]);
    expect((await listGoals(db)).map((g) => g.id)).toEqual([old.id, newer.id]);
    expect(await archiveGoal(db, old.id, at('2026-03-01T00:00:00Z'))).toBe(true);
    expect(await db.goals.get(old.id)).toMatchObject({ archived: true, updatedAt: '2026-03-01T00:00:00.000Z' });
    expect((await listGoals(db)).map((g) => g.id)).toEqual([newer.id, old.id]);
    expect((await listGoals(db, { archived: false })).map((g) => g.id)).toEqual([newer.id]);
    expect(await archiveGoal(db, crypto.randomUUID())).toBe(false);
  });

  it('writes only records the schema accepts, even past saveGoal', async () => {
    const db = testDb();
    await expect(db.goals.add({ ...sampleGoal(), target: -1 })).rejects.toThrow();
    expect(await db.goals.count()).toBe(0);
  });
});
