// The labeled relevance data is the yardstick for npm run eval: it must parse, and stay big and varied enough.
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/core';
import { loadDrafts, loadReplyProfiles, REPLIES_DIR } from '../eval/replies';
import { loadPosts, loadProfiles } from '../eval/relevance-data';

describe('tests/data/relevance', () => {
  const profiles = loadProfiles();
  const posts = loadPosts();

  it('parses, with unique ids and every post judged against a known profile', () => {
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    for (const p of posts) expect(profiles[p.profile], p.id).toBeDefined();
  });

  it('is at least 300 posts over at least 4 profiles, with a hard subset and a held-out set', () => {
    expect(posts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(posts.map((p) => p.profile)).size).toBeGreaterThanOrEqual(4);
    const hard = posts.filter((p) => p.hard.length > 0);
    expect(hard.filter((p) => p.hard.includes('ambiguous')).length).toBeGreaterThan(50);
    expect(hard.filter((p) => p.hard.includes('keywordless')).length).toBeGreaterThan(50);
    expect(posts.filter((p) => p.set === 'holdout').length).toBeGreaterThanOrEqual(100);
  });

  it('labels every relevance level and every intent many times', () => {
    for (const label of ['engage', 'related', 'not'] as const) expect(posts.filter((p) => p.label === label).length).toBeGreaterThan(100);
    for (const intent of ['question', 'recommendation_request', 'complaint', 'praise', 'competitor_comparison'] as const) {
      expect(posts.filter((p) => p.intents.includes(intent)).length).toBeGreaterThan(50);
    }
  });
});

describe('tests/data/replies', () => {
  const profiles = loadReplyProfiles();
  const drafts = loadDrafts();

  it('keeps its own profiles apart from the relevance eval, with no name defined twice', () => {
    const own = Object.keys(loadProfiles(REPLIES_DIR));
    expect(own.length).toBeGreaterThan(0);
    const relevance = loadProfiles();
    for (const name of own) expect(relevance[name], name).toBeUndefined();
    for (const name of own) expect(drafts.some((d) => d.profile === name), name).toBe(true);
  });

  it('parses, with unique ids and every draft written for a known profile', () => {
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
    for (const d of drafts) expect(profiles[d.profile], d.id).toBeDefined();
  });

  it('is at least 200 drafts, about half needing work, every problem many times, and a held-out set', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(200);
    const needsWork = drafts.filter((d) => d.label === 'needs_work').length;
    expect(needsWork / drafts.length).toBeGreaterThan(0.4);
    expect(needsWork / drafts.length).toBeLessThan(0.6);
    for (const code of FINDING_CODES) expect(drafts.filter((d) => d.problems.includes(code)).length, code).toBeGreaterThanOrEqual(10);
    expect(new Set(drafts.map((d) => d.site)).size).toBe(9);
  });
});
