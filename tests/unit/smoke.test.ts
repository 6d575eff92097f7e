import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/core/profile';
describe('profile', () => {
  it('fills defaults for a minimal profile', () => {
    const p = parseProfile({ brandNames: ['Brightbrew'], products: [], competitors: [], topics: [], excludeKeywords: [], domains: [] });
    expect(p.aliases).toEqual([]);
    expect(p.sites).toEqual({});
  });
});
