import { BrandProfileSchema, type BrandProfile } from '../core/profile';
import type { RapportDB } from './db';
import { ProfileSettingSchema, type ProfileSetting } from './schemas';

export const PROFILE_KEY = 'profile';

/** The saved brand profile, or undefined before the rep (or the demo) has saved one. */
export async function getProfile(db: RapportDB): Promise<ProfileSetting | undefined> {
  const record = await db.settings.get(PROFILE_KEY);
  // Writes are validated, so a failure here means a schema change shipped without a migration.
  return record && ProfileSettingSchema.parse(record.value);
}

/**
 * Saves the brand profile. Throws a ZodError naming each bad field (`z.prettifyError` turns it
 * into lines for the options page) and keeps the previous profile when the input is invalid.
 */
export async function saveProfile(
  db: RapportDB,
  profile: unknown,
  { demo }: { demo: boolean },
): Promise<BrandProfile> {
  const parsed = BrandProfileSchema.parse(profile);
  const value: ProfileSetting = { profile: parsed, demo };
  await db.settings.put({ key: PROFILE_KEY, value, updatedAt: new Date().toISOString() });
  return parsed;
}
