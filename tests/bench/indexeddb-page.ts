/**
 * The IndexedDB benchmark's code inside Chromium (bundled by chromium.ts): the raw IndexedDB floor
 * and Rapport's storage on the same data, in the same page. tests/bench/indexeddb.ts drives it.
 */
import { SiteIdSchema } from '../../src/core/post';
import { openDatabase, type RapportDB } from '../../src/storage/db';
import { getThreadByUrl } from '../../src/storage/threads';
import { listEvents } from '../../src/storage/events';
import { dueReminders } from '../../src/storage/reminders';
import { peopleByLastInteraction } from '../../src/storage/people';
import { search } from '../../src/storage/search';
import { weeklyFiguresFromDb } from '../../src/storage/weekly';
import { exportCsv } from '../../src/storage/export/csv';
import { createBackup } from '../../src/storage/export/backup';
import { canonical, GENESIS } from '../../src/storage/export/chain';
import { importBackup } from '../../src/storage/import/import';
import { BACKUP_TABLES } from '../../src/storage/tables';
import type { EngagementEvent, PersonRecord, ReminderRecord, ThreadRecord } from '../../src/storage/schemas';
import { medianMs, pageProgress, watchLongTasks } from './in-page';

export { pageProgress };

/** Fixed, so every run builds the same data: the log runs for a year up to NOW. */
const NOW = new Date('2025-06-30T12:00:00.000Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Titles and notes are drawn from a Zipf-distributed vocabulary (word k about 1/k as frequent as
 * the first), as in real text: a few very common words (many of them stop words), some topic
 * words, and a long tail of 4,000 rarer ones.
 */
