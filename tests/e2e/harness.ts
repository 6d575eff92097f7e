import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
// @ts-expect-error: plain ESM helper shared with scripts/start.mjs
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../../scripts/chromium.mjs';

export const DIST = resolve('dist/chrome');
export const OUTPUT = resolve('tests/output');

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Host permissions granted as if the person had accepted the browser's prompt (which headless
   * Chromium cannot show): the built extension is copied and its manifest given these hosts.
   */
  grantHosts?: string[];
}

/** Launch headless Chromium with the built extension loaded. No browser is a failure, not a skip. */
export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const executablePath = (findChromium as () => string | undefined)();
  if (!executablePath) throw new Error(INSTALL_HINT as string);
  try {
    readFileSync(join(DIST, 'manifest.json'));
  } catch {
    throw new Error(`No build at ${DIST}: run \`npm run build\` first (npm test does).`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  let dist = DIST;
  if (options.grantHosts) {
    dist = mkdtempSync(join(tmpdir(), 'rapport-ext-'));
    cpSync(DIST, dist, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: options.grantHosts }));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', ...(QUIET_FLAGS as string[])],
  });
  // Nothing reaches the network: any request not routed by a test fails fast.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      if (dist !== DIST) rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Serve a committed fixture at a real site URL, so the manifest's match patterns apply as on the site. */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = readFileSync(resolve('tests/fixtures/sites', fixture), 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Call the background from an extension page, as the popup does. */
export async function sendFromPage(page: Page, type: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ rapport: 1, type: t, payload: p }), [type, payload] as const);
}

/** The tab ids the background holds page reports for (keys `tab:<id>` in storage.session). */
export async function reportedTabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith('tab:'))
      .map((k) => Number(k.slice(4)));
  });
}
