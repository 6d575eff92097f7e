import { describe, expect, it, vi } from 'vitest';
import { parseProfile } from '../core/profile';
import { protocol } from '../messages/protocol';
import { saveProfile } from '../storage';
import { testDb } from '../storage/testing';
import { commonNameWords } from './common-words';
import { createHandlers } from './handlers';

// handlers.ts keeps tab reports in browser.storage; 'profile/get' does not touch it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const profile = parseProfile({
  brandNames: ['Tally'],
  aliases: ['Tally App'],
  products: ['Beacons', 'Mill 60'],
  competitors: ['Brightbrew', 'YNAB'],
  topics: ['budgeting app'],
});

describe('commonNameWords', () => {
  it('lists the name words that are everyday English, and no others', () => {
    const words = commonNameWords(profile);
    expect(words).toEqual(expect.arrayContaining(['tally', 'app', 'beacons', 'mill']));
    for (const distinctive of ['brightbrew', 'ynab', '60', 'budgeting']) expect(words).not.toContain(distinctive);
  });

  it('also answers for the light stem of a word, which compileProfile asks about', () => {
    expect(commonNameWords(profile)).toContain('beacon');
  });

  it('is empty for a profile without names', () => {
    expect(commonNameWords(parseProfile({ topics: ['espresso machine'] }))).toEqual([]);
  });
});

describe("the background's profile/get", () => {
  it('answers null before a profile is saved', async () => {
    const db = testDb();
    expect(await createHandlers(async () => db)['profile/get']({}, {})).toBeNull();
  });

  it('sends the common name words with the profile, in the shape the protocol declares', async () => {
    const db = testDb();
    await saveProfile(db, { brandNames: ['Tally'], competitors: ['Brightbrew'] }, { demo: false });
    const answer = await createHandlers(async () => db)['profile/get']({}, {});
    expect(protocol['profile/get'].response.parse(answer)).toEqual({
      profile: parseProfile({ brandNames: ['Tally'], competitors: ['Brightbrew'] }),
      demo: false,
      commonWords: ['tally'],
    });
  });
});
