import { ZodError, z } from 'zod';
import { describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from './settings';
import { testDb } from './testing';

describe('brand profile setting', () => {
  it('is undefined until saved', async () => {
    expect(await getProfile(testDb())).toBeUndefined();
  });

  it('saves a partial profile with defaults filled in', async () => {
    const db = testDb();
    const saved = await saveProfile(db, { brandNames: [' Brightbrew '], competitors: ['Beanco'] }, { demo: true });
    expect(saved.brandNames).toEqual(['Brightbrew']);
    expect(saved.topics).toEqual([]);
    expect(await getProfile(db)).toEqual({ profile: saved, demo: true });
  });

  it('rejects a bad profile with a message naming the field, keeping the old one', async () => {
    const db = testDb();
    const good = await saveProfile(db, { brandNames: ['Brightbrew'] }, { demo: false });
    const error = await saveProfile(db, { brandNames: ['ok', ''], sites: 'all' }, { demo: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    const message = z.prettifyError(error as ZodError);
    expect(message).toContain('→ at brandNames[1]');
    expect(message).toContain('→ at sites');
    expect(await getProfile(db)).toEqual({ profile: good, demo: false });
  });
});
