import { describe, expect, it } from 'vitest';
import { assessPost, parseProfile } from '../core';
import type { PostRecord } from '../core/post';
import { compiledFor, inTabOrder, judgePosts, mergeReport } from './page-posts';

const profile = parseProfile({ brandNames: ['Tally'], products: ['Beacons'], competitors: ['Brightbrew Duo'], topics: ['budgeting app'] });
const BODIES = [
  'I keep a tally of my expenses in a little notebook.',
  'tally is great for this',
  'I switched to Tally last month and my budget finally works.',
  'Anyone tried the Beacons app from Tally? Better than Brightbrew Duo?',
  'Tally sync has been broken for three days and support will not answer. Done with it.',
  'What did everyone cook this weekend?',
];
const posts: PostRecord[] = BODIES.map((body, i) => ({ id: `p${i}`, site: 'reddit', kind: 'post', body, permalink: `https://www.reddit.com/p${i}` }));

describe('judging posts in the background', () => {
  it('gives each post the verdict the public core API gives it', () => {
    const { verdicts, related } = judgePosts(posts, compiledFor(profile));
    expect(verdicts.map((v) => v.id)).toEqual(posts.map((p) => p.id));
    verdicts.forEach((verdict, i) => {
      const full = assessPost(posts[i]!, profile);
      expect(verdict).toMatchObject({ level: full.level, score: full.score, priority: full.priority });
      if (full.level !== 'none') expect(verdict.reasons).toEqual(full.reasons.slice(0, 8));
    });
    expect(related.map((p) => p.record.id)).toEqual(verdicts.filter((v) => v.level !== 'none').map((v) => v.id));
    expect(verdicts.find((v) => v.id === 'p4')?.intents).toContain('complaint');
    expect(verdicts.find((v) => v.id === 'p5')?.level).toBe('none');
  });

  it('compiles a profile once and again only when it changes', () => {
    const first = compiledFor(profile);
    expect(compiledFor(parseProfile({ brandNames: ['Tally'], products: ['Beacons'], competitors: ['Brightbrew Duo'], topics: ['budgeting app'] }))).toBe(first);
    expect(compiledFor(parseProfile({ brandNames: ['Tally'] }))).not.toBe(first);
  });
});

describe("a tab's report", () => {
  const { related } = judgePosts(posts, compiledFor(profile));
  const batch = { url: 'https://www.reddit.com/r/budget/', site: 'reddit' as const, title: 'r/budget' };

  it('adds batches up, keeps what is worth showing by priority, and starts afresh on a new page', () => {
    const one = mergeReport(null, batch, 3, related.slice(0, 1));
    const two = mergeReport(one, batch, 3, related.slice(1));
    expect(two.scanned).toBe(6);
    const shown = related.filter((p) => p.assessment.level === 'high' || p.assessment.level === 'medium');
    expect(two.posts.map((p) => p.record.id).sort()).toEqual(shown.map((p) => p.record.id).sort());
    const priorities = two.posts.map((p) => p.assessment.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const elsewhere = mergeReport(two, { ...batch, url: 'https://www.reddit.com/r/other/' }, 2, []);
    expect(elsewhere).toMatchObject({ scanned: 2, posts: [] });
  });

  it('replaces a post read again instead of listing it twice', () => {
    const once = mergeReport(null, batch, 6, related);
    const again = mergeReport(once, batch, 6, related);
    expect(again.posts.length).toBe(once.posts.length);
  });

  it("runs a tab's batches one after another, even when one fails", async () => {
    const order: string[] = [];
    const slow = inTabOrder(1, async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
      throw new Error('storage full');
    });
    const fast = inTabOrder(1, async () => order.push('second'));
    await expect(slow).rejects.toThrow('storage full');
    await fast;
    expect(order).toEqual(['first', 'second']);
  });
});
