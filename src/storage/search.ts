import type { Table } from 'dexie';
import type { RapportDB } from './db';
import type { PersonRecord, ReminderRecord, ThreadRecord } from './schemas';
import { SEARCHABLE, searchWords } from './search-words';

export interface SearchResults {
  threads: ThreadRecord[];
  people: PersonRecord[];
  reminders: ReminderRecord[];
  /** How many matched, counting up to PER_WORD of each word's matches. */
  total: { threads: number; people: number; reminders: number };
  /** True where more may match than `total` says (a word matched more than PER_WORD records). */
  more: { threads: boolean; people: boolean; reminders: boolean };
}

/**
 * Each word's matches are read up to this many, best first (see search-words.ts: entries sort by
 * word, then newest first), so a common word costs no more than a rare one.
 */
export const PER_WORD = 400;
/** The second reach, before reading a word's every match. */
const WIDER = 2_000;

interface Hits {
  keys: string[];
  /** Every match of the word was read. */
  complete: boolean;
}

async function wordHits(table: Table<unknown, string>, word: string, cap: number): Promise<Hits> {
  // Prefix match: "grind" finds "grinder". A record holding two such words appears twice.
  const range = table.where('words').between(word, `${word}\uffff`, true, true);
  const keys = await (Number.isFinite(cap) ? range.limit(cap + 1) : range).primaryKeys();
  return { keys: [...new Set(keys.slice(0, cap))], complete: keys.length <= cap };
}

/** Does the record hold every query word (as a prefix of one of its words)? */
function holdsAll(table: string, record: Record<string, unknown>, words: string[]): boolean {
  const own = searchWords(SEARCHABLE[table]!.texts(record));
  return words.every((word) => own.some((w) => w.startsWith(word)));
}

async function searchTable<T>(name: string, table: Table<T, string>, words: string[], limit: number, cap = PER_WORD): Promise<{ records: T[]; total: number; more: boolean }> {
  const lists = await Promise.all(words.map((word) => wordHits(table as Table<unknown, string>, word, cap)));
  // The candidates: the smallest complete list (exact), or failing that the shortest one.
  const base = [...lists].sort((a, b) => Number(b.complete) - Number(a.complete) || a.keys.length - b.keys.length)[0]!;
  const others = lists.filter((list) => list !== base).map((list) => ({ ...list, set: new Set(list.keys) }));
  const candidates = base.keys.filter((key) => others.every((o) => o.set.has(key) || !o.complete));
  // A candidate missing from a capped list may still hold that word further down it: read and check.
  const unsure = candidates.filter((key) => others.some((o) => !o.set.has(key)));
  // Reading further down the words' lists costs less than reading records to check them.
  if (unsure.length > 0 && cap < WIDER) return searchTable(name, table, words, limit, WIDER);
  const checked = new Map<string, T>();
  if (unsure.length > 0) {
    const records = await table.bulkGet(unsure);
    records.forEach((record, i) => {
      if (record && holdsAll(name, record as Record<string, unknown>, words)) checked.set(unsure[i]!, record);
    });
  }
  const unsureSet = new Set(unsure);
  const matched = candidates.filter((key) => !unsureSet.has(key) || checked.has(key));
  // Common words that seldom meet: the first matches of each held too few, so read further.
  if (matched.length < limit && !base.complete) return searchTable(name, table, words, limit, cap < WIDER ? WIDER : Infinity);
  const picked = matched.slice(0, limit);
  const missing = picked.filter((key) => !checked.has(key));
  const fetched = await table.bulkGet(missing);
  missing.forEach((key, i) => fetched[i] && checked.set(key, fetched[i]!));
  const rank = SEARCHABLE[name]!.rank;
  const records = picked
    .map((key) => checked.get(key))
    .filter((r): r is T => r !== undefined)
    .sort((a, b) => (rank(a as Record<string, unknown>) < rank(b as Record<string, unknown>) ? -1 : 1));
  return { records, total: matched.length, more: lists.some((list) => !list.complete) };
}

/**
 * Text search over thread titles, people (names, notes, tags) and reminder notes: every query
 * word must match the start of a word, accents and case aside. Threads and people come newest
 * first, reminders soonest first.
 */
export async function search(db: RapportDB, query: string, { limit = 20 } = {}): Promise<SearchResults> {
  const words = searchWords([query]);
  if (words.length === 0) {
    return { threads: [], people: [], reminders: [], total: { threads: 0, people: 0, reminders: 0 }, more: { threads: false, people: false, reminders: false } };
  }
  // Each EntityTable is a Table keyed by a string; its insert type does not matter when reading.
  const asTable = <T>(table: unknown) => table as Table<T, string>;
  return db.transaction('r', db.threads, db.people, db.reminders, async () => {
    const [threads, people, reminders] = await Promise.all([
      searchTable('threads', asTable<ThreadRecord>(db.threads), words, limit),
      searchTable('people', asTable<PersonRecord>(db.people), words, limit),
      searchTable('reminders', asTable<ReminderRecord>(db.reminders), words, limit),
    ]);
    return {
      threads: threads.records,
      people: people.records,
      reminders: reminders.records,
      total: { threads: threads.total, people: people.total, reminders: reminders.total },
      more: { threads: threads.more, people: people.more, reminders: reminders.more },
    };
  });
}
