/**
 * `npm run bench -- indexeddb`: Rapport's storage in real headless Chromium (not fake-indexeddb),
 * beside the raw IndexedDB floor measured in the same run. Targets from issue 9: bulk insert at
 * least 0.8x the floor's rate; paged queries under 5 ms median; the weekly figures under 150 ms;
 * text search under 50 ms; CSV export of the whole log within 1.5x the floor's read-and-write, with
 * no task over 50 ms; a backup and restore round trip with every record equal. Figures only:
 * nothing here fails on a timing.
 *
 * The insert is compared in rounds, floor and Rapport taking turns on the same events (floor,
 * Rapport, floor, Rapport, ..., floor): each Rapport round against the mean of the floors either
 * side of it, and the median of those ratios reported with their range. One floor against one
 * Rapport run swung from 0.69x to 0.94x on a 2-core machine shared with other work; each insert's
 * CPU time in Chromium's processes is reported too, as it moves less with the machine's load.
 */
import { join } from 'node:path';
import { bundleForPage, callInPage, chromiumCpuMs, launchBenchBrowser } from './chromium';
import { fixed, int, median, table, type BenchContext, type BenchResult } from './harness';

type Timed = { medianMs: number; maxMs: number; reps: number };
type Counts = Record<string, number>;
type Insert = { n: number; ms: number; perSec: number };
type Cpu = { browserMs: number; rendererMs: number } | null;

/** Rapport's insert rounds, each between two floors; the last round's database is kept for the queries. */
const ROUNDS = 3;

/** `fn`'s result with the CPU time Chromium's processes used meanwhile. */
async function withCpu<T>(fn: () => Promise<T>): Promise<T & { cpu: Cpu }> {
  const before = chromiumCpuMs();
  const value = await fn();
  const after = chromiumCpuMs();
  const cpu = before && after ? { browserMs: after.browserMs - before.browserMs, rendererMs: after.rendererMs - before.rendererMs } : null;
  return { ...value, cpu };
}
const cpuText = (cpu: Cpu) => (cpu ? `${fixed(cpu.browserMs / 1000, 1)} + ${fixed(cpu.rendererMs / 1000, 1)}` : '');
const cpuTotal = (cpu: Cpu) => (cpu ? cpu.browserMs + cpu.rendererMs : Number.NaN);

const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

