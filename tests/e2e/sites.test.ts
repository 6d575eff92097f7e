import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../../src/sites/registry';
import { launchExtension, screenshot, sendFromPage, serveFixture, type Extension } from './harness';

/**
 * Every registered site, every committed fixture: the built extension in Chromium, the page served
 * at its real URL. Each page's posts are all read and marked (`data-rapport-level`), the relevant
 * ones get badges, and the tab's report counts what was read. A site added to the registry is
 * tested here with no further code (its fixtures are found by the convention test).
 */

interface ExpectFile {
  url: string;
  posts: number;
  /** A brand profile that some posts of this page matter to (else the coffee one below). */
  profile?: Record<string, string[]>;
  /** At least this many posts should be worth showing (high or medium) under that profile. */
  relevant?: number;
}

const DEFAULT_PROFILE = {
  brandNames: ['Brightbrew'],
  products: ['Brightbrew Duo', 'Brightbrew Mill 60'],
  competitors: ['Breville', 'Gaggia', 'Baratza'],
  topics: ['espresso machine', 'burr grinder', 'espresso'],
  domains: ['brightbrew.example'],
};

const fixtures = sites
  .filter((site) => site.id !== 'demo')
  .flatMap((site) =>
    readdirSync(`tests/fixtures/sites/${site.id}`)
      .filter((f) => f.endsWith('.expect.json'))
      .map((file) => ({ site, name: file.replace('.expect.json', ''), expected: JSON.parse(readFileSync(`tests/fixtures/sites/${site.id}/${file}`, 'utf8')) as ExpectFile })),
  );

let ext: Extension;
let extensionPage: Page;
beforeAll(async () => {
  ext = await launchExtension();
  extensionPage = await ext.context.newPage();
  await extensionPage.goto(ext.url('src/options/index.html'));
});
afterAll(async () => ext?.close());

async function useProfile(profile: Record<string, string[]>): Promise<void> {
  const answer = await sendFromPage(extensionPage, 'profile/save', { profile });
  expect(answer.ok, answer.error).toBe(true);
}

async function levels(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-rapport-level]', (els) =>
    els.reduce<Record<string, number>>((acc, el) => {
      const level = el.getAttribute('data-rapport-level')!;
      acc[level] = (acc[level] ?? 0) + 1;
      return acc;
    }, {}),
  );
}

const reportFor = (url: string) =>
  ext.worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    return (Object.values(all) as { url: string; scanned: number; posts: unknown[] }[]).find((r) => r.url === u) ?? null;
  }, url);

/** Whether a match pattern (https://host/* or https://*.host/*) covers the URL. */
function covered(patterns: readonly string[], url: string): boolean {
  const { hostname } = new URL(url);
  return patterns.some((pattern) => {
    const host = pattern.slice('https://'.length, -'/*'.length);
    return host.startsWith('*.') ? hostname.endsWith(host.slice(1)) || hostname === host.slice(2) : hostname === host;
  });
}

describe.each(fixtures)('$site.name: $name', ({ site, name, expected }) => {
  if (site.onDemand) {
    it('injects nothing into the page: reading it is on demand only', async () => {
      await serveFixture(ext.context, expected.url, `${site.id}/${name}.html`);
      const page = await ext.context.newPage();
      await page.goto(expected.url);
      await page.waitForTimeout(1_000);
      expect(await page.locator('[data-rapport-level], [data-rapport-badge], [data-rapport-panel]').count()).toBe(0);
      expect(await reportFor(expected.url)).toBeNull();
      await page.close();
    });
    return;
  }
  if (!covered(site.matches, expected.url)) {
    it('is left alone on a host the person has not turned Rapport on for', async () => {
      await serveFixture(ext.context, expected.url, `${site.id}/${name}.html`);
      const page = await ext.context.newPage();
      await page.goto(expected.url);
      await page.waitForTimeout(1_000);
      expect(await page.locator('[data-rapport-level]').count()).toBe(0);
      await page.close();
    });
    return;
  }
  it('reads and marks every post at the real URL, badges what matters, and reports the count', async () => {
    await useProfile(expected.profile ?? DEFAULT_PROFILE);
    await serveFixture(ext.context, expected.url, `${site.id}/${name}.html`);
    const page = await ext.context.newPage();
    await page.goto(expected.url);
    await expect.poll(async () => page.locator('[data-rapport-level]').count(), { timeout: 15_000 }).toBe(expected.posts);
    const counts = await levels(page);
    const shown = (counts.high ?? 0) + (counts.medium ?? 0);
    if (expected.relevant !== undefined) expect(shown).toBeGreaterThanOrEqual(expected.relevant);
    // Badges are built as their posts come within a few screens of the viewport: read down the
    // page as a person would, then every post worth showing has one.
    await page.evaluate(async () => {
      for (const post of document.querySelectorAll('[data-rapport-level="high"], [data-rapport-level="medium"]')) {
        post.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      scrollTo(0, 0);
    });
    await expect.poll(async () => page.locator('[data-rapport-badge]').count()).toBe(shown);
    if (shown > 0) {
      // The panel lists them; its shadow root, like the badges', is closed to the page.
      await page.locator('[data-rapport-panel]').waitFor({ state: 'attached' });
      expect(await page.locator('[data-rapport-badge]').first().evaluate((el) => el.shadowRoot)).toBeNull();
    }
    await expect.poll(async () => (await reportFor(expected.url))?.scanned).toBe(expected.posts);
    await screenshot(page, `site-${site.id}-${name}`);
    await page.close();
  });
});