const COMMON = ['the', 'my', 'for', 'and', 'best', 'which', 'help', 'anyone', 'tried', 'worth', 'vs', 'review', 'first', 'new', 'old', 'after', 'week', 'month', 'problem', 'question', 'advice', 'looking', 'budget', 'home', 'office', 'small', 'great', 'bad', 'still', 'again', 'finally'];
const TOPIC = ['grinder', 'espresso', 'refund', 'shipping', 'burr', 'kettle', 'roast', 'beans', 'warranty', 'descale', 'latte', 'filter', 'subscription', 'broken', 'recommend', 'cheap', 'quiet', 'travel', 'gift', 'milk'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'shi', 'pel', 'dan', 'qu', 'ost', 'ber', 'fin', 'gal', 'hux', 'jo'];
const TAIL = Array.from({ length: 4_000 }, (_, i) => {
  let word = '';
  for (let n = i + 17; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const VOCABULARY = [...COMMON, ...TOPIC, ...TAIL];
const ZIPF = (() => {
  let sum = 0;
  return VOCABULARY.map((_, k) => (sum += 1 / (k + 1)));
})();
const SITES = SiteIdSchema.options;

export interface Dataset {
  events: EngagementEvent[];
  threads: ThreadRecord[];
  people: PersonRecord[];
  reminders: ReminderRecord[];
}

function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(r() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function makeDataset(counts: { events: number; threads: number; people: number; reminders: number }): Dataset {
  const r = rng(9);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const iso = (ms: number) => new Date(Math.floor(ms)).toISOString();
  const zipfWord = () => {
    const x = r() * ZIPF[ZIPF.length - 1]!;
    let lo = 0;
    let hi = ZIPF.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ZIPF[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo]!;
  };
  const words = (n: number) => Array.from({ length: n }, zipfWord).join(' ');
  const communities = Array.from({ length: 40 }, (_, i) => `r/community${i}`);
  const threads: ThreadRecord[] = Array.from({ length: counts.threads }, (_, i) => {
    const site = pick(SITES);
    const seen = NOW.getTime() - r() * YEAR_MS;
    return {
      key: `${site}:p${i}`, site, postId: `p${i}`, url: `https://example.com/${site}/p${i}`,
      title: `${words(7)} #${i}`, community: pick(communities), author: `user${Math.floor(r() * counts.people)}`,
      firstSeen: iso(seen - 3_600_000), lastSeen: iso(seen), relevance: { score: r(), level: pick(['high', 'medium', 'low'] as const) },
      status: pick(['new', 'saved', 'engaged', 'done', 'dismissed'] as const), demo: false, updatedAt: iso(seen),
    };
  });
  const people: PersonRecord[] = Array.from({ length: counts.people }, (_, i) => {
    const last = NOW.getTime() - r() * YEAR_MS;
    const site = pick(SITES);
    return {
      key: `${site}:user${i}`, site, handle: `user${i}`, displayName: `User ${i}`,
      firstInteraction: iso(last - r() * YEAR_MS), lastInteraction: iso(last), count: 1 + Math.floor(r() * 20),
      notes: r() < 0.6 ? `${words(12)}.` : '', tags: r() < 0.3 ? [pick(['advocate', 'customer', 'critic', 'influencer'])] : [], demo: false, updatedAt: iso(last),
    };
  });
  const events: EngagementEvent[] = Array.from({ length: counts.events }, () => {
    const thread = threads[Math.floor(r() * threads.length)]!;
    const type = pick(['surfaced', 'surfaced', 'surfaced', 'opened', 'opened', 'replied', 'followed_up', 'dismissed', 'reminder_done', 'complaint_resolved'] as const);
    const replied = type === 'replied';
    return {
      id: uuid(r), time: iso(NOW.getTime() - r() * YEAR_MS), type, threadKey: thread.key, site: thread.site,
      community: thread.community!, url: thread.url, title: thread.title!,
      ...(r() < 0.4 ? { personKey: people[Math.floor(r() * people.length)]!.key } : {}),
      namedBrand: replied ? r() < 0.5 : null, disclosed: replied ? r() < 0.8 : null,
      ...(r() < 0.2 ? { note: words(6) } : {}), demo: false,
    };
  });
  const reminders: ReminderRecord[] = Array.from({ length: counts.reminders }, () => {
    const due = NOW.getTime() + (r() - 0.7) * YEAR_MS;
    return {
      id: uuid(r), threadKey: pick(threads).key, due: iso(due), note: words(5), state: r() < 0.2 ? 'open' : 'done',
      createdAt: iso(due - 86_400_000), updatedAt: iso(due - 86_400_000), demo: false,
    };
  });
  return { events, threads, people, reminders };
}

const idbDone = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });

/** Deletes a database and waits until it is gone, so its clean-up does not overlap the next timed step. */
const deleted = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });

function floorCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type Counts = { events: number; threads: number; people: number; reminders: number };
let dataset: { key: string; data: Dataset } | undefined;

/** The run's data, built once: the floor and every Rapport round write the very same events. */
function datasetFor(counts: Counts): Dataset {
  const key = JSON.stringify(counts);
  if (dataset?.key !== key) dataset = { key, data: makeDataset(counts) };
  return dataset.data;
}

/**
 * The floor: plain IndexedDB, no library, no validation. One relaxed-durability transaction puts
 * the events into a store with two indexes; then one getAll reads them back and a CSV string is built.
 */
