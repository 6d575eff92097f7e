import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

// Written with .then, not async/await: Dexie's zone (the transaction its middlewares below look
// up) follows its own promises' callbacks, and is lost across a native await.

/**
 * Running aggregates of the engagement log, an `hours` row per four UTC hours with events in
 * them (a row an hour would add a write for nearly every event of a bulk import spread over a
 * year; four hours keep that to a couple of percent), kept
 * by this middleware in the same transaction as every write to `events` (add, put, delete, clear),
 * whichever code path makes it. The dashboard's weekly figures then read 42 small rows and the
 * two partial buckets at the week's ends, however many events the week holds.
 */
export interface HourRow {
  /** The bucket's first hour, 'YYYY-MM-DDTHH' in UTC, HH a multiple of BUCKET_HOURS. */
  hour: string;
  /** Events by type. */
  types: Record<string, number>;
  /** Replies that named the brand with disclosure known, and of those, the disclosed ones. */
  naming: number;
  namingDisclosed: number;
  /** Replies by site. */
  repliedBySite: Record<string, number>;
}

interface EventLike {
  time?: unknown;
  type?: unknown;
  site?: unknown;
  namedBrand?: unknown;
  disclosed?: unknown;
}

export const BUCKET_HOURS = 4;

/** The bucket an ISO time (UTC, as stored) falls in. */
export const hourOf = (time: string): string => {
  const hour = Math.floor(Number(time.slice(11, 13)) / BUCKET_HOURS) * BUCKET_HOURS;
  return `${time.slice(0, 11)}${String(hour).padStart(2, '0')}`;
};

function addTo(rows: Map<string, HourRow>, event: EventLike, sign: 1 | -1): void {
  if (typeof event.time !== 'string' || typeof event.type !== 'string') return;
  const hour = hourOf(event.time);
  const row = rows.get(hour) ?? { hour, types: {}, naming: 0, namingDisclosed: 0, repliedBySite: {} };
  rows.set(hour, row);
  row.types[event.type] = (row.types[event.type] ?? 0) + sign;
  if (event.type !== 'replied') return;
  const site = String(event.site);
  row.repliedBySite[site] = (row.repliedBySite[site] ?? 0) + sign;
  if (event.namedBrand === true && event.disclosed !== null && event.disclosed !== undefined) {
    row.naming += sign;
    if (event.disclosed === true) row.namingDisclosed += sign;
  }
}

function merge(stored: HourRow | undefined, delta: HourRow): HourRow {
  const sum = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
      out[k] = (out[k] ?? 0) + v;
      if (out[k] === 0) delete out[k];
    }
    return out;
  };
  return {
    hour: delta.hour,
    types: sum(stored?.types ?? {}, delta.types),
    naming: (stored?.naming ?? 0) + delta.naming,
    namingDisclosed: (stored?.namingDisclosed ?? 0) + delta.namingDisclosed,
    repliedBySite: sum(stored?.repliedBySite ?? {}, delta.repliedBySite),
  };
}

/** The rows' changes for a batch of removed and added events. */
export function hourDeltas(removed: readonly EventLike[], added: readonly EventLike[]): Map<string, HourRow> {
  const rows = new Map<string, HourRow>();
  for (const event of removed) addTo(rows, event, -1);
  for (const event of added) addTo(rows, event, 1);
  return rows;
}

/** Adds `deltas` to the stored rows (read as `stored`, in the order of `keys`) and writes them back. */
function applyRead(
  down: DBCore,
  trans: DBCoreTransaction,
  deltas: Map<string, HourRow>,
  keys: readonly string[],
  stored: readonly (HourRow | undefined)[],
  res: DBCoreMutateResponse,
): Promise<DBCoreMutateResponse> {
  const hours = down.table('hours');
  const rows = keys.flatMap((key, i) => {
    const delta = deltas.get(key);
    return delta ? [merge(stored[i], delta)] : [];
  });
  const empty = rows.filter((row) => Object.keys(row.types).length === 0).map((row) => row.hour);
  const kept = rows.filter((row) => Object.keys(row.types).length > 0);
  return hours
    .mutate({ trans, type: 'put', values: kept })
    .then(() => (empty.length > 0 ? hours.mutate({ trans, type: 'delete', keys: empty }) : undefined))
    .then(() => res);
}

