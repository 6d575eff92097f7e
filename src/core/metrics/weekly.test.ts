import { describe, expect, it } from 'vitest';
import { weeklyFigures } from './weekly';

const now = new Date('2026-11-23T12:00:00Z');
const ev = (time: string, type: string, extra: Partial<{ site: string; namedBrand: boolean | null; disclosed: boolean | null }> = {}) => ({
  time, type, site: 'reddit', namedBrand: null, disclosed: null, ...extra,
});

describe('weeklyFigures', () => {
  it('counts only the last seven days and computes the disclosure rate of brand-naming replies', () => {
    const f = weeklyFigures(
      [
        ev('2026-11-22T10:00:00Z', 'replied', { namedBrand: true, disclosed: true }),
        ev('2026-11-21T10:00:00Z', 'replied', { namedBrand: true, disclosed: false, site: 'hacker-news' }),
        ev('2026-11-20T10:00:00Z', 'replied'),
        ev('2026-11-10T10:00:00Z', 'replied', { namedBrand: true, disclosed: true }),
        ev('2026-11-22T11:00:00Z', 'complaint_resolved'),
      ],
      now,
    );
    expect(f.replied).toBe(3);
    expect(f.complaintsResolved).toBe(1);
    expect(f.disclosureRate).toBe(0.5);
    expect(f.bySite).toEqual({ reddit: 2, 'hacker-news': 1 });
  });

  it('has no disclosure rate before any reply named the brand', () => {
    expect(weeklyFigures([ev('2026-11-22T10:00:00Z', 'replied')], now).disclosureRate).toBeNull();
  });
});
