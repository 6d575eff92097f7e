import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import { protocol, type MessageName, type NamesFrom, type ParsedRequestOf, type ResponseOf, type Sender } from './protocol';

/**
 * The receiving side of the protocol, free of browser globals so it is tested in Node:
 * check the envelope, the sender and the payload, dispatch, and answer. Never throws.
 */
export const EnvelopeSchema = z.object({ rapport: z.literal(1), type: z.string().max(64), payload: z.unknown() });
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export function describeError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

export type Handlers<S extends Sender> = {
  [N in NamesFrom<S>]: (request: ParsedRequestOf<N>, sender: Runtime.MessageSender) => Promise<ResponseOf<N>>;
};

export interface ServeContext {
  /**
   * Whether this context answers messages that are not its own. Only the background does: every
   * extension page also hears runtime.sendMessage, and a page that answered first would win.
   */
  answersAll: boolean;
  /** This extension's id and its pages' URL prefix, to check who is talking. */
  extensionId: string;
  extensionOrigin: string;
  log: (reason: string) => void;
}

/**
 * Is `sender` allowed to send a message that claims to come from `from`? The claim is not
 * proof: the browser sets `sender`, the message does not.
 */
export function senderMatches(from: Sender, sender: Runtime.MessageSender, ctx: ServeContext): boolean {
  if (sender.id !== ctx.extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  switch (from) {
    case 'page':
      return fromExtensionPage;
    case 'content':
      return sender.tab !== undefined || fromExtensionPage;
    case 'background':
      // Messages from the service worker or an extension page carry no tab.
      return sender.tab === undefined;
  }
}

/**
 * Is `raw` a message this context serves? Synchronous on purpose: a listener that returns
 * anything (even a promise of nothing) answers the message, so "not mine" must be decided at once.
 */
export function isAddressedHere(raw: unknown, accepts: readonly Sender[], handlers: object): boolean {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) return false;
  const def = protocol[envelope.data.type as MessageName];
  return accepts.includes(def.from) && typeof (handlers as Record<string, unknown>)[envelope.data.type] === 'function';
}

/** Check, parse, dispatch and answer one raw message. Never throws: errors become replies. */
export async function handleMessage<S extends Sender>(
  raw: unknown,
  sender: Runtime.MessageSender,
  accepts: readonly Sender[],
  handlers: Partial<Handlers<S>>,
  ctx: ServeContext,
): Promise<Reply | undefined> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return ctx.answersAll ? reject(ctx, 'not a Rapport message') : undefined;
  const name = envelope.data.type;
  const known = Object.hasOwn(protocol, name);
  const def = known ? protocol[name as MessageName] : undefined;
  const handler = (handlers as Record<string, unknown>)[name];
  if (!def || !accepts.includes(def.from) || typeof handler !== 'function') {
    // Not ours: stay silent so the context it is meant for can answer.
    if (!ctx.answersAll) return undefined;
    return reject(ctx, known ? `"${name}" is not served here` : `unknown message "${name}"`);
  }
  if (!senderMatches(def.from, sender, ctx)) {
    return reject(ctx, `"${name}" claims to come from ${def.from}, but its sender does not (${sender.url ?? 'no url'})`);
  }
  const request = def.request.safeParse(envelope.data.payload);
  if (!request.success) return reject(ctx, `"${name}" malformed: ${describeError(request.error)}`);
  try {
    const data = await (handler as (r: unknown, s: Runtime.MessageSender) => Promise<unknown>)(request.data, sender);
    return { ok: true, data: def.response.parse(data) };
  } catch (error) {
    const reason = `"${name}" failed: ${describeError(error)}`;
    ctx.log(reason);
    return { ok: false, error: reason };
  }
}

function reject(ctx: ServeContext, reason: string): Reply {
  ctx.log(`rejected: ${reason}`);
  return { ok: false, error: reason };
}

