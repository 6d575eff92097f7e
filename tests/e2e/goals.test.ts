import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshot, sendFromPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const REPLIES = 'Replies on Reddit in r/coffee';
const DISCLOSURE = 'Disclosure in replies naming us';

async function addGoal(page: Page, fields: { metric: string; target: string; site?: string; community?: string }, title: string) {
  await page.getByLabel('What to measure').selectOption({ label: fields.metric });
  await page.getByLabel(/^Target/).fill(fields.target);
  await page.getByLabel('Period').selectOption({ label: 'Each week' });
  await page.getByLabel('Site (optional)').selectOption({ label: fields.site ?? 'Any site' });
  await page.getByLabel('Community (optional)').fill(fields.community ?? '');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('status').getByText(`Goal added: ${title}`).waitFor();
}

const bar = (page: Page, name: string) => page.getByRole('list', { name: 'Your goals' }).getByRole('progressbar', { name });
const values = (page: Page, name: string) =>
  bar(page, name).evaluate((el) => ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((a) => el.getAttribute(a)));

describe('goals on the dashboard', () => {
  it('adds two goals, measures logged replies against them, edits a target and archives one', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/dashboard/index.html'));
    await page.getByText('No goals yet.', { exact: false }).waitFor();
    await page.getByText('Measure what helps people', { exact: false }).waitFor();

    await addGoal(page, { metric: 'Replies', target: '4', site: 'Reddit', community: 'r/coffee' }, REPLIES);
    await addGoal(page, { metric: DISCLOSURE, target: '100' }, DISCLOSURE);
    await expect.poll(() => page.getByRole('list', { name: 'Your goals' }).getByRole('listitem').count()).toBe(2);

    // Replies logged as the popup logs them: three in r/coffee (one named us without disclosing), one elsewhere.
    const reply = (extra: object) => sendFromPage(page, 'engagement/record', { type: 'replied', site: 'reddit', community: 'r/coffee', ...extra });
    for (const r of [
      await reply({ namedBrand: true, disclosed: true }),
      await reply({ namedBrand: true, disclosed: false }),
      await reply({ namedBrand: false, disclosed: null }),
      await reply({ site: 'hacker-news', community: 'Ask HN', namedBrand: true, disclosed: true }),
    ]) expect(r.ok).toBe(true);

    await page.reload();
    const replies = page.getByRole('listitem', { name: REPLIES });
    const disclosure = page.getByRole('listitem', { name: DISCLOSURE });
    await replies.getByText('3 of 4 replies this week').waitFor();
    // 3 of 4 can never be behind: at most 3 are expected before the week's end.
    await replies.getByText('On track').waitFor();
    expect(await values(page, REPLIES)).toEqual(['3', '0', '4']);
    // Two of the three replies naming us disclosed (the Hacker News one counts: this goal has no site).
    await disclosure.getByText('67% of replies naming us disclosed this week (goal 100%)').waitFor();
    await disclosure.getByText('Behind').waitFor();
    expect(await values(page, DISCLOSURE)).toEqual(['67', '0', '100']);
    await page.getByRole('heading', { name: 'Goals' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'goals-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'goals-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Edit a target from the keyboard: the goal is reached.
    const target = replies.getByLabel(`New target for ${REPLIES}`);
    await target.fill('3');
    await target.press('Enter');
    await page.getByRole('status').getByText('Target saved').waitFor();
    await page.getByRole('listitem', { name: REPLIES }).getByText('3 of 3 replies this week').waitFor();
    await page.getByRole('listitem', { name: REPLIES }).getByText('Reached').waitFor();
    expect(await values(page, REPLIES)).toEqual(['3', '0', '3']);

    await disclosure.getByRole('button', { name: `Archive goal: ${DISCLOSURE}` }).click();
    await page.getByRole('status').getByText(`Archived: ${DISCLOSURE}`).waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Your goals' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('heading', { name: 'Goals' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'goals-after-archive');
    const all = (await sendFromPage(page, 'goals/list', { archived: true })).data as { goal: { metric: string; archived: boolean; target: number } }[];
    expect(all.map(({ goal }) => [goal.metric, goal.target, goal.archived])).toEqual([
      ['replied', 3, false],
      ['disclosure_rate', 1, true],
    ]);
    await page.close();
  });
});
