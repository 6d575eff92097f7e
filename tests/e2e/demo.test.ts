import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, reportedTabIds, screenshot, sendFromPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

describe('the bundled demo community', () => {
  it('installs the demo profile and surfaces the relevant posts within seconds', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const started = Date.now();
    await page.goto(ext.url('src/demo/demo.html'));
    await page.locator('[data-rapport-level="high"]').first().waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(60_000);

    const levels = await page.$$eval('[data-rapport-level]', (els) => els.map((el) => el.getAttribute('data-rapport-level')));
    expect(levels.length).toBeGreaterThanOrEqual(12);
    expect(levels).toContain('none'); // off-topic posts stay unmarked
    // Badges for engage-now and worth-a-look posts; weakly related ones keep only the attribute.
    expect(await page.locator('[data-rapport-badge]').count()).toBe(levels.filter((l) => l === 'high' || l === 'medium').length);
    await page.locator('[data-rapport-panel]').evaluate((el) => el.scrollIntoView());
    await screenshot(page, 'demo');

    const status = await sendFromPage(page, 'demo/status', {});
    expect(status).toEqual({ ok: true, data: { demo: true } });
  });

  it('is marked as demo in the popup and cleared in one click', async () => {
    await expect.poll(async () => (await reportedTabIds(ext.worker)).length).toBeGreaterThan(0);
    const [tabId] = await reportedTabIds(ext.worker);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    await popup.getByRole('status').getByText(/^Demo data:/).waitFor();
    await popup.getByRole('listitem').first().waitFor();
    await screenshot(popup, 'popup-demo');
    await popup.getByRole('button', { name: 'Clear demo data' }).click();
    await popup.getByText('Tell Rapport about your brand').waitFor();
    expect(await sendFromPage(popup, 'demo/status', {})).toEqual({ ok: true, data: { demo: false } });
    expect(await sendFromPage(popup, 'profile/get', {})).toEqual({ ok: true, data: null });
  });
});
