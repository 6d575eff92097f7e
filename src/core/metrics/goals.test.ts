import { describe, expect, it } from 'vitest';
import { goalProgress, periodBounds, type GoalLike } from './goals';

// Local times throughout: periods start at local midnight, whatever zone the tests run in.
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
// Thursday 26 November 2026, noon: 3.5 days into the week (Monday 23rd).
const now = local(2026, 11, 26, 12);
const ev = (at: Date, type: string, extra: Partial<{ site: string; community: string; namedBrand: boolean | null; disclosed: boolean | null }> = {}) => ({
  time: at.toISOString(), type, site: 'reddit', community: 'r/coffee', namedBrand: null, disclosed: null, ...extra,
});
const goal = (over: Partial<GoalLike> = {}): GoalLike => ({ metric: 'replied', target: 10, period: 'week', ...over });

describe('periodBounds', () => {
  it('starts a week on Monday at local midnight and a month on the 1st', () => {
    expect(periodBounds('week', now)).toEqual({ start: local(2026, 11, 23), end: local(2026, 11, 30) });
    expect(periodBounds('week', local(2026, 11, 29, 23))).toEqual({ start: local(2026, 11, 23), end: local(2026, 11, 30) });
    expect(periodBounds('week', local(2026, 11, 30))).toEqual({ start: local(2026, 11, 30), end: local(2026, 12, 7) });
    expect(periodBounds('month', now)).toEqual({ start: local(2026, 11, 1), end: local(2026, 12, 1) });
    expect(periodBounds('month', local(2026, 12, 31, 23))).toEqual({ start: local(2026, 12, 1), end: local(2027, 1, 1) });
  });
});

describe('goalProgress', () => {
  it('counts the period’s events of the goal’s type, and is on track for the share of the week gone by', () => {
    const events = [
      ...[23, 24, 25, 26].map((d) => ev(local(2026, 11, d, 9), 'replied')),
      ev(local(2026, 11, 25, 9), 'replied', { site: 'hacker-news', community: 'Ask HN' }),
      ev(local(2026, 11, 22, 23), 'replied'), // last week (Sunday)
      ev(local(2026, 11, 25, 10), 'followed_up'),
    ];
    const p = goalProgress(goal({ target: 10 }), events, now);
    expect(p).toMatchObject({ value: 5, target: 10, ratio: 0.5, elapsed: 0.5, met: false, onTrack: true });
    expect(p.from).toBe(local(2026, 11, 23).toISOString());
    // Half the week gone, 4 of 10 on reddit: behind (5 expected).
    expect(goalProgress(goal({ site: 'reddit' }), events, now)).toMatchObject({ value: 4, onTrack: false });
    expect(goalProgress(goal({ metric: 'followed_up', target: 1 }), events, now)).toMatchObject({ value: 1, met: true, onTrack: true });
  });

  it('narrows to a community, whatever its case and spaces', () => {
    const events = [ev(local(2026, 11, 24), 'replied', { community: 'r/Coffee' }), ev(local(2026, 11, 24), 'replied', { community: 'r/tea' })];
    expect(goalProgress(goal({ community: ' r/coffee ' }), events, now).value).toBe(1);
  });

  it('counts the month from the 1st for a monthly goal', () => {
    const events = [ev(local(2026, 11, 2), 'complaint_resolved'), ev(local(2026, 10, 31, 23), 'complaint_resolved')];
    const p = goalProgress(goal({ metric: 'complaint_resolved', target: 4, period: 'month' }), events, now);
    expect(p.value).toBe(1);
    expect(p.to).toBe(local(2026, 12, 1).toISOString());
    // 25.5 of 30 days gone: 3 of 4 expected, 1 done.
    expect(p.onTrack).toBe(false);
  });

  it('ignores events after now, and a week just begun expects nothing yet', () => {
    const monday = local(2026, 11, 23, 1);
    expect(goalProgress(goal(), [ev(local(2026, 11, 24), 'replied')], monday)).toMatchObject({ value: 0, onTrack: true, met: false });
  });

  it('measures disclosure as the share of replies naming us that disclosed, null before any', () => {
    const named = (disclosed: boolean | null) => ev(local(2026, 11, 24), 'replied', { namedBrand: true, disclosed });
    const target = goal({ metric: 'disclosure_rate', target: 1 });
    expect(goalProgress(target, [ev(local(2026, 11, 24), 'replied', { namedBrand: false, disclosed: null })], now)).toMatchObject({ value: null, ratio: null, onTrack: null, met: false });
    expect(goalProgress(target, [named(true), named(true), named(false), named(null)], now)).toMatchObject({ value: 2 / 3, onTrack: false, met: false });
    expect(goalProgress(target, [named(true)], now)).toMatchObject({ value: 1, ratio: 1, onTrack: true, met: true });
  });
});
