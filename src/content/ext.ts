import type { NamesFrom, RequestOf, ResponseOf } from '../messages/protocol';

/**
 * The content script's whole use of the extension APIs: send to the background, answer it, and
 * read i18n strings. Without webextension-polyfill and zod (~100 KB minified between them): the
 * content script's budget is 30 KB gzip (issue 3). The background still checks every message it
 * gets against the protocol's zod schemas; what comes back is its own, already-checked answer.
 */

interface Sender {
  id?: string;
  tab?: unknown;
}
interface ExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
// Firefox's `browser` returns promises; Chrome's `chrome` does too in MV3 for sendMessage.
const api = (): ExtensionApi => {
  const found = scope.browser ?? scope.chrome;
  if (!found?.runtime) throw new Error('Rapport: extension APIs unavailable');
  return found;
};

export class ContentMessageError extends Error {
  override name = 'ContentMessageError';
}

/** Send a message to the background and return its answer (or throw its error). */
export async function send<N extends NamesFrom<'content'>>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await api().runtime.sendMessage({ rapport: 1, type: name, payload })) as { ok?: unknown; data?: unknown; error?: unknown } | undefined;
  if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') throw new ContentMessageError(`${name}: no valid reply`);
  if (!reply.ok) throw new ContentMessageError(`${name}: ${String(reply.error)}`);
  return reply.data as ResponseOf<N>;
}

type BackgroundHandlers = { [N in NamesFrom<'background'>]?: (payload: unknown) => Promise<ResponseOf<N>> };

/**
 * Answer messages from the background. Only the extension itself can reach a content script's
 * runtime.onMessage, and only its worker and pages send without a tab; each handler checks its
 * own payload. Returns a function that stops listening.
 */
export function serveBackground(handlers: BackgroundHandlers): () => void {
  const runtime = api().runtime;
  const listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void): boolean | undefined => {
    if (sender.id !== runtime.id || sender.tab !== undefined) return undefined;
    const message = raw as { rapport?: unknown; type?: unknown; payload?: unknown } | null;
    if (typeof message !== 'object' || message === null || message.rapport !== 1 || typeof message.type !== 'string') return undefined;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof BackgroundHandlers] as (payload: unknown) => Promise<unknown>;
    handler(message.payload).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answered asynchronously
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

const warned = new Set<string>();
let given: Record<string, string> = {};

/**
 * The strings the background sent with page/start, rendered with \u0001.. for substitutions:
 * browser.i18n's first call in a page would load the extension's whole catalogue into it.
 */
export function useStrings(strings: Record<string, string> | undefined): void {
  given = strings ?? {};
}

/** browser.i18n; a missing key shows itself (and warns once), as in the extension pages. */
export function t(key: string, substitutions?: string | string[]): string {
  const template = given[key];
  if (template) {
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return template.replace(/[\u0001-\u0003]/g, (mark) => values[mark.charCodeAt(0) - 1] ?? '');
  }
  const text = api().i18n.getMessage(key, substitutions);
  if (text) return text;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`[Rapport] missing i18n string "${key}"`);
  }
  return key;
}
