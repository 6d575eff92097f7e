import { ZodError, z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { listEvents, recordEvent } from './events';
import type { NewEventInput } from './schemas';
import { sampleThread, testDb } from './testing';

const reply: NewEventInput = {
  type: 'replied',
  site: 'hacker-news',
  threadKey: 'hacker-news:101',
  namedBrand: true,
  disclosed: true,
};

describe('recordEvent', () => {
  it('adds an id, the current time and defaults', async () => {
    const db = testDb();
    const event = await recordEvent(db, { type: 'opened', site: 'reddit', namedBrand: false });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.now() - Date.parse(event.time)).toBeLessThan(5_000);
    expect(event).toMatchObject({ disclosed: null, demo: false });
    expect(await db.events.get(event.id)).toEqual(event);
  });

  it('rejects bad input with an error naming the field, and writes nothing', async () => {
    const db = testDb();
    const bad = { ...reply, type: 'shouted', time: 'yesterday' } as unknown as NewEventInput;
    const error = await recordEvent(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    const message = z.prettifyError(error as ZodError);
    expect(message).toContain('→ at type');
    expect(message).toContain('Expected an ISO 8601 date-time');
    expect(await db.events.count()).toBe(0);
  });

  it("marks the thread engaged when the rep replied", async () => {
    const db = testDb();
    await db.threads.add(sampleThread({ status: 'saved' }));
    const event = await recordEvent(db, reply);
    expect((await db.threads.get('hacker-news:101'))?.status).toBe('engaged');
    expect(await db.events.get(event.id)).toEqual(event);
  });

  it('leaves the thread alone for other event types', async () => {
    const db = testDb();
    await db.threads.add(sampleThread({ status: 'saved' }));
    await recordEvent(db, { ...reply, type: 'opened' });
    expect((await db.threads.get('hacker-news:101'))?.status).toBe('saved');
  });

  it('keeps no event when marking the thread fails (one transaction)', async () => {
    const db = testDb();
    await db.threads.add(sampleThread());
    vi.spyOn(db.threads, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(recordEvent(db, reply)).rejects.toThrow('disk full');
    expect(await db.events.count()).toBe(0);
    expect((await db.threads.get('hacker-news:101'))?.status).toBe('new');
  });

  it('records a reply to a thread it has never seen', async () => {
    const db = testDb();
    await recordEvent(db, { ...reply, threadKey: 'hacker-news:999' });
    expect(await db.events.count()).toBe(1);
    expect(await db.threads.count()).toBe(0);
  });
});

describe('listEvents', () => {
  async function seed() {
    const db = testDb();
    for (const hour of ['09', '10', '11', '12']) {
      await recordEvent(db, { type: 'opened', site: 'reddit', namedBrand: false, time: `2024-05-01T${hour}:00:00Z` });
    }
    return db;
  }
  const hours = (events: { time: string }[]) => events.map((e) => e.time.slice(11, 13));

  it('lists newest first, up to the limit', async () => {
    const db = await seed();
    expect(hours(await listEvents(db))).toEqual(['12', '11', '10', '09']);
    expect(hours(await listEvents(db, { limit: 2 }))).toEqual(['12', '11']);
    expect(await listEvents(db, { limit: Number.MAX_SAFE_INTEGER })).toHaveLength(4);
  });

  it('pages with before (exclusive) and since (inclusive)', async () => {
    const db = await seed();
    expect(hours(await listEvents(db, { before: '2024-05-01T11:00:00Z' }))).toEqual(['10', '09']);
    expect(hours(await listEvents(db, { since: '2024-05-01T10:00:00Z' }))).toEqual(['12', '11', '10']);
    // Times in any offset compare correctly, since stored times are UTC.
    expect(hours(await listEvents(db, { since: '2024-05-01T12:00:00+02:00', before: '2024-05-01T11:30:00Z' }))).toEqual([
      '11',
      '10',
    ]);
  });

  it('rejects a bad query', async () => {
    const db = testDb();
    await expect(listEvents(db, { limit: 0 })).rejects.toThrow(ZodError);
    await expect(listEvents(db, { before: 'soon' })).rejects.toThrow(ZodError);
  });
});
