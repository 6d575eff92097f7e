import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { migrateV1 } from './migrations';
import type {
  EngagementEvent,
  GoalRecord,
  PersonRecord,
  ReminderRecord,
  ReplyRecord,
  SettingRecord,
  ThreadRecord,
} from './schemas';
import { hourDeltas, hourlyMiddleware, type HourRow } from './hourly';
import { searchWordsMiddleware } from './search-words';
import { validateWrites } from './validate-writes';

export const DB_NAME = 'rapport';

export interface DbVersion {
  version: number;
  /** Why this version exists (the issue that needed it). */
  why: string;
  /** Primary key first, then indexed fields only; other fields are stored but not indexed. */
  stores: Record<string, string | null>;
  /** Data migration from the previous version, run once inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * The schema's whole history, oldest first. Never edit a shipped entry: add one. Each version
 * needs its own `db.v<n>.test.ts` that opens the previous version's data and checks the upgrade
 * (schema-history.test.ts fails until it exists).
 *
 * Booleans (`demo`, `done`) are not valid IndexedDB keys, so they are never indexed: a record
 * with `done: true` would simply be missing from a `done` index.
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    why: 'Issue 9: local history of threads, people, reminders, engagement events and settings.',
    stores: {
      threads: 'key, url, lastSeen, status, site',
      events: 'id, time, type, threadKey, [site+time], community',
      people: 'key, lastInteraction, site',
      reminders: 'id, due, threadKey',
      settings: 'key',
    },
  },
  {
    version: 2,
    why:
      'Issue 9: replies sent and received, goals, text search (*words), open reminders by due time, ' +
      'events by community, person and a stable time order, and updatedAt so imports keep the newer copy.',
    stores: {
      threads: 'key, url, lastSeen, status, site, *words',
      // Each index costs every insert a write (compound ones more: measured with npm run bench --
      // indexeddb), and the log is the big table: only the time (which pages the log stably, ties
      // in id order) and community. "Forget this person", rare, scans the log instead.
      // v1's type, threadKey and [site+time] go.
      events: 'id, time, community',
      people: 'key, lastInteraction, site, *words, *tags',
      reminders: 'id, due, threadKey, personKey, [state+due], *words',
      replies: 'id, time, threadKey, personKey',
      goals: 'id',
      settings: 'key',
      // The log's running aggregates by UTC hour (hourly.ts), for the dashboard's weekly figures.
      hours: 'hour',
    },
    upgrade: async (tx) => {
      const now = new Date().toISOString();
      // Every later write keeps the hours; the log written by v1 is counted once here.
      const rows = hourDeltas([], (await tx.table('events').toArray()) as EngagementEvent[]);
      await tx.table('hours').bulkPut([...rows.values()]);
      for (const name of ['threads', 'people', 'reminders'] as const) {
        const migrate = migrateV1[name]!;
        await tx
          .table(name)
          .toCollection()
          .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = migrate(record, now);
          });
      }
    },
  },
];

export interface OpenOptions {
  /** Injected in tests (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
}

/**
 * Chromium's relaxed durability: a transaction completes once the operating system has the data
 * (it survives a crash of the tab or the browser) without waiting for a disk flush, which would
 * cost each write a few milliseconds and a bulk import most of its speed.
 */
const DURABILITY = 'relaxed';

/**
 * Rapport's local database. It lives in the background and extension pages; content scripts
 * reach it by message (IndexedDB opened there would belong to the visited site's origin).
 */
export class RapportDB extends Dexie {
  declare threads: EntityTable<ThreadRecord, 'key'>;
  declare events: EntityTable<EngagementEvent, 'id'>;
  declare people: EntityTable<PersonRecord, 'key'>;
  declare reminders: EntityTable<ReminderRecord, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare replies: EntityTable<ReplyRecord, 'id'>;
  declare goals: EntityTable<GoalRecord, 'id'>;
  declare hours: EntityTable<HourRow, 'hour'>;

  constructor(options: OpenOptions = {}) {
    const { name = DB_NAME, ...dexieOptions } = options;
    super(name, { ...dexieOptions, chromeTransactionDurability: DURABILITY });
    for (const { version, stores, upgrade } of DB_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(validateWrites);
    this.use(searchWordsMiddleware);
    this.use(hourlyMiddleware);
  }
}

/**
 * Opens the database, upgrading it if an older version is stored. Rejects if it cannot be
 * opened (blocked by an older tab, quota, a downgrade), so callers can retry rather than fail later.
 */
export async function openDatabase(options?: OpenOptions): Promise<RapportDB> {
  const db = new RapportDB(options);
  await db.open();
  // Dexie 4 opens a database a newer release upgraded as it is, though its tables may not be ours.
  // (Dexie stores version n as IndexedDB version 10n, plus one when it adapts a schema itself.)
  const stored = Math.floor(db.backendDB().version / 10);
  if (stored > DB_VERSIONS.length) {
    db.close();
    const error = new Error(`Rapport's data was stored by a newer version (${stored}); this one knows up to ${DB_VERSIONS.length}.`);
    error.name = 'VersionError';
    throw error;
  }
  return db;
}
