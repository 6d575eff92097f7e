import type { RapportDB } from './db';
import type { PersonRecord, ReminderRecord, ThreadRecord } from './schemas';
import { searchWords } from './search-words';

export interface SearchResults {
  threads: ThreadRecord[];
  people: PersonRecord[];
  reminders: ReminderRecord[];
  /** How many of each matched in all (the lists hold the most recent `limit`). */
  total: { threads: number; people: number; reminders: number };
}

/** Up to this many matches are read and sorted directly; more are picked by walking the time index. */
const DIRECT = 500;

interface Searchable<T> {
  where(index: string): { startsWith(prefix: string): { primaryKeys(): Promise<string[]> } };
  orderBy(index: string): { reverse(): { primaryKeys(): Promise<string[]> } };
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
}

async function matchKeys(table: Searchable<unknown>, words: string[]): Promise<Set<string>> {
  let keys: Set<string> | undefined;
  for (const word of words) {
    // Every word is a prefix ("grind" finds "grinder"); all of them must match.
    const found = new Set(await table.where('words').startsWith(word).primaryKeys());
    keys = keys ? new Set([...keys].filter((k) => found.has(k))) : found;
    if (keys.size === 0) break;
  }
  return keys ?? new Set();
}

async function searchTable<T>(table: Searchable<T>, words: string[], order: keyof T & string, limit: number, newestFirst: boolean) {
  const keys = await matchKeys(table as Searchable<unknown>, words);
  let records: T[];
  if (keys.size <= DIRECT) {
    records = (await table.bulkGet([...keys])).filter((r): r is T => r !== undefined);
    records.sort((a, b) => (String(a[order]) < String(b[order]) ? 1 : -1) * (newestFirst ? 1 : -1));
    records = records.slice(0, limit);
  } else {
    const ordered = await table.orderBy(order).reverse().primaryKeys();
    const picked = (newestFirst ? ordered : ordered.reverse()).filter((k) => keys.has(k)).slice(0, limit);
    records = (await table.bulkGet(picked)).filter((r): r is T => r !== undefined);
  }
  return { records, total: keys.size };
}

/** Text search over thread titles, people (names, notes, tags) and reminder notes. */
export async function search(db: RapportDB, query: string, { limit = 20 } = {}): Promise<SearchResults> {
  const words = searchWords([query]);
  if (words.length === 0) return { threads: [], people: [], reminders: [], total: { threads: 0, people: 0, reminders: 0 } };
  return db.transaction('r', db.threads, db.people, db.reminders, async () => {
    const threads = await searchTable<ThreadRecord>(db.threads as never, words, 'lastSeen', limit, true);
    const people = await searchTable<PersonRecord>(db.people as never, words, 'lastInteraction', limit, true);
    const reminders = await searchTable<ReminderRecord>(db.reminders as never, words, 'due', limit, false);
    return {
      threads: threads.records,
      people: people.records,
      reminders: reminders.records,
      total: { threads: threads.total, people: people.total, reminders: reminders.total },
    };
  });
}
