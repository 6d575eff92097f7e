import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCsvChain } from '../../src/storage/export/csv';
import { OUTPUT, launchExtension, screenshot, sendFromPage, type Extension } from './harness';

// A fresh clone has no tests/output yet (screenshots create it, but not before these files).
mkdirSync(OUTPUT, { recursive: true });

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const events = [
  { type: 'replied', site: 'reddit', community: 'r/coffee', title: '=HYPERLINK("http://x","grinder")', namedBrand: true, disclosed: true, time: '2025-03-01T10:00:00Z' },
  { type: 'opened', site: 'hacker-news', community: 'Ask HN', title: 'Ask HN: grinders', namedBrand: null, time: '2025-03-02T10:00:00Z' },
  { type: 'replied', site: 'reddit', community: 'r/espresso', title: 'Café, "burr" or blade?', namedBrand: true, disclosed: false, time: '2025-03-03T10:00:00Z' },
];

describe('your data on the options page', () => {
  it('exports a filtered CSV, backs up, deletes everything after confirming, and restores with a report', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    for (const event of events) expect((await sendFromPage(page, 'engagement/record', event)).ok).toBe(true);

    // CSV of one site, Excel-friendly.
    const log = page.getByRole('region', { name: 'Engagement log' });
    await log.getByLabel('Site').selectOption('reddit');
    await log.getByRole('checkbox', { name: 'Excel-friendly' }).check();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: 'Export as CSV' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFtime,id,type,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""grinder"")"`);
    expect(csv).not.toContain('hacker-news');
    const chain = verifyCsvChain(csv);
    expect(chain).toMatchObject({ rows: 2, breaks: [] });
    await page.getByText(chain.head).waitFor();
    // The page checks an export: as downloaded, then with one cell changed.
    await log.getByLabel('Check a CSV export').setInputFiles((await csvDownload.path())!);
    await log.getByText('Unchanged since export: all 2 rows').waitFor();
    const edited = join(OUTPUT, 'your-data-edited.csv');
    writeFileSync(edited, csv.replace(',true,false,', ',true,true,'));
    await log.getByLabel('Check a CSV export').setInputFiles(edited);
    await log.getByRole('alert').getByText('the chain breaks at 1 rows (data rows 2)').waitFor();

    // A full backup.
    const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(backupDownload.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = (await backupDownload.path())!;
    expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({ format: 'rapport-backup', version: 2, counts: { events: 3 } });

    expect((await sendFromPage(page, 'ai/settings-save', { provider: 'chrome' })).ok).toBe(true);
    // Delete all: nothing happens until confirmed, and cancel is there.
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(((await sendFromPage(page, 'events/list', { limit: 10 })).data as unknown[]).length).toBe(3);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText(/Deleted \d+ records/).waitFor();
    expect((await sendFromPage(page, 'events/list', { limit: 10 })).data).toEqual([]);
    expect(await sendFromPage(page, 'ai/settings', {})).toMatchObject({ ok: true, data: { settings: { provider: 'off' } } });

    // Restore, then the same file again: nothing new the second time.
    await page.getByLabel('Import a backup').setInputFiles(backupPath);
    const report = page.getByLabel('What the import did');
    await report.getByText('all 3 events chain up').waitFor();
    await expect.poll(async () => report.getByRole('row', { name: /Log events/ }).textContent()).toBe('Log events3000');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('heading', { name: 'Backup and restore' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'options-your-data-dark');
    await page.getByLabel('Import a backup').setInputFiles(backupPath);
    await expect.poll(async () => report.getByRole('row', { name: /Log events/ }).textContent()).toBe('Log events0030');
    expect(((await sendFromPage(page, 'events/list', { limit: 10 })).data as unknown[]).length).toBe(3);
    await page.close();
  });

  it('forgets a person found by a word of their notes, after confirming, in the real browser', async () => {
    const t = '2025-03-01T10:00:00.000Z';
    const person = { key: 'reddit:beans', site: 'reddit', handle: 'beans', displayName: 'Bea', firstInteraction: t, lastInteraction: t, count: 2, notes: 'Runs a roastery in Leeds', tags: ['advocate'], demo: false, updatedAt: t };
    const thread = { key: 'reddit:t3_q', site: 'reddit', postId: 't3_q', url: 'https://www.reddit.com/r/coffee/comments/q/', title: 'Grinder advice', author: 'beans', firstSeen: t, lastSeen: t, relevance: { score: 0.5, level: 'medium' }, status: 'new', demo: false, updatedAt: t };
    const event = { id: '9f8e7d6c-5b4a-4392-8d1e-0f1a2b3c4d5e', time: t, type: 'replied', site: 'reddit', threadKey: thread.key, personKey: person.key, namedBrand: true, disclosed: true, demo: false };
    const file = join(OUTPUT, 'your-data-person.json');
    writeFileSync(file, JSON.stringify({ format: 'rapport-backup', version: 2, data: { people: [person], threads: [thread], events: [event] } }));

    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    await page.getByLabel('Import a backup').setInputFiles(file);
    await page.getByLabel('What the import did').getByRole('row', { name: /People/ }).waitFor();
    // The same history through the background's messages, as other pages use it.
    const found = await sendFromPage(page, 'history/search', { query: 'Leeds roast' });
    expect(found).toMatchObject({ ok: true, data: { people: [{ key: person.key, notes: person.notes }], threads: [], total: { people: 1 } } });
    expect(await sendFromPage(page, 'people/list', { limit: 5 })).toEqual({ ok: true, data: [person] });
    await page.getByLabel('Find a person').fill('roast');
    await page.getByRole('button', { name: 'Forget beans' }).click();
    await page.getByRole('button', { name: 'Yes, forget' }).click();
    await page.getByText('Forgot Bea').waitFor();
    await page.getByText('Nobody found.').waitFor();
    const logged = (await sendFromPage(page, 'events/list', { limit: 10 })).data as { id: string; personKey?: string }[];
    expect(logged.find((e) => e.id === event.id)).toMatchObject({ id: event.id });
    expect(logged.find((e) => e.id === event.id)?.personKey).toBeUndefined();
    await page.close();
  });
});
