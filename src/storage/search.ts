import type { Table } from 'dexie';
import type { RapportDB } from './db';
import type { PersonRecord, ReminderRecord, ThreadRecord } from './schemas';
import { SEARCHABLE, searchWords } from './search-words';

export interface SearchResults {
  threads: ThreadRecord[];
  people: PersonRecord[];
  reminders: ReminderRecord[];
  /** How many matched: exact for several words; for one word, up to PER_WORD of its matches. */
  total: { threads: number; people: number; reminders: number };
  /** True where more may match than `total` says (one word that matched more than PER_WORD records). */
  more: { threads: boolean; people: boolean; reminders: boolean };
}

/**
 * Each word's matches are read up to this many, best first (see search-words.ts: entries sort by
 * word, then newest first), so a common word costs no more than a rare one.
 */
export const PER_WORD = 400;

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

/** Reading a record costs about this many index keys: past it, a word's keys are read instead. */
const RECORD_COST = 10;

async function searchTable<T>(name: string, table: Table<T, string>, words: string[], limit: number): Promise<{ records: T[]; total: number; more: boolean }> {
  if (words.length === 1) return oneWord(name, table, words[0]!, limit);
  // Several words: count each word's matches (the index counts without reading), start from the
  // rarest word's keys, and narrow them word by word, rarest first, stopping once none are left.
  // A query of common words that never meet costs a few counts and one short list, not every match.
  const range = (word: string) => table.where('words').between(word, `${word}\uffff`, true, true);
  const counts = await Promise.all(words.map((word) => range(word).count()));
  const order = words.map((_, i) => i).sort((a, b) => counts[a]! - counts[b]!);
  const checked = new Map<string, T>();
  let keys = counts[order[0]!] === 0 ? [] : [...new Set(await range(words[order[0]!]!).primaryKeys())];
  for (const i of order.slice(1)) {
    if (keys.length === 0) break;
    if (keys.length * RECORD_COST < counts[i]!) {
      // Few candidates, a common word: check the candidates themselves.
      const missing = keys.filter((key) => !checked.has(key));
      const records = await table.bulkGet(missing);
      records.forEach((record, j) => record && checked.set(missing[j]!, record));
      keys = keys.filter((key) => {
        const record = checked.get(key);
        return record !== undefined && holdsAll(name, record as Record<string, unknown>, [words[i]!]);
      });
    } else {
      const other = new Set(await range(words[i]!).primaryKeys());
      keys = keys.filter((key) => other.has(key));
    }
  }
  return { records: await pick(name, table, keys, limit, checked), total: keys.length, more: false };
}

/** One word: its first PER_WORD matches, best first (a common word costs what a rare one does). */
async function oneWord<T>(name: string, table: Table<T, string>, word: string, limit: number): Promise<{ records: T[]; total: number; more: boolean }> {
  const hits = await wordHits(table as Table<unknown, string>, word, PER_WORD);
  return { records: await pick(name, table, hits.keys, limit, new Map()), total: hits.keys.length, more: !hits.complete };
}

/** The first `limit` of the matches, read (those not read yet) and ranked. */
async function pick<T>(name: string, table: Table<T, string>, keys: readonly string[], limit: number, known: Map<string, T>): Promise<T[]> {
  const picked = keys.slice(0, limit);
  const missing = picked.filter((key) => !known.has(key));
  const fetched = await table.bulkGet(missing);
  missing.forEach((key, i) => fetched[i] && known.set(key, fetched[i]!));
  const rank = SEARCHABLE[name]!.rank;
  return picked
    .map((key) => known.get(key))
    .filter((r): r is T => r !== undefined)
    .sort((a, b) => (rank(a as Record<string, unknown>) < rank(b as Record<string, unknown>) ? -1 : 1));
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
