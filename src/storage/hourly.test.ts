import { describe, expect, it } from 'vitest';
import { weeklyFigures } from '../core/metrics/weekly';
import { clearDemoData } from './demo';
import { recordEvent } from './events';
import { forgetPerson } from './people';
import { applyRetention, deleteAllData, setRetention } from './retention';
import type { RapportDB } from './db';
import type { EngagementEvent } from './schemas';
import { openAtVersion, sampleEvent, testDb } from './testing';
import { weeklyFiguresFromDb } from './weekly';

const NOW = new Date('2024-06-30T12:34:56.789Z');
const TYPES = ['surfaced', 'opened', 'replied', 'replied', 'followed_up', 'complaint_resolved'] as const;

function randomEvents(count: number, seed: number): EngagementEvent[] {
  let s = seed;
  const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) =>
    sampleEvent({
      id: `00000000-0000-4000-8000-${String(seed * 10_000 + i).padStart(12, '0')}`,
      // Ten days up to a little after NOW, so the week's edges cut through hours.
      time: new Date(NOW.getTime() - r() * 10 * 86_400_000 + 3_600_000 * 0.1).toISOString(),
      type: TYPES[Math.floor(r() * TYPES.length)]!,
      site: r() < 0.5 ? 'reddit' : 'hacker-news',
      namedBrand: r() < 0.6 ? true : r() < 0.5 ? false : null,
      disclosed: r() < 0.7 ? true : r() < 0.5 ? false : null,
      personKey: r() < 0.3 ? 'hacker-news:pg' : 'reddit:other',
      demo: r() < 0.2,
    }),
  );
}

/** The figures the slow way, from every event, at several moments. */
async function expectSameFigures(db: RapportDB) {
  const all = await db.events.toArray();
  for (const at of [NOW, new Date(NOW.getTime() - 86_400_000 * 2.5), new Date('2024-06-25T00:00:00.000Z')]) {
    expect(await weeklyFiguresFromDb(db, at)).toEqual(weeklyFigures(all, at));
  }
}

describe('the hourly aggregates behind the weekly figures', () => {
  it('match a scan of the log after every kind of write, whichever path makes it', async () => {
    const db = testDb();
    await db.events.bulkAdd(randomEvents(400, 1));
    await expectSameFigures(db);
    await recordEvent(db, { type: 'replied', site: 'reddit', namedBrand: true, disclosed: false, time: '2024-06-30T12:00:00Z' });
    await db.events.bulkPut(randomEvents(50, 1).map((e) => ({ ...e, type: 'complaint_resolved' as const, time: '2024-06-28T03:00:00.000Z' })));
    await expectSameFigures(db);
    await forgetPerson(db, 'hacker-news:pg');
    await clearDemoData(db);
    await expectSameFigures(db);
    await setRetention(db, { days: 4 }, NOW);
    await applyRetention(db, NOW);
    await db.events.bulkDelete((await db.events.limit(20).primaryKeys()));
    await expectSameFigures(db);
    expect(await db.hours.count()).toBeGreaterThan(0);
    await deleteAllData(db);
    expect(await db.hours.count()).toBe(0);
    await expectSameFigures(db);
  });

  it('leaves no count behind when a transaction writing events fails', async () => {
    const db = testDb();
    await db.events.bulkAdd(randomEvents(30, 2));
    await expect(
      db.transaction('rw', db.events, async () => {
        await db.events.bulkAdd(randomEvents(30, 3));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expectSameFigures(db);
  });

  it('counts the log a v1 database already held when it upgrades', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    const old = openAtVersion(1, name);
    await old.table('events').bulkAdd(randomEvents(200, 4));
    old.close();
    await expectSameFigures(testDb(name));
  });

  it('counts only the events a bulkAdd wrote when some of its keys are already stored', async () => {
    const db = testDb();
    const first = randomEvents(40, 5);
    await db.events.bulkAdd(first.slice(0, 20));
    // Outside a transaction: the new ones are kept, the stored ones fail.
    await expect(db.events.bulkAdd(first.slice(10, 30))).rejects.toThrow('10 of 20 operations failed');
    expect(await db.events.count()).toBe(30);
    await expectSameFigures(db);
    // Inside one, with the failure caught: the transaction goes on and commits the rest.
    await db.transaction('rw', db.events, async () => {
      await expect(db.events.bulkAdd([...first.slice(25, 40), ...randomEvents(5, 6)])).rejects.toThrow('5 of 20 operations failed');
      await db.events.add(randomEvents(1, 7)[0]!);
    });
    expect(await db.events.count()).toBe(46);
    await expectSameFigures(db);
  });
});
