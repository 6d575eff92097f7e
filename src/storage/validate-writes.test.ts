import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { sampleEvent, samplePerson, sampleSetting, sampleThread, testDb } from './testing';

describe('every write is validated', () => {
  it('rejects a bad record put straight into a table', async () => {
    const db = testDb();
    await expect(db.events.put({ ...sampleEvent(), type: 'shouted' as never })).rejects.toThrow(ZodError);
    expect(await db.events.count()).toBe(0);
  });

  it('rejects a bad Table.update()', async () => {
    const db = testDb();
    await db.threads.add(sampleThread());
    await expect(db.threads.update('hacker-news:101', { status: 'lost' as never })).rejects.toThrow(ZodError);
    expect((await db.threads.get('hacker-news:101'))?.status).toBe('new');
  });

  it('rejects a key that does not match site and id', async () => {
    const db = testDb();
    await expect(db.people.add(samplePerson({ key: 'reddit:someone_else' }))).rejects.toThrow(
      'key must be reddit:coffee_fan (site:id)',
    );
  });

  it('checks known settings and lets other keys hold any value', async () => {
    const db = testDb();
    await expect(
      db.settings.put(sampleSetting({ key: 'profile', value: { profile: { brandNames: [42] }, demo: false } })),
    ).rejects.toThrow(ZodError);
    await db.settings.put(sampleSetting({ key: 'ui', value: [1, 'two', { three: 3 }] }));
    expect((await db.settings.get('ui'))?.value).toEqual([1, 'two', { three: 3 }]);
  });

  it('drops unknown fields and stores times in UTC', async () => {
    const db = testDb();
    await db.threads.add({ ...sampleThread(), lastSeen: '2024-05-01T12:00:00+02:00', extra: 1 } as never);
    const stored = await db.threads.get('hacker-news:101');
    expect(stored).toEqual(sampleThread());
  });

  it('aborts the whole transaction when one write is bad', async () => {
    const db = testDb();
    await expect(
      db.transaction('rw', db.threads, db.events, async () => {
        await db.threads.add(sampleThread());
        await db.events.add({ ...sampleEvent(), site: 'myspace' as never });
      }),
    ).rejects.toThrow(ZodError);
    expect(await db.threads.count()).toBe(0);
  });
});
