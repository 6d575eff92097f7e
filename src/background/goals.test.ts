import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleGoal, testDb } from '../storage/testing';
import { goalsWithProgress } from './goals';

describe('goals with progress', () => {
  it('reads the log once from the earliest period start and measures each goal on its own events', async () => {
    const db = testDb();
    const now = new Date(2026, 10, 26, 12); // Thursday 26 November, local noon
    const at = (d: number) => new Date(2026, 10, d, 9).toISOString();
    await db.events.bulkAdd([
      sampleEvent({ id: crypto.randomUUID(), time: at(24), site: 'reddit' }),
      sampleEvent({ id: crypto.randomUUID(), time: at(10), site: 'reddit' }), // this month, not this week
      sampleEvent({ id: crypto.randomUUID(), time: at(25), site: 'hacker-news' }),
    ]);
    const week = sampleGoal({ id: crypto.randomUUID(), site: 'reddit', target: 2 });
    const month = sampleGoal({ id: crypto.randomUUID(), period: 'month', target: 30, site: undefined, createdAt: '2026-11-02T00:00:00.000Z' });
    const archived = sampleGoal({ id: crypto.randomUUID(), archived: true });
    const result = await goalsWithProgress(db, [week, month, archived], now);
    expect(result.map((r) => r.progress.value)).toEqual([1, 3, 0]);
    expect(result[0]!.progress).toMatchObject({ target: 2, onTrack: true, met: false });
    expect(result[2]!.goal.id).toBe(archived.id);
  });
});
