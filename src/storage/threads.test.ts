import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import type { ThreadInput } from './schemas';
import { getThreadByUrl, setThreadStatus, upsertThreads } from './threads';
import { testDb } from './testing';

const seen = (over: Partial<ThreadInput> = {}): ThreadInput => ({
  site: 'reddit',
  postId: 't3_abc',
  url: 'https://www.reddit.com/r/coffee/comments/abc/',
  title: 'Grinder advice?',
  community: 'r/coffee',
  relevance: { score: 0.4, level: 'medium' },
  seenAt: '2024-05-01T10:00:00Z',
  ...over,
});

describe('upsertThreads', () => {
  it('stores new threads as new, first and last seen now', async () => {
    const db = testDb();
    const [thread] = await upsertThreads(db, [seen()]);
    expect(thread).toMatchObject({
      key: 'reddit:t3_abc',
      status: 'new',
      firstSeen: '2024-05-01T10:00:00.000Z',
      lastSeen: '2024-05-01T10:00:00.000Z',
      demo: false,
    });
    expect(await db.threads.get('reddit:t3_abc')).toEqual(thread);
  });

  it('keeps firstSeen and status, updates lastSeen, relevance and title', async () => {
    const db = testDb();
    await upsertThreads(db, [seen()]);
    await setThreadStatus(db, 'reddit:t3_abc', 'saved');
    await upsertThreads(db, [
      seen({ seenAt: '2024-05-02T10:00:00Z', title: 'Grinder advice? (edited)', relevance: { score: 0.9, level: 'high' } }),
    ]);
    expect(await db.threads.get('reddit:t3_abc')).toMatchObject({
      firstSeen: '2024-05-01T10:00:00.000Z',
      lastSeen: '2024-05-02T10:00:00.000Z',
      status: 'saved',
      title: 'Grinder advice? (edited)',
      relevance: { score: 0.9, level: 'high' },
    });
  });

  it('does not erase known fields a later read missed, nor move lastSeen back', async () => {
    const db = testDb();
    await upsertThreads(db, [seen({ seenAt: '2024-05-02T10:00:00Z' })]);
    await upsertThreads(db, [seen({ title: undefined, community: undefined })]);
    expect(await db.threads.get('reddit:t3_abc')).toMatchObject({
      title: 'Grinder advice?',
      community: 'r/coffee',
      lastSeen: '2024-05-02T10:00:00.000Z',
    });
  });

  it('merges the same thread seen twice in one batch', async () => {
    const db = testDb();
    const stored = await upsertThreads(db, [seen(), seen({ seenAt: '2024-05-01T11:00:00Z', title: 'Later' })]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ firstSeen: '2024-05-01T10:00:00.000Z', lastSeen: '2024-05-01T11:00:00.000Z', title: 'Later' });
  });

  it('writes nothing when any thread in the batch is invalid', async () => {
    const db = testDb();
    const bad = seen({ postId: 'x', relevance: { score: 3, level: 'high' } });
    await expect(upsertThreads(db, [seen(), bad])).rejects.toThrow(ZodError);
    expect(await db.threads.count()).toBe(0);
  });
});

describe('getThreadByUrl and setThreadStatus', () => {
  it('finds a thread by its url', async () => {
    const db = testDb();
    await upsertThreads(db, [seen(), seen({ postId: 't3_def', url: 'https://www.reddit.com/r/coffee/comments/def/' })]);
    expect((await getThreadByUrl(db, 'https://www.reddit.com/r/coffee/comments/def/'))?.key).toBe('reddit:t3_def');
    expect(await getThreadByUrl(db, 'https://example.com/')).toBeUndefined();
  });

  it('reports an unknown thread and rejects an unknown status', async () => {
    const db = testDb();
    expect(await setThreadStatus(db, 'reddit:nope', 'done')).toBe(false);
    await upsertThreads(db, [seen()]);
    await expect(setThreadStatus(db, 'reddit:t3_abc', 'lost' as never)).rejects.toThrow(ZodError);
  });
});
