import { describe, expect, it } from 'vitest';
import { recordReplied } from './engagement';
import { upsertThreads } from './threads';
import { testDb } from './testing';

const post = {
  site: 'reddit' as const,
  postId: 't3_abc',
  url: 'https://www.reddit.com/r/espresso/comments/abc/',
  title: 'Which grinder for a Duo?',
  community: 'r/espresso',
  author: 'mira_pulls',
};

describe('I replied', () => {
  it('logs the event, marks the thread engaged, counts the person, keeps the reply and sets a reminder, together', async () => {
    const db = testDb();
    await upsertThreads(db, [{ site: 'reddit', postId: 't3_abc', url: post.url, title: post.title, relevance: { score: 0.8, level: 'high' } }]);
    const done = await recordReplied(db, { ...post, text: 'I work at Brightbrew: the Mill 60 pairs well.', namedBrand: true, disclosed: true, remindInHours: 24, reminderNote: 'Check back', demo: false });
    expect(done.event).toMatchObject({ type: 'replied', threadKey: 'reddit:t3_abc', personKey: 'reddit:mira_pulls', namedBrand: true, disclosed: true });
    expect((await db.threads.get('reddit:t3_abc'))?.status).toBe('engaged');
    expect(await db.people.get('reddit:mira_pulls')).toMatchObject({ count: 1, handle: 'mira_pulls' });
    expect(await db.replies.toArray()).toMatchObject([{ direction: 'sent', text: 'I work at Brightbrew: the Mill 60 pairs well.', personKey: 'reddit:mira_pulls' }]);
    const [reminder] = await db.reminders.toArray();
    expect(reminder).toMatchObject({ note: 'Check back', state: 'open', threadKey: 'reddit:t3_abc' });
    expect(Date.parse(reminder!.due) - Date.parse(done.event.time)).toBe(24 * 3_600_000);

    await recordReplied(db, { ...post, namedBrand: null, disclosed: null, remindInHours: 0, demo: false });
    expect((await db.people.get('reddit:mira_pulls'))?.count).toBe(2);
    expect(await db.replies.count()).toBe(1);
    expect(await db.reminders.count()).toBe(1);
    expect(await db.events.count()).toBe(2);
  });

  it('rejects an invalid post or author and writes nothing', async () => {
    const db = testDb();
    await expect(recordReplied(db, { ...post, url: 'javascript:alert(1)', namedBrand: null, disclosed: null, remindInHours: 24, demo: false })).rejects.toThrow();
    await expect(recordReplied(db, { ...post, author: 'x'.repeat(500), namedBrand: null, disclosed: null, remindInHours: 24, demo: false })).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });
});
