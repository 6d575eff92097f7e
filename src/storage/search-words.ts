import type { DBCore, DBCoreCursor, Middleware } from 'dexie';

/**
 * Text search over titles and notes: each searchable record carries `words`, a multiEntry index
 * of its folded words, kept by this middleware on every write and hidden from every read (callers
 * never see or set it). It sits below the validation middleware, so zod never strips it.
 *
 * Each entry is `word + SEP + rank`, the rank being the record's time (newest first for threads
 * and people, soonest first for reminders): the index then holds each word's records in the order
 * the results are shown, so a search reads the first few keys of a range instead of every match.
 * Chromium checks every index entry it reads against the record, so reading fewer is what counts.
 */

/** Words longer than this are cut: nobody types 40 letters to find a thread. */
const MAX_WORD = 32;
/** A long note still indexes its first 400 distinct words. */
const MAX_WORDS = 400;

/**
 * English words too common to find anything by: not indexed (every entry costs each write and
 * each search that reads it) and not looked up.
 */
const STOP_WORDS = new Set(
  ('an and are as at be but by can could did do does for from had has have he her his how if in is it its me my ' +
    'no not of on or our she so than that the their them then there they this to too up us vs was we were what ' +
    'when which who why will with would you your').split(' '),
);

/** Lower case, accents removed ("Café" finds "cafe"), split on anything but letters and digits. */
export function searchWords(texts: readonly (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
      // One Latin letter or digit finds nothing useful; one character of other scripts may be a word.
      if ((word.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(word)) && !STOP_WORDS.has(word)) {
        if (word) words.add(word.slice(0, MAX_WORD));
      }
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

type Indexed = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** Between a word and its rank: sorts before any letter, so "grinder" entries precede "grinders". */
export const SEP = '\u0001';

/** Digits flipped (0 <-> 9): ISO times then sort newest first as strings. */
const newestFirst = (time: string): string => time.replace(/\d/g, (d) => String(9 - Number(d)));

export interface Searchable {
  /** The record's searchable texts. */
  texts: (record: Indexed) => (string | undefined)[];
  /** The record's rank within a word: entries sort by it. */
  rank: (record: Indexed) => string;
}

/** Which fields of which table are searchable, and in what order their matches come. */
export const SEARCHABLE: Readonly<Record<string, Searchable>> = {
  threads: { texts: (t) => [str(t.title), str(t.community), str(t.author)], rank: (t) => newestFirst(str(t.lastSeen) ?? '') },
  people: {
    texts: (p) => [str(p.handle), str(p.displayName), str(p.notes), ...strings(p.tags)],
    rank: (p) => newestFirst(str(p.lastInteraction) ?? ''),
  },
  reminders: { texts: (r) => [str(r.note)], rank: (r) => str(r.due) ?? '' },
};

/** The index entries of a record. */
export function wordEntries(table: string, record: Indexed): string[] {
  const searchable = SEARCHABLE[table];
  if (!searchable) return [];
  const rank = searchable.rank(record);
  return searchWords(searchable.texts(record)).map((word) => word + SEP + rank);
}

function withWords(table: string, value: Indexed): Indexed {
  return SEARCHABLE[table] ? { ...value, words: wordEntries(table, value) } : value;
}

function hide<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !('words' in value)) return value;
  const rest = { ...(value as Indexed) };
  delete rest.words;
  return rest as T;
}

function hideInCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  // The cursor moves on in place, so its fields are read on every access. In a browser it is a
  // native IDBCursor: its getters and methods must be called on it, not on the wrapper ("Illegal
  // invocation"), which fake-indexeddb's plain objects would not reveal.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => hide(cursor.value) },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: { value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey) },
    advance: { value: (count: number) => cursor.advance(count) },
  }) as DBCoreCursor;
}

export const searchWordsMiddleware: Middleware<{ stack: 'dbcore' } & DBCore> = {
  stack: 'dbcore',
  name: 'rapport-search-words',
  // Lower levels sit closer to IndexedDB: below validate-writes (level 10).
  level: 5,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!SEARCHABLE[name]) return table;
      return {
        ...table,
        mutate: (req) =>
          table.mutate(
            req.type === 'add' || req.type === 'put'
              ? { ...req, values: req.values.map((v: Indexed) => withWords(name, v)) }
              : req,
          ),
        get: async (req) => hide(await table.get(req)),
        getMany: async (req) => (await table.getMany(req)).map(hide),
        query: async (req) => {
          const res = await table.query(req);
          return req.values ? { ...res, result: res.result.map(hide) } : res;
        },
        openCursor: async (req) => hideInCursor(await table.openCursor(req)),
      };
    },
  }),
};