export async function floor({ counts, csv: withCsv = true }: { counts: Counts; csv?: boolean }) {
  const { events } = datasetFor(counts);
  const count = events.length;
  const name = `floor-${Date.now()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('events', { keyPath: 'id' });
      store.createIndex('time', 'time');
      store.createIndex('community', 'community');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  pageProgress(`floor: inserting ${count} events`);
  let start = performance.now();
  const tx = db.transaction('events', 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('events');
  for (const event of events) store.put(event);
  await idbDone(tx);
  const insertMs = performance.now() - start;

  if (!withCsv) {
    db.close();
    await deleted(name);
    return { count, insertMs, insertPerSec: (count * 1000) / insertMs, csvMs: 0, csvBytes: 0, readBack: 0 };
  }
  pageProgress('floor: reading back and writing CSV');
  start = performance.now();
  const all = await new Promise<EngagementEvent[]>((resolve, reject) => {
    const req = db.transaction('events', 'readonly').objectStore('events').index('time').getAll();
    req.onsuccess = () => resolve(req.result as EngagementEvent[]);
    req.onerror = () => reject(req.error);
  });
  const columns = ['time', 'id', 'type', 'site', 'community', 'title', 'url', 'threadKey', 'personKey', 'namedBrand', 'disclosed', 'note', 'demo'] as const;
  let csv = `${columns.join(',')}\r\n`;
  for (const event of all) csv += `${columns.map((c) => floorCell(String(event[c] ?? ''))).join(',')}\r\n`;
  const csvMs = performance.now() - start;
  db.close();
  await deleted(name);
  return { count, insertMs, insertPerSec: (count * 1000) / insertMs, csvMs, csvBytes: csv.length, readBack: all.length };
}

let rapportDb: RapportDB | undefined;

/**
 * Rapport's write path (Dexie, every record through zod, the hours kept) for the events: one
 * bulkAdd in one transaction into an empty database. `keep` keeps the database for the queries;
 * the other rounds write into a scratch one, deleted after.
 */
export async function insertEvents({ counts, keep = false }: { counts: Counts; keep?: boolean }) {
  const data = datasetFor(counts);
  const name = keep ? 'rapport-bench' : 'rapport-round';
  await deleted(name);
  const db = await openDatabase({ name });
  pageProgress(`rapport: inserting ${data.events.length} events`);
  const start = performance.now();
  await db.transaction('rw', db.events, () => db.events.bulkAdd(data.events));
  const ms = performance.now() - start;
  if (keep) rapportDb = db;
  else {
    db.close();
    await deleted(name);
  }
  return { n: data.events.length, ms, perSec: (data.events.length * 1000) / ms };
}

/** The other tables into the kept database, timed per table. */
export async function insertOthers({ counts }: { counts: Counts }) {
  const data = datasetFor(counts);
  const db = rapportDb!;
  const timed = async (label: string, write: () => Promise<unknown>, n: number) => {
    pageProgress(`rapport: inserting ${n} ${label}`);
    const start = performance.now();
    await write();
    const ms = performance.now() - start;
    return { n, ms, perSec: (n * 1000) / ms };
  };
  return {
    threads: await timed('threads', () => db.transaction('rw', db.threads, () => db.threads.bulkAdd(data.threads)), data.threads.length),
    people: await timed('people', () => db.transaction('rw', db.people, () => db.people.bulkAdd(data.people)), data.people.length),
    reminders: await timed('reminders', () => db.transaction('rw', db.reminders, () => db.reminders.bulkAdd(data.reminders)), data.reminders.length),
    urls: data.threads.filter((_, i) => i % 397 === 0).map((t) => t.url),
  };
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The UI's queries on the full database: medians of repeated runs. */
export async function queries({ urls }: { urls: string[] }) {
  const db = rapportDb!;
  pageProgress('rapport: paged queries');
  const weekStart = (i: number) => new Date(NOW.getTime() - (i % 50) * WEEK_MS - WEEK_MS).toISOString();
  const results = {
    dueReminders: await medianMs(() => dueReminders(db, { limit: 50 })),
    threadByUrl: await medianMs((i) => getThreadByUrl(db, urls[i % urls.length]!)),
    eventsOfAWeek: await medianMs((i) => listEvents(db, { since: weekStart(i), before: new Date(Date.parse(weekStart(i)) + WEEK_MS).toISOString(), limit: 50 })),
    peopleByLastInteraction: await medianMs(() => peopleByLastInteraction(db, { limit: 50 })),
  };
  pageProgress('rapport: weekly figures and search');
  const weekly = await medianMs(() => weeklyFiguresFromDb(db, NOW), 15);
  const week = await weeklyFiguresFromDb(db, NOW);
  const terms = ['grinder', 'milk', 'espresso refund', 'warr', 'descale kettle quiet', 'kalo', 'user42', 'zzzz'];
  const searches = [];
  for (const term of terms) {
    const found = await search(db, term);
    const time = await medianMs(() => search(db, term), 10, 2);
    searches.push({ term, ...time, matches: found.total });
  }
  const weekCount = () => db.events.where('time').between(new Date(NOW.getTime() - WEEK_MS).toISOString(), NOW.toISOString(), false, true).count();
  // A busy week: 10,000 more events in its seven days, the figures read from all of them.
  const r = rng(11);
  const busy = makeDataset({ events: 10_000, threads: 100, people: 50, reminders: 0 }).events.map((e) => ({
    ...e,
    id: crypto.randomUUID(),
    time: new Date(NOW.getTime() - r() * WEEK_MS).toISOString(),
  }));
  await db.transaction('rw', db.events, () => db.events.bulkAdd(busy));
  const busyWeekly = await medianMs(() => weeklyFiguresFromDb(db, NOW), 7, 1);
  const busyEvents = await weekCount();
  await db.events.bulkDelete(busy.map((e) => e.id));
  const checks = {
    dueFirst50: (await dueReminders(db, { limit: 50 })).length,
    threadFound: (await getThreadByUrl(db, urls[0]!)) !== undefined,
    weekEvents: await weekCount(),
  };
  return { ...results, weekly: { ...weekly, figures: week }, busyWeekly: { ...busyWeekly, events: busyEvents }, searches, checks };
}

/** CSV export of the whole log through Rapport's paged export, watching the page's long tasks. */
export async function csvExport() {
  const db = rapportDb!;
  let progressCalls = 0;
  const { value, ms, longTasks } = await watchLongTasks(() =>
    exportCsv(db, {}, { excel: true, onProgress: (p) => {
      progressCalls += 1;
      if (progressCalls % 10 === 0) pageProgress(`rapport: CSV ${p.done}/${p.total}`);
    } }),
  );
  const bytes = value.parts.reduce((n, part) => n + part.length, 0);
  return { ms, longTasks, rows: value.rows, bytes, progressCalls };
}

/** The chain's digests through crypto.subtle, one after another as a chain needs: the measured reason for sha256.ts. */
export async function subtleChain({ count }: { count: number }) {
  const db = rapportDb!;
  const events = await db.events.limit(count).toArray();
  const encoder = new TextEncoder();
  const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  let previous = GENESIS;
  const start = performance.now();
  for (const event of events) previous = hex(await crypto.subtle.digest('SHA-256', encoder.encode(`${previous}\n${canonical(event)}`)));
  const subtleMs = performance.now() - start;
  const { nextHash } = await import('../../src/storage/export/chain');
  let js = GENESIS;
  const jsStart = performance.now();
  for (const event of events) js = nextHash(js, canonical(event));
  const jsMs = performance.now() - jsStart;
  return { count: events.length, subtleMs, jsMs, same: js === previous };
}

/** A full backup, restored into an empty database, compared record by record. */
export async function roundTrip() {
  const db = rapportDb!;
  pageProgress('rapport: backup');
  const backup = await watchLongTasks(() => createBackup(db));
  const text = backup.value.parts.join('');
  await deleted('rapport-restore');
  const target = await openDatabase({ name: 'rapport-restore' });
  pageProgress('rapport: restore');
  const restore = await watchLongTasks(() => importBackup(target, text));
  pageProgress('rapport: comparing');
  let compared = 0;
  let differ = 0;
  for (const { name } of BACKUP_TABLES) {
    const a = await db.table(name).orderBy(':id').toArray();
    const b = await target.table(name).orderBy(':id').toArray();
    if (a.length !== b.length) differ += Math.abs(a.length - b.length);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      compared += 1;
      if (canonical(a[i]) !== canonical(b[i])) differ += 1;
    }
  }
  target.close();
  await deleted('rapport-restore');
  return {
    backupMs: backup.ms, backupLongTasks: backup.longTasks, bytes: text.length, counts: backup.value.counts,
    restoreMs: restore.ms, restoreLongTasks: restore.longTasks, added: restore.value.added, invalid: restore.value.invalid,
    chain: restore.value.chain.status, compared, differ,
  };
}

export async function cleanup() {
  rapportDb?.close();
  await deleted('rapport-bench');
}
