import type { RapportDB } from '../storage/db';

/**
 * The two things the pages need from the history that no message offers yet: a reminder's
 * thread link (reminders/due returns the thread's key only) and a snooze that moves the due time
 * (reminders/done would log a follow-up that never happened). An extension page shares the
 * background's origin, so this is the same database (as the options page uses for its data tasks).
 * Loaded on demand: the popup shows its list first, and Dexie arrives after.
 * TODO(2026-11-23): replace with messages (thread url in reminders/due, reminders/snooze) once
 * src/messages/protocol.ts is free to change.
 */
let opening: Promise<RapportDB> | undefined;
function database(): Promise<RapportDB> {
  opening ??= import('../storage/db').then(({ openDatabase }) => openDatabase());
  opening.catch(() => (opening = undefined));
  return opening;
}

/** Thread links by thread key; an unknown thread (or a database that will not open) has none. */
export async function threadLinks(keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const [db, { threadUrls }] = await Promise.all([database(), import('../storage/threads')]);
  return threadUrls(db, keys);
}

export async function snooze(id: string, due: Date): Promise<boolean> {
  const [db, { snoozeReminder }] = await Promise.all([database(), import('../storage/reminders')]);
  return snoozeReminder(db, id, due.toISOString());
}
