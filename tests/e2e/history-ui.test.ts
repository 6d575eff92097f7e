import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, launchExtension, screenshot, sendFromPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const DAY = 24 * 60 * 60 * 1000;
const thread = {
  key: 'reddit:t3_q', site: 'reddit', postId: 't3_q', url: 'https://www.reddit.com/r/coffee/comments/q/', title: 'Grinder advice for a small café',
  community: 'r/coffee', author: 'beans', firstSeen: '2025-03-01T10:00:00.000Z', lastSeen: '2025-03-01T10:00:00.000Z',
  relevance: { score: 0.5, level: 'medium' }, status: 'engaged', demo: false, updatedAt: '2025-03-01T10:00:00.000Z',
};

interface Reminder { id: string; due: string; note: string }

describe('history in the popup and on the dashboard', () => {
  it('shows reminders in the popup (done, snoozed), and people on the dashboard (notes, tags, search, forget)', async () => {
    const page = await ext.context.newPage();
    // A thread, as the background records it from a page (imported: no message adds one from a page).
    const backup = join(OUTPUT, 'history-ui-thread.json');
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(backup, JSON.stringify({ format: 'rapport-backup', version: 2, data: { threads: [thread] } }));
    await page.goto(ext.url('src/options/index.html'));
    await page.getByLabel('Import a backup').setInputFiles(backup);
    await page.getByLabel('What the import did').getByRole('row', { name: /Threads/ }).waitFor();

    // A person, an interaction with them, and two reminders, through the messages.
    expect(await sendFromPage(page, 'people/interaction', { site: 'reddit', handle: 'beans', displayName: 'Bea' })).toMatchObject({ ok: true });
    expect((await sendFromPage(page, 'engagement/record', { type: 'replied', site: 'reddit', threadKey: thread.key, personKey: 'reddit:beans', url: thread.url, title: thread.title })).ok).toBe(true);
    const overdue = { due: new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(), note: 'Ask Bea whether the grinder arrived', threadKey: thread.key, personKey: 'reddit:beans' };
    const upcoming = { due: new Date(Date.now() + 2 * DAY).toISOString(), note: 'Send Bea the roastery guide', personKey: 'reddit:beans' };
    const [first, second] = await Promise.all([overdue, upcoming].map(async (r) => (await sendFromPage(page, 'reminders/add', r)).data as Reminder));

    // The popup: soonest first, the overdue one marked and linked to its thread.
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(ext.url('src/popup/index.html'));
    const list = popup.getByRole('list', { name: 'Reminders' });
    await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(overdue.note), expect.stringContaining(upcoming.note)]);
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toContain('Overdue');
    await expect.poll(() => list.getByRole('link', { name: overdue.note }).getAttribute('href')).toBe(thread.url);
    await screenshot(popup, 'history-ui-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'history-ui-popup-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByRole('button', { name: `Done: ${overdue.note}` }).click();
    await popup.getByRole('status').getByText(`Marked done: ${overdue.note}`).waitFor();
    await popup.getByRole('button', { name: `Snooze 1 day: ${upcoming.note}` }).click();
    await popup.getByRole('status').getByText(/Snoozed until/).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const open = (await sendFromPage(page, 'reminders/due', { limit: 10 })).data as Reminder[];
    expect(open.map((r) => r.id)).toEqual([second!.id]);
    expect(Date.parse(open[0]!.due) - Date.parse(second!.due)).toBe(DAY);
    const log = (await sendFromPage(page, 'events/list', { limit: 10 })).data as { type: string }[];
    // Done is logged; a snooze is not a follow-up and is not.
    expect(log.filter((e) => e.type === 'reminder_done')).toHaveLength(1);
    expect(first!.id).not.toBe(second!.id);

    // The dashboard: the person, with notes and tags saved in place.
    await page.goto(ext.url('src/dashboard/index.html'));
    const person = page.getByRole('listitem', { name: 'Bea' });
    await person.getByText('reddit · @beans · Interactions: 1').waitFor();
    await person.getByLabel('Notes on Bea').fill('Runs a roastery in Leeds; prefers DMs.');
    await person.getByRole('button', { name: 'Save notes' }).click();
    await person.getByRole('status').getByText('Saved for Bea').waitFor();
    await person.getByRole('checkbox', { name: 'Advocate' }).check();
    await person.getByLabel('Your own tag').fill('barista');
    await person.getByRole('button', { name: 'Add tag' }).click();
    await person.getByRole('button', { name: 'Remove tag barista' }).waitFor();
    await expect.poll(async () => ((await sendFromPage(page, 'people/list', { limit: 5 })).data as { notes: string; tags: string[] }[])[0]).toMatchObject({ notes: 'Runs a roastery in Leeds; prefers DMs.', tags: ['advocate', 'barista'] });

    // A reminder added from the form shows in the list.
    await page.getByLabel('Note', { exact: true }).fill('Thank Bea for the review');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await page.getByRole('list', { name: 'Reminders' }).getByText('Thank Bea for the review').waitFor();

    // Search finds her by a word of the notes, and her reminder by its note, in groups.
    await page.getByLabel('Search threads, people and reminders').fill('roastery');
    await page.getByRole('heading', { name: 'People (1)' }).waitFor();
    await page.getByRole('heading', { name: 'Reminders (1)' }).waitFor();
    await page.getByRole('heading', { name: 'People', exact: true }).scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Search' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'history-ui-dashboard-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'history-ui-dashboard-dark');
    await person.scrollIntoViewIfNeeded();
    await screenshot(page, 'history-ui-people-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Forget: nothing happens until confirmed.
    await person.getByRole('button', { name: 'Forget Bea…' }).click();
    await person.getByRole('button', { name: 'Cancel' }).click();
    expect(((await sendFromPage(page, 'people/list', { limit: 5 })).data as unknown[]).length).toBe(1);
    await person.getByRole('button', { name: 'Forget Bea…' }).click();
    await person.getByRole('button', { name: 'Yes, forget' }).click();
    await page.getByText(/^Forgot Bea: 0 replies and 2 reminders deleted/).waitFor();
    await page.getByText('Nobody yet. People you reply to show up here.').waitFor();
    expect((await sendFromPage(page, 'people/list', { limit: 5 })).data).toEqual([]);
    await page.getByText('Nothing found for “roastery”.').waitFor();
    await page.close();
    await popup.close();
  });
});
