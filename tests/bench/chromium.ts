/**
 * Running a benchmark in real headless Chromium, for `npm run bench` suites that need a browser
 * (IndexedDB, the content script): bundle a TypeScript entry into one script, serve it on a page
 * at an https URL by route fulfilment (nothing reaches the network), call its exported function
 * and collect the JSON it returns. Progress notes from the page reach the terminal.
 *
 * The profile is persistent (a temporary directory), not incognito: incognito keeps IndexedDB in
 * memory, which would flatter storage figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
