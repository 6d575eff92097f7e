import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, reportedTabIds, screenshot, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

describe('the reply coach in the popup', () => {
  it('suggests starting points and reviews a draft as it is typed, with one-click fixes', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/demo/demo.html'));
    await page.locator('[data-rapport-level="high"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await reportedTabIds(ext.worker)).length).toBeGreaterThan(0);
    const [tabId] = await reportedTabIds(ext.worker);

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    const first = popup.getByRole('listitem').first();
    await first.waitFor();
    await first.getByRole('button', { name: 'Draft a reply' }).click();
    const coach = popup.getByRole('region', { name: 'Reply coach' });
    const uses = coach.getByRole('button', { name: 'Use this' });
    await uses.first().waitFor();
    expect(await uses.count()).toBeGreaterThanOrEqual(3);

    // A suggestion passes its own review.
    await uses.first().click();
    await coach.getByText(/^Looks good/).waitFor();

    // A salesy draft: the review names the words and offers to remove them.
    const box = coach.getByLabel('Your reply (reviewed as you type)');
    await box.fill('A burr grinder makes the biggest difference for espresso. Use code SAVE20 for 20% off today!');
    await coach.getByText(/^Needs work/).waitFor();
    await expect.poll(async () => coach.locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/code|20% off/i)]));
    await coach.locator('.findings').scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-reply-coach');
    const remove = coach.getByRole('button', { name: 'Remove it' });
    if ((await remove.count()) > 0) {
      const before = await box.inputValue();
      await remove.first().click();
      await expect.poll(async () => (await box.inputValue()).length).toBeLessThan(before.length);
    }

    // "Put in the reply box" fills the page's own reply box; nothing is posted.
    await box.fill('Sorry about the leak. A worn group gasket is the usual cause; swapping it takes ten minutes.');
    await coach.getByRole('button', { name: 'Put in the reply box' }).click();
    await coach.getByRole('status').filter({ hasText: /reply box on the page/ }).waitFor();
    expect(await page.locator('textarea.reply-box').first().inputValue()).toContain('A worn group gasket is the usual cause');

    // "I replied" after drafting here: the log knows whether the reply named the brand and disclosed.
    await box.fill('I work at Brightbrew, so take this with that in mind: a worn group gasket is the usual cause of that leak, and swapping it takes ten minutes.');
    await first.getByRole('button', { name: 'I replied' }).click();
    await first.getByText(/^Logged\./).waitFor();
    const events = await popup.evaluate(() => chrome.runtime.sendMessage({ rapport: 1, type: 'events/list', payload: { limit: 5 } }));
    expect(events.data[0]).toMatchObject({ type: 'replied', namedBrand: true, disclosed: true });
    await popup.close();
    await page.close();
  });

  it('reviews what the person types in the page’s own reply box, in the panel', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ext.url('src/demo/demo.html'));
    await page.locator('[data-rapport-level="high"]').first().waitFor({ timeout: 15_000 });
    const box = page.locator('textarea.reply-box').first();
    await box.click();
    await box.pressSequentially('We are excited to announce the Brightbrew Duo Pro! Use code LATTE20 for 20% off.', { delay: 5 });
    await page.locator('[data-rapport-panel][data-rapport-review="needs_work"]').waitFor({ state: 'attached', timeout: 10_000 });
    await screenshot(page, 'page-review-my-reply');
    // Owning it, disclosed, specific: the verdict turns.
    await box.fill('');
    await box.pressSequentially('Sorry about the leak (I work at Brightbrew). A worn group gasket is the usual cause: it takes ten minutes to swap, and I can send one.', { delay: 2 });
    await page.locator('[data-rapport-panel][data-rapport-review="good"]').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await box.inputValue()).toContain('group gasket'); // the review never changes the box
    await page.close();
  });
});
