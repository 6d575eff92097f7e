import { weeklyFigures, type WeeklyFigures } from '../core/metrics/weekly';
import type { RapportDB } from './db';
import { BUCKET_HOURS, hourDeltas, hourOf, type HourRow } from './hourly';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const BUCKET_MS = BUCKET_HOURS * 60 * 60 * 1000;

/** The start of the bucket after `ms` (or `ms` itself at a bucket's start). */
const nextBucket = (ms: number): number => Math.ceil(ms / BUCKET_MS) * BUCKET_MS;
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The dashboard's figures for the seven days up to `now` (after `now - 7 days`, up to `now`
 * inclusive, as weeklyFigures counts them): whole four-hour buckets from the running aggregates,
 * and the events of the two partial buckets at the ends from the log itself. Equal to weeklyFigures
 * over the week's events (the tests check it), however busy the week.
 */
export async function weeklyFiguresFromDb(db: RapportDB, now = new Date()): Promise<WeeklyFigures> {
  const to = now.getTime();
  const from = to - WEEK_MS;
  // Whole buckets: [firstHour, lastHour); the rest are read as events.
  const firstHour = nextBucket(from + 1);
  const lastHour = Math.floor(to / BUCKET_MS) * BUCKET_MS;
  return db.transaction('r', db.events, db.hours, async () => {
    if (firstHour >= lastHour) {
      return weeklyFigures(await db.events.where('time').between(iso(from), iso(to), false, true).toArray(), now);
    }
    const [head, tail, rows] = await Promise.all([
      db.events.where('time').between(iso(from), iso(firstHour), false, false).toArray(),
      db.events.where('time').between(iso(lastHour), iso(to), true, true).toArray(),
      db.hours.where('hour').between(hourOf(iso(firstHour)), hourOf(iso(lastHour)), true, false).toArray(),
    ]);
    const edges = hourDeltas([], [...head, ...tail]);
    return figuresOf([...rows, ...edges.values()], from, now);
  });
}

function figuresOf(rows: readonly HourRow[], from: number, now: Date): WeeklyFigures {
  const type = (name: string) => rows.reduce((n, row) => n + (row.types[name] ?? 0), 0);
  const naming = rows.reduce((n, row) => n + row.naming, 0);
  const disclosed = rows.reduce((n, row) => n + row.namingDisclosed, 0);
  const bySite: Record<string, number> = {};
  for (const row of rows) {
    for (const [site, n] of Object.entries(row.repliedBySite)) bySite[site] = (bySite[site] ?? 0) + n;
  }
  for (const site of Object.keys(bySite)) if (bySite[site] === 0) delete bySite[site];
  return {
    from: iso(from),
    to: now.toISOString(),
    surfaced: type('surfaced'),
    replied: type('replied'),
    followedUp: type('followed_up'),
    complaintsResolved: type('complaint_resolved'),
    disclosureRate: naming === 0 ? null : disclosed / naming,
    bySite,
  };
}
