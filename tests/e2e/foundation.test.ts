import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with scripts/start.mjs
import { unpackedExtensionId } from '../../scripts/chromium.mjs';
import { ENGLISH_WORDS } from '../../src/core/lexicon/english-words';
import { DIST, launchExtension, screenshot, sendFromPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

describe('the built extension in Chromium', () => {
  it('starts its service worker, with the id npm start computes for the demo URL', () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
    expect(ext.id).toBe(unpackedExtensionId(DIST));
  });

  it('asks for the minimum: no host permissions beyond content-script matches, no tabs permission', () => {
    const manifest = JSON.parse(readFileSync(`${DIST}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    // activeTab + scripting: LinkedIn is read only when the person asks, in the tab they asked about;
    // scripting also registers the content script on a host the person turned Rapport on for.
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    // One content script a site, each its own bundle with that site alone.
    const scripts = manifest.content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts.flatMap((c) => c.matches)).toEqual(expect.arrayContaining(['https://news.ycombinator.com/*', 'https://www.reddit.com/*']));
    expect(scripts.find((c) => c.matches.includes('https://news.ycombinator.com/*'))?.js).toEqual(['src/content/sites/hacker-news.js']);
    expect(new Set(scripts.flatMap((c) => c.js)).size).toBe(scripts.length);
    expect(manifest.background.service_worker).toBeTruthy();
  });

  it('keeps the English dictionary in the background, out of the content script', () => {
    const manifest = JSON.parse(readFileSync(`${DIST}/manifest.json`, 'utf8'));
    const bundle = (file: string) => readFileSync(`${DIST}/${file}`, 'utf8');
    const dictionary = ENGLISH_WORDS.bits.slice(0, 64);
    expect(bundle(manifest.background.service_worker)).toContain(dictionary);
    for (const file of [...(manifest.content_scripts as { js: string[] }[]).flatMap((c) => c.js), 'src/content/index.js']) expect(bundle(file)).not.toContain(dictionary);
  });

  it('builds Firefox from the same source: background scripts and a data-collection declaration of none', () => {
    const manifest = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const chrome = JSON.parse(readFileSync(`${DIST}/manifest.json`, 'utf8'));
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(manifest.content_scripts).toEqual(chrome.content_scripts);
  });

  it('renders the popup, inviting a new user to set up a brand profile', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/popup/index.html'));
    await expect.poll(() => page.getByText('Tell Rapport about your brand').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Set up your brand profile' }).count()).toBe(1);
    await screenshot(page, 'popup-new-user');
    await page.close();
  });

  it('rejects unknown and malformed messages with a reason, and keeps serving', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/dashboard/index.html'));
    expect(await sendFromPage(page, 'nope/never', {})).toEqual({ ok: false, error: 'unknown message "nope/never"' });
    const malformed = await sendFromPage(page, 'events/list', { limit: -3 });
    expect(malformed.ok).toBe(false);
    expect(malformed.error).toContain('"events/list" malformed');
    expect(await sendFromPage(page, 'demo/status', {})).toEqual({ ok: true, data: { demo: false } });
    await page.close();
  });
});
