import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patternCovers } from '../../src/background/site-mode';
import { sites } from '../../src/sites/registry';
import { launchExtension, screenshot, sendFromPage, serveFixture, type Extension } from './harness';

/**
 * Rapport beyond the manifest's fixed hosts. Headless Chromium cannot show the browser's
 * permission prompt, so the hosts are granted up front (as if the person had accepted it): the
 * popup's request then resolves at once, and everything after it is what runs for users.
 */
interface Fixture {
  site: string;
  name: string;
  url: string;
  posts: number;
  profile?: Record<string, string[]>;
}

function fixturesOf(id: string): Fixture[] {
  return readdirSync(`tests/fixtures/sites/${id}`)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => ({ site: id, name: f.replace('.expect.json', ''), ...(JSON.parse(readFileSync(`tests/fixtures/sites/${id}/${f}`, 'utf8')) as Omit<Fixture, 'site' | 'name'>) }));
}

const onDemand = sites.filter((s) => s.onDemand).flatMap((s) => fixturesOf(s.id));
// A page of any-host software (Mastodon, Discourse), served on a host the registry does not list
// (a brand's own forum, a small server): each such site's first fixture, moved to such a host.
const elsewhere = sites
  .filter((s) => s.anyHost)
  .map((s) => {
    const fixture = fixturesOf(s.id)[0]!;
    const url = new URL(fixture.url);
    url.hostname = `${s.id}.example-coop.org`;
    expect(s.matches.some((p) => patternCovers(p, url))).toBe(false);
    return { ...fixture, url: url.href };
  });

const PROFILE = { brandNames: ['Brightbrew'], competitors: ['Breville', 'Gaggia'], topics: ['espresso machine', 'espresso'] };

let ext: Extension;
let options: Page;
beforeAll(async () => {
  const hosts = [...onDemand, ...elsewhere].map((f) => `${new URL(f.url).origin}/*`);
  ext = await launchExtension({ grantHosts: [...new Set(hosts)] });
  options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
});
afterAll(async () => ext?.close());

async function openTab(fixture: Fixture): Promise<{ page: Page; tabId: number }> {
  const saved = await sendFromPage(options, 'profile/save', { profile: fixture.profile ?? PROFILE });
  expect(saved.ok).toBe(true);
  await serveFixture(ext.context, fixture.url, `${fixture.site}/${fixture.name}.html`);
  const page = await ext.context.newPage();
  await page.goto(fixture.url);
  const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab: { url?: string }) => tab.url === url)?.id ?? -1, fixture.url);
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}

const marks = (page: Page) => page.locator('[data-rapport-level], [data-rapport-badge], [data-rapport-panel]').count();

describe.each(onDemand)('on demand: $site $name', (fixture) => {
  it('reads the page only when asked in the popup, shows the results there, and writes nothing into the page', async () => {
    const { page, tabId } = await openTab(fixture);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await expect.poll(async () => (await sendFromPage(popup, 'tab/report', { tabId })).data as { scanned: number } | null).toMatchObject({ scanned: fixture.posts });
    await popup.reload();
    await popup.getByRole('button', { name: 'Read again' }).waitFor();
    await screenshot(popup, `popup-on-demand-${fixture.site}-${fixture.name}`);
    expect(await marks(page)).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe.each(elsewhere)('any host: $site $name', (fixture) => {
  it('is turned on from the popup for that host, then read on every page of it', async () => {
    const { page, tabId } = await openTab(fixture);
    await page.waitForTimeout(500);
    expect(await marks(page)).toBe(0);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Use Rapport on this site' }).click();
    await expect.poll(() => page.locator('[data-rapport-level]').count(), { timeout: 15_000 }).toBe(fixture.posts);
    await screenshot(popup, `popup-any-host-${fixture.site}-${fixture.name}`);

    // Registered for the host: a fresh load of a page there is read without asking again.
    const again = await ext.context.newPage();
    await again.goto(fixture.url);
    await expect.poll(() => again.locator('[data-rapport-level]').count(), { timeout: 15_000 }).toBe(fixture.posts);

    // And turned off again from the popup.
    await popup.reload();
    await popup.getByRole('button', { name: /^Stop using Rapport on/ }).click();
    await expect.poll(async () => ((await sendFromPage(popup, 'sites/enabled-hosts', {})).data as { origins: string[] }).origins).toEqual([]);
    const after = await ext.context.newPage();
    await after.goto(fixture.url);
    await after.waitForTimeout(800);
    expect(await marks(after)).toBe(0);
    await Promise.all([page.close(), again.close(), after.close(), popup.close()]);
  });
});
