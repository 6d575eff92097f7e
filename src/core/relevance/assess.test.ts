import { describe, expect, it } from 'vitest';
import { assessPost } from '../index';

const profile = {
  brandNames: ['Brightbrew'],
  products: ['Brightbrew Duo', 'Mill 60'],
  competitors: ['Breville', 'Gaggia'],
  topics: ['espresso machine', 'burr grinder'],
  excludeKeywords: ['job posting'],
  domains: ['brightbrew.example'],
};

describe('assessPost (first pass)', () => {
  it('surfaces a complaint about the brand first, with reasons and spans', () => {
    const a = assessPost({ site: 'reddit', title: 'My Brightbrew Duo is leaking again', body: 'Third time this month. Support has not answered.' }, profile);
    expect(a.level).toBe('high');
    expect(a.intents).toContain('complaint');
    expect(a.mentionsBrand).toBe(true);
    expect(a.reasons.some((r) => r.startsWith('complains'))).toBe(true);
    const span = a.spans.find((s) => s.kind === 'product');
    expect(span?.text).toBe('Brightbrew Duo');
    expect(a.priority).toBeGreaterThan(2);
  });

  it('matches plurals, hyphens, accents and case on word boundaries', () => {
    const a = assessPost({ site: 'hacker-news', body: 'Which ESPRESSO-MACHINES are worth it? Also café talk.' }, profile);
    expect(a.spans.map((s) => s.term)).toContain('espresso machine');
    expect(a.intents).toContain('recommendation_request');
    const none = assessPost({ site: 'hacker-news', body: 'Gaggiano is a town, brightbrewing is not a word' }, profile);
    expect(none.level).toBe('none');
  });

  it('lets exclusions win over weak matches', () => {
    const a = assessPost({ site: 'reddit', body: 'Job posting: barista wanted, must know espresso machine upkeep' }, profile);
    expect(a.level).toBe('none');
  });

  it('names a competitor comparison', () => {
    const a = assessPost({ site: 'reddit', body: 'Brightbrew Duo vs Breville Bambino for a beginner?' }, profile);
    expect(a.intents).toContain('competitor_comparison');
    expect(a.reasons).toContain('mentions competitor Breville');
  });
});

describe('assessPost (first-pass fixes seen in the demo)', () => {
  it('does not call two rivals named in passing a comparison', () => {
    const a = assessPost({ site: 'hacker-news', body: 'Plenty of people here started with a used Gaggia and a Breville and never looked back.' }, profile);
    expect(a.intents).not.toContain('competitor_comparison');
    expect(a.level).not.toBe('high');
  });
  it('reads "what do you use" as a recommendation request', () => {
    const a = assessPost({ site: 'hacker-news', title: 'Ask HN: your espresso machine setup?', body: 'What do you use, and what do you regret buying?' }, profile);
    expect(a.intents).toContain('recommendation_request');
  });
  it('names the brand as written, not an alias that also matches', () => {
    const a = assessPost({ site: 'reddit', body: 'Brightbrew support was quick' }, { ...profile, aliases: ['Bright Brew'] });
    expect(a.reasons).toContain('names the brand Brightbrew');
  });
});

describe('assessPost: a reason to speak', () => {
  it('keeps topic-and-rival chatter without any ask at "worth a look"', () => {
    const a = assessPost({ site: 'reddit', body: 'A decent burr grinder matters more than the machine. I started with a used Gaggia.' }, profile);
    expect(a.level).toBe('medium');
  });
});
