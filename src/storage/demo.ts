import type { RapportDB } from './db';
import { PROFILE_KEY, getProfile } from './settings';

/** Tables whose records carry a `demo` flag. `demo` is not indexed (booleans cannot be keys), so these scan. */
const demoTables = (db: RapportDB) => [db.threads, db.events, db.people, db.reminders, db.replies, db.goals] as const;

/**
 * Removes everything the demo added, and the profile if the demo set it, in one transaction:
 * either all demo data goes or none does. The rep's own records are never touched.
 */
export async function clearDemoData(db: RapportDB): Promise<{ removed: number }> {
  return db.transaction('rw', [...demoTables(db), db.settings], async () => {
    let removed = 0;
    for (const table of demoTables(db)) {
      removed += await table.filter((record) => record.demo).delete();
    }
    if ((await getProfile(db))?.demo) {
      await db.settings.delete(PROFILE_KEY);
      removed += 1;
    }
    return { removed };
  });
}

/** True while any demo record (or the demo profile) is stored. */
export async function hasDemoData(db: RapportDB): Promise<boolean> {
  return db.transaction('r', [...demoTables(db), db.settings], async () => {
    for (const table of demoTables(db)) {
      if ((await table.filter((record) => record.demo).count()) > 0) return true;
    }
    return (await getProfile(db))?.demo === true;
  });
}
