import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handleMessage, isAddressedHere, senderMatches, type ServeContext } from './dispatch';

const ctx = (log = vi.fn(), answersAll = true): ServeContext => ({
  answersAll,
  extensionId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
  log,
});
const popup: Runtime.MessageSender = { id: ctx().extensionId, url: `${ctx().extensionOrigin}src/popup/index.html` };
const contentScript: Runtime.MessageSender = {
  id: ctx().extensionId,
  url: 'https://news.ycombinator.com/item?id=1',
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};
const worker: Runtime.MessageSender = { id: ctx().extensionId, url: `${ctx().extensionOrigin}background.js` };

const handlers = {
  'demo/status': vi.fn(async () => ({ demo: true })),
  'profile/get': vi.fn(async () => null),
  'events/list': vi.fn(async ({ limit }: { limit: number }) => (limit === 1 ? [] : [])),
};

describe('senderMatches', () => {
  it('lets only extension pages send page messages', () => {
    expect(senderMatches('page', popup, ctx())).toBe(true);
    expect(senderMatches('page', contentScript, ctx())).toBe(false);
  });
  it('lets content scripts and extension pages send content messages', () => {
    expect(senderMatches('content', contentScript, ctx())).toBe(true);
    expect(senderMatches('content', popup, ctx())).toBe(true);
  });
  it('accepts background messages only without a tab', () => {
    expect(senderMatches('background', worker, ctx())).toBe(true);
    expect(senderMatches('background', contentScript, ctx())).toBe(false);
  });
  it('rejects any sender from another extension', () => {
    expect(senderMatches('page', { ...popup, id: 'other' }, ctx())).toBe(false);
  });
});

describe('handleMessage', () => {
  const serveAll = ['content', 'page'] as const;

  it('dispatches a valid message and returns its parsed response', async () => {
    const reply = await handleMessage({ rapport: 1, type: 'demo/status', payload: {} }, popup, serveAll, handlers, ctx());
    expect(reply).toEqual({ ok: true, data: { demo: true } });
  });

  it('fills request defaults from the schema', async () => {
    await handleMessage({ rapport: 1, type: 'events/list', payload: {} }, popup, serveAll, handlers, ctx());
    expect(handlers['events/list']).toHaveBeenCalledWith({ limit: 50 }, popup);
  });

  it.each([
    ['a non-Rapport message', 'hello', 'not a Rapport message'],
    ['an unknown message', { rapport: 1, type: 'nope/never', payload: {} }, 'unknown message "nope/never"'],
    ['a prototype key', { rapport: 1, type: 'constructor', payload: {} }, 'unknown message "constructor"'],
    ['a malformed payload', { rapport: 1, type: 'events/list', payload: { limit: 'all' } }, '"events/list" malformed'],
  ])('rejects %s with a logged reason', async (_name, raw, reason) => {
    const log = vi.fn();
    const reply = await handleMessage(raw, popup, serveAll, handlers, ctx(log));
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toContain(reason);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(reason));
  });

  it('rejects a page message claimed by a content script', async () => {
    const reply = await handleMessage({ rapport: 1, type: 'demo/status', payload: {} }, contentScript, serveAll, handlers, ctx());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('claims to come from page') });
    expect(handlers['demo/status']).not.toHaveBeenCalledWith(expect.anything(), contentScript);
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const failing = { 'demo/status': async () => Promise.reject(new Error('disk full')) };
    const reply = await handleMessage({ rapport: 1, type: 'demo/status', payload: {} }, popup, serveAll, failing, ctx());
    expect(reply).toEqual({ ok: false, error: '"demo/status" failed: disk full' });
  });

  it('rejects a response that breaks its schema', async () => {
    const lying = { 'demo/status': async () => ({ demo: 'yes' }) as never };
    const reply = await handleMessage({ rapport: 1, type: 'demo/status', payload: {} }, popup, serveAll, lying, ctx());
    expect(reply?.ok).toBe(false);
  });

  it('stays silent in a context that does not answer for others (an extension page)', async () => {
    const log = vi.fn();
    const content = { 'content/rescan': vi.fn(async () => ({ scanned: 0 })) };
    expect(await handleMessage({ rapport: 1, type: 'demo/status', payload: {} }, popup, ['background'], content, ctx(log, false))).toBeUndefined();
    expect(await handleMessage({ rapport: 1, type: 'nope', payload: {} }, popup, ['background'], content, ctx(log, false))).toBeUndefined();
    expect(await handleMessage('noise', popup, ['background'], content, ctx(log, false))).toBeUndefined();
    expect(log).not.toHaveBeenCalled();
    expect(isAddressedHere({ rapport: 1, type: 'content/rescan', payload: {} }, ['background'], content)).toBe(true);
    expect(isAddressedHere({ rapport: 1, type: 'demo/status', payload: {} }, ['background'], content)).toBe(false);
  });

  it('does not serve messages addressed to another context', async () => {
    const reply = await handleMessage({ rapport: 1, type: 'content/rescan', payload: {} }, worker, serveAll, handlers, ctx());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not served here') });
  });
});
