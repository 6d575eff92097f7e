import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, reportedTabIds, screenshot, sendFromPage, type Extension } from './harness';

// A local stand-in for an OpenAI-compatible endpoint (what a local Ollama serves).
let server: Server;
let port = 0;
const requests: { url: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

let ext: Extension;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'content-type, authorization');
    res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    requests.push({ url: req.url ?? '', body: JSON.parse(await read(req)) });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'Sure! Here is a reply:\n"Sorry about the leak (I work at Brightbrew). A worn group gasket is the usual cause; swapping it takes ten minutes, and I can send you one."' } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  ext = await launchExtension();
  // The harness cuts every network request; this one local endpoint is let through to the stand-in.
  await ext.context.route(new RegExp(`^http://127\\.0\\.0\\.1:${port}/`), (route) => route.continue());
});
afterAll(async () => {
  await ext?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('optional AI drafting', () => {
  it('is off by default, and drafts through the chosen endpoint only when asked, with the review', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/demo/demo.html'));
    await page.locator('[data-rapport-level="high"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await reportedTabIds(ext.worker)).length).toBeGreaterThan(0);
    const [tabId] = await reportedTabIds(ext.worker);

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    expect(await sendFromPage(popup, 'ai/settings', {})).toMatchObject({ ok: true, data: { settings: { provider: 'off' } } });
    const first = popup.getByRole('listitem').first();
    await first.getByRole('button', { name: 'Draft a reply' }).click();
    const coach = popup.getByRole('region', { name: 'Reply coach' });
    await coach.getByRole('button', { name: 'Use this' }).first().waitFor();
    expect(await coach.getByRole('button', { name: 'Draft with AI' }).count()).toBe(0);
    expect(requests).toHaveLength(0);

    // Turned on (the options page asks for the host permission; here the endpoint allows any origin).
    const saved = await sendFromPage(popup, 'ai/settings-save', { provider: 'openai', endpoint: `http://127.0.0.1:${port}/v1`, model: 'stand-in' });
    expect(saved.ok).toBe(true);
    await popup.reload();
    await popup.getByRole('listitem').first().getByRole('button', { name: 'Draft a reply' }).click();
    await coach.getByRole('button', { name: 'Draft with AI' }).click();
    const box = coach.getByLabel('Your reply (reviewed as you type)');
    await expect.poll(async () => box.inputValue(), { timeout: 15_000 }).toContain('A worn group gasket is the usual cause');
    expect(await box.inputValue()).not.toMatch(/^Sure|"/);
    await coach.getByText(/^Looks good/).waitFor();
    await screenshot(popup, 'popup-ai-draft');

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/v1/chat/completions');
    expect(requests[0]?.body.model).toBe('stand-in');
    expect(requests[0]?.body.messages[0]?.content).toMatch(/I work at Brightbrew/);
    expect(requests[0]?.body.messages[1]?.content).toMatch(/group head|leak/i);
    await popup.close();
    await page.close();
  });

  it('is set on the options page, where the saved choice shows', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    const section = options.getByRole('region', { name: 'AI drafting (optional)' });
    await expect.poll(async () => section.getByLabel('Model').inputValue()).toBe('stand-in');
    expect(await section.getByRole('radio', { name: /OpenAI-compatible/ }).isChecked()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await screenshot(options, 'options-ai');
    await options.close();
  });
});
