/**
 * Helpers for code that runs inside the benchmark page (bundled by chromium.ts's bundleForPage):
 * progress notes to the terminal, medians, and the page's long tasks as Chromium reports them.
 */

/** Send a progress note to the terminal (a no-op when nobody listens). */
export function pageProgress(message: string): void {
  const send = (globalThis as { __benchProgress?: (m: string) => unknown }).__benchProgress;
  void send?.(message);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface LongTasks {
  /** Tasks Chromium reported as long (over 50 ms) while `fn` ran. */
  count: number;
  longestMs: number;
}

/** Runs `fn` while watching the main thread's long tasks (PerformanceObserver 'longtask'). */
export async function watchLongTasks<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; longTasks: LongTasks }> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  // Long-task entries arrive after their task ends: let one more task pass.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const entry of observer.takeRecords()) durations.push(entry.duration);
  observer.disconnect();
  return { value, ms, longTasks: { count: durations.length, longestMs: durations.length ? Math.max(...durations) : 0 } };
}

/** Median of `fn`'s time over `reps` runs after `warmup` untimed ones. */
export async function medianMs(fn: (i: number) => Promise<unknown>, reps = 30, warmup = 3): Promise<{ medianMs: number; maxMs: number; reps: number }> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), reps };
}
