/**
 * Running a benchmark in real headless Chromium, for `npm run bench` suites that need a browser
 * (IndexedDB, the content script): bundle a TypeScript entry into one script, serve it on a page
 * at an https URL by route fulfilment (nothing reaches the network), call its exported function
 * and collect the JSON it returns. Progress notes from the page reach the terminal.
 *
 * The profile is persistent (a temporary directory), not incognito: incognito keeps IndexedDB in
 * memory, which would flatter storage figures.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
// @ts-expect-error: plain ESM helper shared with scripts/start.mjs and the e2e harness
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../../scripts/chromium.mjs';

/** The global an entry's exports land on in the page. */
const GLOBAL = '__rapportBench';

/**
 * Bundles `entry` (a TS module) and its imports into one classic script that puts the module's
 * exports on `globalThis.__rapportBench`, as the extension's pages get their code: built, minified.
 */
export async function bundleForPage(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: GLOBAL, fileName: () => 'bench.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output[0]! : output).output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} produced no script`);
  return chunk.code;
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Chromium's version string. */
  version: string;
  /** A fresh page at `url` running `script` (from bundleForPage); `progress` hears the page's notes. */
  open(script: string, options?: { url?: string; progress?: (message: string) => void }): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with a throwaway persistent profile; every https request is answered locally or refused. */
export async function launchBenchBrowser(extraArgs: string[] = []): Promise<BenchBrowser> {
  const executablePath = (findChromium as () => string | undefined)();
  if (!executablePath) throw new Error(INSTALL_HINT as string);
  const profile = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...(QUIET_FLAGS as string[]), ...extraArgs],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const version = context.browser()?.version() ?? (await (await context.newPage()).evaluate(() => navigator.userAgent));
  return {
    context,
    version,
    open: async (script, { url = 'https://bench.rapport.test/', progress } = {}) => {
      const origin = new URL(url).origin;
      await context.route(`${origin}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/bench.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script });
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>' });
      });
      const page = await context.newPage();
      if (progress) await page.exposeFunction('__benchProgress', (message: string) => progress(message));
      page.on('pageerror', (error) => progress?.(`page error: ${error.message}`));
      await page.goto(url);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Calls `name(args)` exported by the page's bundle and returns its (JSON-serialisable) result. */
export async function callInPage<T>(page: Page, name: string, args: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([global, fn, a]) => {
      const exports = (globalThis as unknown as Record<string, Record<string, (x: unknown) => Promise<unknown>>>)[global];
      const target = exports?.[fn];
      if (typeof target !== 'function') throw new Error(`the bench bundle exports no ${fn}()`);
      return target(a);
    },
    [GLOBAL, name, args] as const,
  ) as Promise<T>;
}

/**
 * CPU time (user + system, ms) used so far by this process's descendants: the renderer, where the
 * page's script runs, and every other Chromium process (the storage service, where IndexedDB's
 * backend runs, the browser process and its other helpers). Less swayed by other work on the machine than wall-clock time.
 * Linux only (/proc); null elsewhere.
 */
export function chromiumCpuMs(): { browserMs: number; rendererMs: number } | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; ms: number; renderer: boolean }>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command name (which may hold spaces): state, ppid, ..., utime and stime (the 14th and 15th), in 1/100 s.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      stats.set(Number(pid), { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10, renderer: cmdline.includes('--type=renderer') });
    } catch {
      // The process ended meanwhile.
    }
  }
  let browserMs = 0;
  let rendererMs = 0;
  const mine = new Set([process.pid]);
  // A child may be listed before its parent: repeat until no more descendants turn up.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (mine.has(pid) || !mine.has(stat.ppid)) continue;
      mine.add(pid);
      grew = true;
      if (stat.renderer) rendererMs += stat.ms;
      else browserMs += stat.ms;
    }
  }
  return { browserMs, rendererMs };
}
