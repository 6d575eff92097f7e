import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { RapportDB } from './db';
import { InteractionSchema, PersonEditSchema, personKey, type Interaction, type PersonRecord } from './schemas';

/**
 * Remembers one interaction of the rep with a person (only the rep's own interactions build this
 * memory): creates the person, or counts one more and moves first/last interaction outwards.
 */
export async function recordInteraction(db: RapportDB, input: Interaction): Promise<PersonRecord> {
  const { site, handle, displayName, at } = InteractionSchema.parse(input);
  const now = new Date().toISOString();
  const when = at ?? now;
  const key = personKey(site, handle);
  return db.transaction('rw', db.people, async () => {
    const known = await db.people.get(key);
    const person: PersonRecord = known
      ? {
          ...known,
          ...(displayName ? { displayName } : {}),
          count: known.count + 1,
          firstInteraction: when < known.firstInteraction ? when : known.firstInteraction,
          lastInteraction: when > known.lastInteraction ? when : known.lastInteraction,
          updatedAt: now,
        }
      : { key, site, handle, ...(displayName ? { displayName } : {}), firstInteraction: when, lastInteraction: when, count: 1, notes: '', tags: [], demo: false, updatedAt: now };
    await db.people.put(person);
    return person;
  });
}

/** The rep's own notes and tags on a person. Returns false when there is no such person. */
export async function editPerson(db: RapportDB, key: string, edit: z.input<typeof PersonEditSchema>): Promise<boolean> {
  const changes = PersonEditSchema.parse(edit);
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(key);
    if (person) await db.people.put({ ...person, ...changes, tags: [...new Set(changes.tags ?? person.tags)], updatedAt: new Date().toISOString() });
    return person !== undefined;
  });
}

/** People the rep talked to most recently first; `before` pages back (exclusive). */
export async function peopleByLastInteraction(
  db: RapportDB,
  { limit = 50, before }: { limit?: number; before?: string } = {},
): Promise<PersonRecord[]> {
  return db.people
    .where('lastInteraction')
    .below(before ?? Dexie.maxKey)
    .reverse()
    .limit(limit)
    .toArray();
}

export interface Forgotten {
  people: number;
  replies: number;
  reminders: number;
  /** Log entries kept (they are the rep's own actions) with the link to the person removed. */
  eventsUnlinked: number;
  /** Threads they started, kept with the author's handle removed. */
  threadsUnlinked: number;
}

/**
 * "Forget this person": their record, every reply to or from them and every reminder about them
 * are deleted; the log keeps the rep's own actions but no longer says with whom. One transaction.
 */
export async function forgetPerson(db: RapportDB, key: string): Promise<Forgotten> {
  return db.transaction('rw', [db.people, db.replies, db.reminders, db.events, db.threads], async () => {
    const person = await db.people.get(key);
    const people = person ? 1 : 0;
    await db.people.delete(key);
    const replies = await db.replies.where('personKey').equals(key).delete();
    const reminders = await db.reminders.where('personKey').equals(key).delete();
    // The log has no personKey index (it would slow every insert for a rare task): a scan.
    const eventsUnlinked = await db.events
      .filter((event) => event.personKey === key)
      .modify((event) => {
        delete event.personKey;
      });
    const [site, ...rest] = key.split(':');
    const handle = rest.join(':');
    const threadsUnlinked = handle
      ? await db.threads
          .where('site')
          .equals(site ?? '')
          .filter((thread) => thread.author === handle)
          .modify((thread) => {
            delete thread.author;
            thread.updatedAt = new Date().toISOString();
          })
      : 0;
    return { people, replies, reminders, eventsUnlinked, threadsUnlinked };
  });
}