export async function run({ flags, progress }: BenchContext): Promise<BenchResult> {
  const quick = flags.includes('--quick');
  const counts = quick
    ? { events: 10_000, threads: 2_000, people: 500, reminders: 500 }
    : { events: 100_000, threads: 20_000, people: 5_000, reminders: 5_000 };
  const root = process.env.RAPPORT_ROOT ?? process.cwd();
  progress('indexeddb: bundling the page');
  const script = await bundleForPage(join(root, 'tests/bench/indexeddb-page.ts'));
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.open(script, { progress: (m) => progress(`indexeddb: ${m}`) });
    // Rounds: floor, Rapport, floor, Rapport, ..., floor, all on the same events. The first floor
    // also times its CSV export.
    const floors: ({ insertMs: number; insertPerSec: number; cpu: Cpu })[] = [];
    const rounds: (Insert & { cpu: Cpu; ratio: number })[] = [];
    progress('indexeddb: floor');
    const floor = await withCpu(() => callInPage<{ insertMs: number; insertPerSec: number; csvMs: number; csvBytes: number }>(page, 'floor', { counts }));
    floors.push(floor);
    for (let r = 0; r < ROUNDS; r++) {
      const last = r === ROUNDS - 1;
      const rapport = await withCpu(() => callInPage<Insert>(page, 'insertEvents', { counts, keep: last }));
      floors.push(await withCpu(() => callInPage<{ insertMs: number; insertPerSec: number }>(page, 'floor', { counts, csv: false })));
      const floorRate = (floors[r]!.insertPerSec + floors[r + 1]!.insertPerSec) / 2;
      rounds.push({ ...rapport, ratio: rapport.perSec / floorRate });
      progress(`indexeddb: round ${r + 1} of ${ROUNDS}: ${fixed(rapport.perSec / floorRate)}x the floor`);
    }
    const others = await callInPage<Record<'threads' | 'people' | 'reminders', Insert> & { urls: string[] }>(page, 'insertOthers', { counts });
    const ratios = rounds.map((r) => r.ratio);
    const ratio = median(ratios);
    const cpuRatios = rounds.map((r, i) => (cpuTotal(floors[i]!.cpu) + cpuTotal(floors[i + 1]!.cpu)) / 2 / cpuTotal(r.cpu));
    const insert = { ...others, events: rounds.at(-1)! };
    const q = await callInPage<{
      dueReminders: Timed; threadByUrl: Timed; eventsOfAWeek: Timed; peopleByLastInteraction: Timed;
      weekly: Timed & { figures: Record<string, unknown> };
      busyWeekly: Timed & { events: number };
      searches: (Timed & { term: string; matches: Counts })[];
      checks: { dueFirst50: number; threadFound: boolean; weekEvents: number };
    }>(page, 'queries', { urls: others.urls });
    const csv = await callInPage<{ ms: number; longTasks: { count: number; longestMs: number }; rows: number; bytes: number; progressCalls: number }>(page, 'csvExport');
    const subtle = await callInPage<{ count: number; subtleMs: number; jsMs: number; same: boolean }>(page, 'subtleChain', { count: 10_000 });
    const trip = await callInPage<{
      backupMs: number; backupLongTasks: { count: number; longestMs: number }; bytes: number; counts: Counts;
      restoreMs: number; restoreLongTasks: { count: number; longestMs: number }; added: Counts; invalid: Counts;
      chain: string; compared: number; differ: number;
    }>(page, 'roundTrip');
    await callInPage(page, 'cleanup');

    const csvRatio = csv.ms / floor.csvMs;
    const ms = (t: Timed) => fixed(t.medianMs, 2);
    const lines = [
      `Chromium ${browser.version}, headless, persistent profile; ${int(counts.events)} events, ${int(counts.threads)} threads, ${int(counts.people)} people, ${int(counts.reminders)} reminders.`,
      '',
      ...table(
        ['bulk insert of the events (one transaction)', 'records', 'ms', 'records/s', 'vs floors either side', 'CPU s (Chromium + page)'],
        [
          ...floors.flatMap((f, i) => [
            [`floor: raw IndexedDB, relaxed, 2 indexes${i === 0 ? '' : ' again'}`, int(counts.events), int(f.insertMs), int(f.insertPerSec), '', cpuText(f.cpu)],
            ...(rounds[i] ? [[`Rapport round ${i + 1} (Dexie + zod + hours, 2 indexes)`, int(rounds[i]!.n), int(rounds[i]!.ms), int(rounds[i]!.perSec), `${fixed(rounds[i]!.ratio)}x`, cpuText(rounds[i]!.cpu)]] : []),
          ]),
        ],
        [1, 2, 3, 4, 5],
      ),
      `Rapport's insert vs the floor: median ${fixed(ratio)}x over ${ROUNDS} rounds (${fixed(Math.min(...ratios))}x-${fixed(Math.max(...ratios))}x); target >= 0.80x: ${mark(ratio >= 0.8)}.` +
        (cpuRatios.every(Number.isFinite) ? ` By CPU time in Chromium, the floor's over Rapport's: median ${fixed(median(cpuRatios))}x (${fixed(Math.min(...cpuRatios))}x-${fixed(Math.max(...cpuRatios))}x).` : ''),
      '',
      ...table(
        ['bulk insert, other tables (one transaction each)', 'records', 'ms', 'records/s'],
        [
          ['Rapport threads (5 indexes + search words)', int(insert.threads.n), int(insert.threads.ms), int(insert.threads.perSec)],
          ['Rapport people (search words, tags)', int(insert.people.n), int(insert.people.ms), int(insert.people.perSec)],
          ['Rapport reminders', int(insert.reminders.n), int(insert.reminders.ms), int(insert.reminders.perSec)],
        ],
        [1, 2, 3],
      ),
      '',
      ...table(
        ['query', 'median ms', 'max ms', 'runs', 'target', 'met'],
        [
          ['first 50 due reminders', ms(q.dueReminders), fixed(q.dueReminders.maxMs), String(q.dueReminders.reps), '< 5 ms', mark(q.dueReminders.medianMs < 5)],
          ['thread by URL', ms(q.threadByUrl), fixed(q.threadByUrl.maxMs), String(q.threadByUrl.reps), '< 5 ms', mark(q.threadByUrl.medianMs < 5)],
          ['a page of 50 events of a week', ms(q.eventsOfAWeek), fixed(q.eventsOfAWeek.maxMs), String(q.eventsOfAWeek.reps), '< 5 ms', mark(q.eventsOfAWeek.medianMs < 5)],
          ['50 people by last interaction', ms(q.peopleByLastInteraction), fixed(q.peopleByLastInteraction.maxMs), String(q.peopleByLastInteraction.reps), '< 5 ms', mark(q.peopleByLastInteraction.medianMs < 5)],
          [`weekly figures (the week's ${int(q.checks.weekEvents)} events of ${int(counts.events)})`, ms(q.weekly), fixed(q.weekly.maxMs), String(q.weekly.reps), '< 150 ms', mark(q.weekly.medianMs < 150)],
          [`weekly figures, a busy week (${int(q.busyWeekly.events)} events in it)`, ms(q.busyWeekly), fixed(q.busyWeekly.maxMs), String(q.busyWeekly.reps), '', ''],
          ...q.searches.map((s) => [
            `search "${s.term}" (${int(s.matches.threads ?? 0)} threads, ${int(s.matches.people ?? 0)} people, ${int(s.matches.reminders ?? 0)} reminders)`,
            ms(s), fixed(s.maxMs), String(s.reps), '< 50 ms', mark(s.medianMs < 50),
          ]),
        ],
        [1, 2, 3],
      ),
      '',
      ...table(
        ['CSV export of the whole log', 'rows', 'MB', 'ms', 'vs floor', 'target', 'tasks > 50 ms', 'longest task ms', 'progress calls'],
        [
          ['floor: one getAll, one string', int(counts.events), fixed(floor.csvBytes / 1e6, 1), int(floor.csvMs), '1.00x', '', 'one task', '', ''],
          ['Rapport: pages of 1,000, hash chain, Excel BOM', int(csv.rows), fixed(csv.bytes / 1e6, 1), int(csv.ms), `${fixed(csvRatio)}x`, '<= 1.50x', String(csv.longTasks.count), fixed(csv.longTasks.longestMs, 0), String(csv.progressCalls)],
        ],
        [1, 2, 3, 4, 6, 7, 8],
      ),
      `hash chain of ${int(subtle.count)} events, one digest after another: crypto.subtle ${int(subtle.subtleMs)} ms, Rapport's synchronous SHA-256 ${int(subtle.jsMs)} ms (same head: ${subtle.same ? 'yes' : 'NO'}).`,
      '',
      `JSON backup: ${int(trip.backupMs)} ms, ${fixed(trip.bytes / 1e6, 1)} MB, ${trip.backupLongTasks.count} tasks over 50 ms (longest ${fixed(trip.backupLongTasks.longestMs, 0)} ms).`,
      `restore into an empty database (batches of 250, one transaction each): ${int(trip.restoreMs)} ms, ${int((trip.compared * 1000) / trip.restoreMs)} records/s, ${trip.restoreLongTasks.count} tasks over 50 ms (longest ${fixed(trip.restoreLongTasks.longestMs, 0)} ms), chain ${trip.chain}.`,
      `round trip: ${int(trip.compared)} records compared, ${int(trip.differ)} differ; added ${Object.entries(trip.added).map(([k, v]) => `${k} ${int(v)}`).join(', ')}.`,
    ];
    return { lines, figures: { counts, floors, rounds, insert: { ...insert, urls: undefined, ratio, ratios, cpuRatios }, queries: q, csv: { ...csv, ratio: csvRatio }, subtle, roundTrip: trip } };
  } finally {
    await browser.close();
  }
}
