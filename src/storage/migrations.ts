/**
 * Record migrations, shared by the database upgrade (db.ts) and the import of older backups
 * (import/): a v1 record in either place becomes the same v2 record. Each takes what was stored
 * and returns the new shape; the v2 zod schema checks the result when it is written.
 */
type Stored = Record<string, unknown>;
const time = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** v1 -> v2: records that can change gain `updatedAt`, the time an import compares to keep the newer copy. */
export const migrateV1: Readonly<Record<string, (record: Stored, now: string) => Stored>> = {
  threads: (t, now) => ({ ...t, updatedAt: time(t.lastSeen, now) }),
  people: (p, now) => ({ ...p, updatedAt: time(p.lastInteraction, now) }),
  // v1's boolean `done` could not be indexed; v2's `state` can, with the due time.
  reminders: ({ done, ...r }, now) => ({ ...r, state: done === true ? 'done' : 'open', updatedAt: time(r.createdAt, now) }),
  events: (e) => e,
  settings: (s) => s,
};
