import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, serveFixture, type Extension } from './harness';

/** The brand profile's per-site switches: a site turned off in the settings is not read at all. */
let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  await options.locator('textarea[name="brandNames"]').fill('Brightbrew\nBeacon');
  await options.locator('textarea[name="topics"]').fill('espresso machine\nburr grinder\nespresso');
  const reddit = options.getByRole('checkbox', { name: 'Reddit' });
  expect(await reddit.isChecked()).toBe(true);
  await reddit.uncheck();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await options.getByText('Saved.').waitFor();
  // "Beacon" is also an everyday word: the settings say Rapport will wait for context.
  await options.getByRole('note').getByText('beacon', { exact: false }).waitFor();
  await screenshot(options, 'options-site-switches');
  await options.close();
});
afterAll(async () => ext?.close());

const sessionReports = () =>
  ext.worker.evaluate(async () => Object.entries(await chrome.storage.session.get(null)) as [string, { url: string; off?: boolean; scanned: number }][]);

describe('per-site switches', () => {
  it('leaves a site that is turned off untouched and says so in the popup', async () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/sites/reddit/thread.expect.json', 'utf8')) as { url: string };
    await serveFixture(ext.context, expected.url, 'reddit/thread.html');
    const page = await ext.context.newPage();
    await page.goto(expected.url);
    await expect.poll(async () => (await sessionReports()).some(([, r]) => r.url.includes('reddit.com'))).toBe(true);
    const [key, report] = (await sessionReports()).find(([, r]) => r.url.includes('reddit.com'))!;
    expect(report).toMatchObject({ off: true, scanned: 0 });
    expect(await page.locator('[data-rapport-level]').count()).toBe(0);
    expect(await page.locator('[data-rapport-badge], [data-rapport-panel]').count()).toBe(0);

    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tab=${key.slice(4)}`));
    await popup.getByText('Rapport is turned off for this site in its settings.', { exact: false }).waitFor();
    await Promise.all([page.close(), popup.close()]);
  });

  it('says a page with nothing to read is that, not a layout it failed to read (YouTube home)', async () => {
    const home = '<!doctype html><html><head><title>YouTube</title></head><body><ytd-app><ytd-rich-grid-renderer><div id="contents">' +
      '<ytd-rich-item-renderer><a id="video-title-link" href="/watch?v=abc">Dialing in a light roast</a></ytd-rich-item-renderer></div></ytd-rich-grid-renderer></ytd-app></body></html>';
    await ext.context.route('https://www.youtube.com/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: home }));
    const page = await ext.context.newPage();
    await page.goto('https://www.youtube.com/');
    await expect.poll(async () => (await sessionReports()).some(([, r]) => r.url === 'https://www.youtube.com/')).toBe(true);
    const [key] = (await sessionReports()).find(([, r]) => r.url === 'https://www.youtube.com/')!;
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tab=${key.slice(4)}`));
    await popup.getByText('Nothing for Rapport to read on this page.', { exact: false }).waitFor();
    expect(await popup.getByText("can't recognise this page's layout", { exact: false }).count()).toBe(0);
    await screenshot(popup, 'popup-nothing-to-read');
    await Promise.all([page.close(), popup.close()]);
  });

  it('still reads the sites that are on', async () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/sites/hacker-news/item.expect.json', 'utf8')) as { url: string; posts: number };
    await serveFixture(ext.context, expected.url, 'hacker-news/item.html');
    const page = await ext.context.newPage();
    await page.goto(expected.url);
    await expect.poll(() => page.locator('[data-rapport-level]').count(), { timeout: 15_000 }).toBe(expected.posts);
    await page.close();
  });
});
