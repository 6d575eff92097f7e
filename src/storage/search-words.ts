import type { DBCore, DBCoreCursor, Middleware } from 'dexie';

/**
 * Text search over titles and notes: each searchable record carries `words`, a multiEntry index
 * of its folded words, kept by this middleware on every write and hidden from every read (callers
 * never see or set it). It sits below the validation middleware, so zod never strips it.
 */

/** Words longer than this are cut: nobody types 40 letters to find a thread. */
const MAX_WORD = 32;
/** A long note still indexes its first 400 distinct words. */
const MAX_WORDS = 400;

/** Lower case, accents removed ("Café" finds "cafe"), split on anything but letters and digits. */
export function searchWords(texts: readonly (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(word)) {
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

/** Which fields of which table are searchable. */
export const SEARCHABLE: Readonly<Record<string, (record: Indexed) => (string | undefined)[]>> = {
  threads: (t) => [str(t.title), str(t.community), str(t.author)],
  people: (p) => [str(p.handle), str(p.displayName), str(p.notes), ...strings(p.tags)],
  reminders: (r) => [str(r.note)],
};

function withWords(table: string, value: Indexed): Indexed {
  const source = SEARCHABLE[table];
  return source ? { ...value, words: searchWords(source(value)) } : value;
}

function hide<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !('words' in value)) return value;
  const rest = { ...(value as Indexed) };
  delete rest.words;
  return rest as T;
}

function hideInCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  // The cursor moves on in place, so read its current value on every access.
  return Object.create(cursor, { value: { get: () => hide(cursor.value) } }) as DBCoreCursor;
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
