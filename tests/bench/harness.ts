/**
 * `npm run bench` helpers shared by the suites: a timed loop, medians and a plain-text table.
 * Benchmarks print figures; they never assert timings (tests do not either).
 */

/** What a suite hands back to scripts/bench.mjs: the lines it prints and the figures it saves as JSON. */
export interface BenchResult {
  lines: string[];
  figures: Record<string, unknown>;
}

export interface BenchContext {
  /** Command-line flags after the suite names, e.g. `--quick`. */
  flags: string[];
  /** Progress notes for a person waiting (stderr); not part of the result. */
  progress: (message: string) => void;
}

export type Suite = (context: BenchContext) => Promise<BenchResult>;

export interface LoopOptions {
  /** Untimed passes before measuring, so the JIT has settled. */
  warmupMs: number;
  /** Total timed budget, split evenly over `reps` repetitions. */
  budgetMs: number;
  reps: number;
}

export interface Throughput {
  /** Median over the repetitions. */
  opsPerSec: number;
  usPerOp: number;
  /** Each repetition's operations per second, in run order. */
  repOpsPerSec: number[];
  /** (max - min) / median over the repetitions: how steady the machine was. */
  spread: number;
  totalOps: number;
}

// Every loop's checksum lands here so the optimiser cannot drop the work it measures.
let sink = 0;
export function sinkValue(): number {
  return sink;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Operations between two clock reads: cheap next to a clock read even at a few µs an operation. */
const CHECK_EVERY = 8;

/**
 * Call `step(i)` (operation i of a fixed work list of `n`, returning a checksum) over and over,
 * cycling through the list, until each repetition's share of the budget has elapsed, after a
 * warm-up. The clock is read every few operations, so a slow list does not overrun the budget.
 * Single-threaded.
 */
export function throughput(step: (i: number) => number, n: number, options: LoopOptions): Throughput {
  let i = 0;
  const runFor = (ms: number): { ops: number; elapsed: number } => {
    let ops = 0;
    let sum = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (let k = 0; k < CHECK_EVERY; k++) {
        sum += step(i);
        i = i + 1 === n ? 0 : i + 1;
      }
      ops += CHECK_EVERY;
      elapsed = performance.now() - start;
    } while (elapsed < ms);
    sink += sum;
    return { ops, elapsed };
  };

  runFor(options.warmupMs);
  const repOpsPerSec: number[] = [];
  let totalOps = 0;
  for (let r = 0; r < options.reps; r++) {
    const { ops, elapsed } = runFor(options.budgetMs / options.reps);
    repOpsPerSec.push((ops * 1000) / elapsed);
    totalOps += ops;
  }
  const opsPerSec = median(repOpsPerSec);
  return {
    opsPerSec,
    usPerOp: 1e6 / opsPerSec,
    repOpsPerSec,
    spread: (Math.max(...repOpsPerSec) - Math.min(...repOpsPerSec)) / opsPerSec,
    totalOps,
  };
}

/** Time one call in microseconds (hrtime: fine-grained enough for a single short call). */
export function timeOnceUs(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  const value = fn();
  const ns = process.hrtime.bigint() - start;
  if (value === undefined) sink += 1;
  return Number(ns) / 1000;
}

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** 123456.7 -> "123,457". */
export const int = (x: number): string => grouping.format(Math.round(x));
/** A figure with `digits` decimals. */
export const fixed = (x: number, digits = 2): string => x.toFixed(digits);
export const percent = (x: number): string => `±${Math.round((x * 100) / 2)}%`;

/**
 * A plain-text table: header row, a rule, then rows. Columns listed in `right` are right-aligned
 * (numbers); the others left-aligned.
 */
export function table(header: string[], rows: string[][], right: number[] = []): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
