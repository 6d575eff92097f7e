import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, reportedTabIds, screenshot, sendFromPage, serveFixture, type Extension } from './harness';

/** The thin end-to-end path: read posts, mark them, list them in the popup, log "I replied", export. */
const expectOf = (fixture: string) =>
  JSON.parse(readFileSync(`tests/fixtures/sites/${fixture.replace(/\.html$/, '.expect.json')}`, 'utf8')) as {
    url: string;
    posts: number;
  };

const PROFILE: Record<string, string> = {
  brandNames: 'Brightbrew',
  products: 'Brightbrew Duo\nBrightbrew Mill 60',
  competitors: 'Breville\nGaggia\nBaratza',
  topics: 'espresso machine\nburr grinder\nespresso',
  domains: 'brightbrew.example',
};

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  for (const [field, value] of Object.entries(PROFILE)) await options.locator(`textarea[name="${field}"]`).fill(value);
  await options.getByRole('button', { name: 'Save profile' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
});
afterAll(async () => ext?.close());

async function openSite(fixture: string): Promise<{ page: Page; expected: { url: string; posts: number } }> {
  const expected = expectOf(fixture);
  await serveFixture(ext.context, expected.url, fixture);
  const page = await ext.context.newPage();
  await page.goto(expected.url);
  // Posts with no word of the profile are marked at once; the others when the background's verdicts come.
  await expect.poll(() => page.locator('[data-rapport-level]').count(), { timeout: 15_000 }).toBe(expected.posts);
  return { page, expected };
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

describe.each(['hacker-news/item.html', 'reddit/thread.html'])('on %s served at its real URL', (fixture) => {
  it('reads every post, marks the relevant ones and shows badges the page cannot reach into', async () => {
    const { page, expected } = await openSite(fixture);
    const counts = await levels(page);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(expected.posts);
    expect(counts.high ?? 0).toBeGreaterThan(0);
    expect((counts.none ?? 0) + (counts.low ?? 0)).toBeGreaterThan(0);
    const badges = page.locator('[data-rapport-badge]');
    expect(await badges.count()).toBe((counts.high ?? 0) + (counts.medium ?? 0));
    // Closed shadow roots: the page's own scripts see a host element and nothing inside it.
    expect(await badges.first().evaluate((el) => el.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
    await screenshot(page, `site-${fixture.replace(/[/.]/g, '-')}`);
    await page.close();
  });
});

describe('from the popup to the engagement log', () => {
  it('lists the tab\'s relevant posts, logs "I replied" in Dexie, and exports it as CSV', async () => {
    const { page } = await openSite('hacker-news/item.html');
    await expect.poll(async () => (await reportedTabIds(ext.worker)).length).toBeGreaterThan(0);
    const report = await ext.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).find(([, r]) => (r as { url: string }).url.includes('news.ycombinator.com'))!;
    });
    const tabId = Number(report[0].slice(4));

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    const items = popup.getByRole('list', { name: 'Relevant conversations on this page' }).locator(':scope > li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    await screenshot(popup, 'popup-hacker-news');
    const firstTitle = (await items.first().locator('.post-title').textContent())!;
    await items.first().getByRole('button', { name: 'I replied' }).click();
    await items.first().getByText(/^Logged\. I'll remind you to check back/).waitFor();

    // Read back through the background from Dexie, as the dashboard does.
    const events = await sendFromPage(popup, 'events/list', { limit: 10 });
    expect(events.ok).toBe(true);
    expect(events.data).toEqual([
      expect.objectContaining({ type: 'replied', site: 'hacker-news', title: firstTitle, demo: false, personKey: expect.stringMatching(/^hacker-news:/) }),
    ]);
    // The same click counted the person and set a reminder to check back for answers.
    const person = (events.data as { personKey: string }[])[0]!.personKey;
    const people = await sendFromPage(popup, 'people/list', { limit: 10 });
    expect(people.data).toEqual([expect.objectContaining({ key: person, count: 1 })]);
    const due = await sendFromPage(popup, 'reminders/due', { limit: 10, until: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(due.data).toEqual([expect.objectContaining({ personKey: person, note: `Check back for answers: ${firstTitle.slice(0, 160)}` })]);

    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-engagement-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('time,id,type,site,community,title,url,thread,person,named_brand,disclosed,note,demo,hash');
    expect(row).toContain(',replied,hacker-news,');
    expect(row).toMatch(/,[0-9a-f]{64}$/);
    expect(end).toBe('');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});
