import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, sendFromPage, serveFixture, type Extension } from './harness';

/**
 * Pages that change after load: infinite scroll appends posts, virtualised lists put another post
 * into a node already read, single-page apps navigate without a load. Only new or changed nodes
 * are read; a navigation starts afresh.
 */
const expectOf = (site: string, name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/sites/${site}/${name}.expect.json`, 'utf8')) as { url: string; posts: number };

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  const saved = await sendFromPage(options, 'profile/save', {
    profile: { brandNames: ['Brightbrew'], competitors: ['Breville', 'Gaggia', 'Baratza'], topics: ['espresso machine', 'burr grinder', 'espresso'] },
  });
  expect(saved.ok).toBe(true);
});
afterAll(async () => ext?.close());

const marked = (page: Page) => page.locator('[data-rapport-level]').count();
const reports = () => ext.worker.evaluate(async () => Object.values(await chrome.storage.session.get(null)) as { url: string; scanned: number }[]);

async function open(site: string, name: string): Promise<{ page: Page; posts: number; url: string }> {
  const { url, posts } = expectOf(site, name);
  await serveFixture(ext.context, url, `${site}/${name}.html`);
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => marked(page), { timeout: 15_000 }).toBe(posts);
  return { page, posts, url };
}

describe('a page that changes', () => {
  it('builds the badge of a relevant post far down the page only when the person scrolls toward it', async () => {
    // X's home fixture: media placeholders as wide as the page make it many screens tall.
    const { page } = await open('x', 'home');
    const far = await page.evaluate(() => {
      const relevant = [...document.querySelectorAll('[data-rapport-level="high"], [data-rapport-level="medium"]')];
      const last = relevant.at(-1);
      return last ? { top: last.getBoundingClientRect().top / innerHeight, relevant: relevant.length } : null;
    });
    expect(far).not.toBeNull();
    expect(far!.top).toBeGreaterThan(5);
    const badgeOfLast = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-rapport-level="high"], [data-rapport-level="medium"]')].at(-1)!.querySelector('[data-rapport-badge]') !== null);
    await expect.poll(() => page.locator('[data-rapport-badge]').count()).toBeGreaterThan(0);
    expect(await badgeOfLast()).toBe(false);
    await page.evaluate(() => [...document.querySelectorAll('[data-rapport-level="high"], [data-rapport-level="medium"]')].at(-1)!.scrollIntoView({ block: 'center' }));
    await expect.poll(badgeOfLast).toBe(true);
    await page.close();
  });

  it('reads posts appended by infinite scroll, and only those', async () => {
    const { page, posts, url } = await open('hacker-news', 'front');
    // What a "load more" userscript does: the next page's rows appended to the table.
    await page.evaluate(() => {
      const rows = [...document.querySelectorAll('tr.athing')];
      const body = rows[0]!.parentElement!;
      for (const row of rows) {
        const copy = row.cloneNode(true) as HTMLElement;
        copy.id = `9${row.id}`;
        copy.removeAttribute('data-rapport-level');
        const meta = row.nextElementSibling!.cloneNode(true);
        body.append(copy, meta);
      }
    });
    await expect.poll(() => marked(page)).toBe(posts * 2);
    await expect.poll(async () => (await reports()).find((r) => r.url === url)?.scanned).toBe(posts * 2);
    await page.close();
  });

  it('reads a node again when it is recycled for another post, and not otherwise', async () => {
    const { page, url, posts } = await open('hacker-news', 'item');
    const before = (await reports()).find((r) => r.url === url)?.scanned;
    expect(before).toBe(posts);
    // A virtualised list reuses the node: new id, new text inside it.
    await page.evaluate(() => {
      const row = document.querySelectorAll('tr.athing.comtr')[2]!;
      row.id = '77777777';
      const text = row.querySelector('.commtext')!;
      text.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Which espresso machine would you buy today for under $400? My Gaggia just died.' }));
    });
    await expect.poll(async () => (await reports()).find((r) => r.url === url)?.scanned).toBe(posts + 1);
    await expect.poll(() => page.locator('#\\37 7777777').getAttribute('data-rapport-level')).not.toBeNull();
    expect(await marked(page)).toBe(posts);
    await page.close();
  });

  it('reads a recycled node again when only its text and links change (X reuses its cells)', async () => {
    const { page, url, posts } = await open('x', 'home');
    // React keeps the <article> and updates it in place: a new status link, new text nodes' data.
    await page.evaluate(() => {
      const article = document.querySelector('article[data-testid="tweet"]')!;
      const link = article.querySelector('a[href*="/status/"]:has(time)')!;
      link.setAttribute('href', '/kettle_and_keys/status/2124999999999999999');
      const text = article.querySelector('[data-testid="tweetText"]')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text;
      first.data = 'Does anyone know a good espresso machine for a small flat? Breville or Gaggia?';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) (node as Text).data = '';
    });
    await expect.poll(async () => (await reports()).find((r) => r.url === url)?.scanned, { timeout: 10_000 }).toBe(posts + 1);
    expect(await marked(page)).toBe(posts);
    await page.close();
  });

  it('starts afresh when a single-page app navigates', async () => {
    const listing = await open('reddit', 'listing');
    const thread = expectOf('reddit', 'thread');
    const threadHtml = readFileSync('tests/fixtures/sites/reddit/thread.html', 'utf8');
    // What Reddit's app does on a click: a new address, then the new page's content.
    await listing.page.evaluate(
      ([href, html]) => {
        history.pushState({}, '', href);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.title = doc.title;
        document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
      },
      [thread.url, threadHtml] as const,
    );
    await expect.poll(() => marked(listing.page), { timeout: 10_000 }).toBe(thread.posts);
    await expect.poll(async () => (await reports()).find((r) => r.url === thread.url)?.scanned).toBe(thread.posts);
    expect((await reports()).some((r) => r.url === listing.url)).toBe(false);
    await screenshot(listing.page, 'spa-navigation-reddit');
    await listing.page.close();
  });
});
