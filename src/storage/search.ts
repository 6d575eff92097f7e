import type { Table } from 'dexie';
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

/** Up to this many matches are read and sorted directly; more are picked by walking the order's index. */
const DIRECT = 200;
/** Keys read a time from the order's index when picking the most recent of many matches. */
const WALK_PAGE = 1_000;

async function matchKeys<T>(table: Table<T, string>, words: string[]): Promise<Set<string>> {
  // Every word is a prefix ("grind" finds "grinder"); all of them must match. The lookups run
  // together: IndexedDB answers requests of one transaction in turn without waiting for us.
  const found = await Promise.all(words.map((word) => table.where('words').startsWith(word).primaryKeys()));
  found.sort((a, b) => a.length - b.length);
  let keys = new Set(found[0] ?? []);
  for (const other of found.slice(1)) {
    if (keys.size === 0) break;
    const set = new Set(other);
    keys = new Set([...keys].filter((k) => set.has(k)));
  }
  return keys;
}

async function searchTable<T>(table: Table<T, string>, words: string[], order: keyof T & string, limit: number, newestFirst: boolean) {
  const keys = await matchKeys(table, words);
  if (keys.size <= DIRECT) {
    const records = (await table.bulkGet([...keys])).filter((r): r is T => r !== undefined);
    records.sort((a, b) => (String(a[order]) < String(b[order]) ? 1 : -1) * (newestFirst ? 1 : -1));
    return { records: records.slice(0, limit), total: keys.size };
  }
  // Many matches: walk the order's index keys only, a page at a time, until `limit` of them match.
  const picked: string[] = [];
  for (let offset = 0; picked.length < limit; offset += WALK_PAGE) {
    const ordered = newestFirst ? table.orderBy(order).reverse() : table.orderBy(order);
    const page = await ordered.offset(offset).limit(WALK_PAGE).primaryKeys();
    for (const key of page) if (keys.has(key) && picked.length < limit) picked.push(key);
    if (page.length < WALK_PAGE) break;
  }
  const records = (await table.bulkGet(picked)).filter((r): r is T => r !== undefined);
  return { records, total: keys.size };
}

/** Text search over thread titles, people (names, notes, tags) and reminder notes. */
export async function search(db: RapportDB, query: string, { limit = 20 } = {}): Promise<SearchResults> {
  const words = searchWords([query]);
  if (words.length === 0) return { threads: [], people: [], reminders: [], total: { threads: 0, people: 0, reminders: 0 } };
  // Each EntityTable is a Table keyed by a string; its insert type does not matter when reading.
  const asTable = <T>(table: unknown) => table as Table<T, string>;
  return db.transaction('r', db.threads, db.people, db.reminders, async () => {
    const [threads, people, reminders] = await Promise.all([
      searchTable(asTable<ThreadRecord>(db.threads), words, 'lastSeen', limit, true),
      searchTable(asTable<PersonRecord>(db.people), words, 'lastInteraction', limit, true),
      searchTable(asTable<ReminderRecord>(db.reminders), words, 'due', limit, false),
    ]);
    return {
      threads: threads.records,
      people: people.records,
      reminders: reminders.records,
      total: { threads: threads.total, people: people.total, reminders: reminders.total },
    };
  });
}
