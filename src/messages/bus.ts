import browser, { type Runtime } from 'webextension-polyfill';
import { describeError, handleMessage, isAddressedHere, ReplySchema, type Handlers, type ServeContext } from './dispatch';
import { protocol, type MessageName, type NamesFrom, type RequestOf, type ResponseOf, type Sender } from './protocol';

export type { Handlers } from './dispatch';

export class MessageError extends Error {
  override name = 'MessageError';
}

async function exchange(name: MessageName, payload: unknown, post: (m: unknown) => Promise<unknown>) {
  const def = protocol[name];
  // Validate on the way out too: a bad request is our bug, and it should fail where it is made.
  const request = def.request.parse(payload);
  const raw = await post({ rapport: 1, type: name, payload: request });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply (${describeError(reply.error)})`);
  if (!reply.data.ok) throw new MessageError(`${name}: ${reply.data.error}`);
  return def.response.parse(reply.data.data);
}

/** Send a message to the background (from a content script or an extension page). */
export async function send<N extends NamesFrom<'content' | 'page'>>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return exchange(name, payload, (m) => browser.runtime.sendMessage(m)) as Promise<ResponseOf<N>>;
}

/** Send a message from the background to the content script of one tab. */
export async function sendToTab<N extends NamesFrom<'background'>>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return exchange(name, payload, (m) => browser.tabs.sendMessage(tabId, m)) as Promise<ResponseOf<N>>;
}

/**
 * Answer the messages addressed to this context. Call it synchronously at the top level of the
 * entrypoint (an MV3 worker woken by a message must find its listener registered).
 */
export function serve<S extends Sender>(accepts: readonly S[], handlers: Partial<Handlers<S>>): () => void {
  const ctx: ServeContext = {
    // The background is the one context that answers everything, with a reason when it refuses.
    answersAll: accepts.includes('page' as S),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    log: (reason) => console.warn(`[Rapport] ${reason}`),
  };
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Returning undefined (not a promise) leaves the message to the context it is meant for.
    if (!ctx.answersAll && !isAddressedHere(raw, accepts, handlers)) return undefined;
    return handleMessage(raw, sender, accepts, handlers, ctx);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