function apply(down: DBCore, trans: DBCoreTransaction, deltas: Map<string, HourRow>, res: DBCoreMutateResponse): Promise<DBCoreMutateResponse> {
  const keys = [...deltas.keys()];
  return down
    .table('hours')
    .getMany({ trans, keys })
    .then((stored: (HourRow | undefined)[]) => applyRead(down, trans, deltas, keys, stored, res));
}

/**
 * An add: the events' requests go first, then, while IndexedDB writes them, their hours are
 * counted and the rows they touch are asked for, queued right behind the events in the same
 * transaction. Reading the rows only once the events were written (as a put or delete must, to
 * know the old values) left a round trip and the counting of every event at the end of a bulk
 * insert with IndexedDB idle. Events that fail (a key already stored) are left out of the counts.
 */
function addAndCount(down: DBCore, table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'add' }>): Promise<DBCoreMutateResponse> {
  const written = table.mutate(req);
  const deltas = hourDeltas([], req.values as EventLike[]);
  if (deltas.size === 0) return written;
  const keys = [...deltas.keys()];
  const stored = down.table('hours').getMany({ trans: req.trans, keys });
  // Its result is taken once the events are written; should the read fail, so does the transaction.
  stored.catch(() => undefined);
  return written.then((res) => {
    const failures = res.failures ?? {};
    const counted = Object.keys(failures).length === 0 ? deltas : hourDeltas([], req.values.filter((_: unknown, i: number) => !(i in failures)) as EventLike[]);
    return stored.then((rows: (HourRow | undefined)[]) => applyRead(down, req.trans, counted, keys, rows, res));
  });
}

/** The events a write replaces or removes, read first in the same transaction. */
function oldValues(down: DBCore, req: Exclude<DBCoreMutateRequest, { type: 'add' }>): Promise<EventLike[]> {
  const events = down.table('events');
  if (req.type === 'deleteRange') {
    return events
      .query({ trans: req.trans, values: true, query: { index: events.schema.primaryKey, range: req.range } })
      .then(({ result }) => result as EventLike[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: { id?: unknown }) => v.id));
  return events.getMany({ trans: req.trans, keys }).then((values: (EventLike | undefined)[]) => values.filter((v): v is EventLike => v !== undefined));
}

export const hourlyMiddleware: Middleware<{ stack: 'dbcore' } & DBCore> = {
  stack: 'dbcore',
  name: 'rapport-hourly',
  // Below validation (10), the search words (5) and Dexie's hooks (2), which need the calling
  // zone that this middleware's awaits would lose; above Dexie's virtual indexes (1).
  level: 1.5,
  create: (down) => ({
    ...down,
    // A transaction that may write events also writes their hours, so it must hold that table.
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('events') && !stores.includes('hours') ? [...stores, 'hours'] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'events') return table;
      return {
        ...table,
        mutate: (req) => {
          if (req.type === 'add') return addAndCount(down, table, req);
          const write = (removed: EventLike[]) =>
            table.mutate(req).then((res) => {
              const failed = new Set(Object.keys(res.failures ?? {}).map(Number));
              const added = req.type === 'put' ? req.values.filter((_: unknown, i: number) => !failed.has(i)) : [];
              // A failed put leaves its old value: count it back.
              const kept =
                req.type === 'put'
                  ? removed.filter((old) => req.values.some((v: { id?: unknown }, i: number) => failed.has(i) && v.id === (old as { id?: unknown }).id))
                  : [];
              const deltas = hourDeltas(removed, [...added, ...kept]);
              return deltas.size > 0 ? apply(down, req.trans, deltas, res) : res;
            });
          return oldValues(down, req).then(write);
        },
      };
    },
  }),
};
