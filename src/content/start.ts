import type { SiteAdapter } from '../sites/types';
import { prefilterFrom } from '../core/relevance/prefilter';
import { send, serveBackground, useStrings } from './ext';
import { insertReply } from './insert';
import { runOnPage, type PageRun } from './run';

export interface ContentHandle {
  /** The current run (undefined while Rapport is off for the page). */
  current(): PageRun | undefined;
  stop(): void;
}

/** The page's address without the fragment: a jump to an anchor is not a new page. */
const pageKey = (href: string): string => href.split('#', 1)[0] ?? href;

/**
 * Ask the background whether to read this page, and run the page pipeline; run again from scratch
 * when the background asks (the profile changed) or the single-page app navigates. Each run owns
 * an AbortController that tears its UI down.
 */
export async function startContent(adapter: SiteAdapter): Promise<ContentHandle> {
  let controller: AbortController | undefined;
  let run: PageRun | undefined;
  let page = pageKey(location.href);
  const stopped = new AbortController();

  const begin = async (): Promise<number> => {
    controller?.abort();
    run = undefined;
    const mine = new AbortController();
    controller = mine;
    page = pageKey(location.href);
    const start = await send('page/start', { url: location.href, site: adapter.id });
    // No brand profile yet (the popup invites the person to set one up), or the site is off.
    if (!start.run || mine.signal.aborted) return 0;
    useStrings(start.strings);
    run = runOnPage({
      adapter,
      prefilter: start.prefilter ? prefilterFrom(start.prefilter) : null,
      judge: async (batch) => (await send('page/posts', batch)).verdicts,
      reviewDraft: (request) => send('reply/review-draft', request),
      signal: mine.signal,
    });
    await run.firstPass;
    return run.scanner.scanned;
  };

  const stopServing = serveBackground({
    'content/rescan': async () => ({ scanned: await begin() }),
    'content/insert-reply': async (payload) => {
      const text = (payload as { text?: unknown } | null)?.text;
      if (typeof text !== 'string' || text.length === 0 || text.length > 40_000) throw new Error('content/insert-reply: text must be 1 to 40,000 characters');
      const box = adapter.findReplyBox(document);
      if (!box) return { inserted: false, reason: 'No reply box is open on this page: open the reply form first, or copy the reply.' };
      return insertReply(box, text) ? { inserted: true } : { inserted: false, reason: 'The reply box here could not be filled; copy the reply instead.' };
    },
  });

  // Single-page apps (Reddit, X, YouTube, Bluesky, Mastodon, Discourse) change pages without a
  // load: start afresh on a new address, after the app has had a moment to render it.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onMaybeNavigated = () => {
    if (pageKey(location.href) === page) return;
    page = pageKey(location.href);
    clearTimeout(settle);
    settle = setTimeout(() => void begin().catch(warn), 250);
  };
  watchLocation(onMaybeNavigated, stopped.signal);

  await begin();
  return {
    current: () => run,
    stop: () => {
      stopped.abort();
      controller?.abort();
      clearTimeout(settle);
      stopServing();
    },
  };
}

const warn = (error: unknown) => console.warn('[Rapport] could not read the page', error);

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Notice same-document navigations: the Navigation API where the browser has it (it sees the
 * page's pushState from the content script's world), popstate for back and forward, and, only in
 * browsers without the Navigation API, a cheap address check when the page's body changes.
 */
function watchLocation(onChange: () => void, signal: AbortSignal): void {
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', onChange, { signal });
  addEventListener('popstate', onChange, { signal });
  // With the Navigation API every same-document navigation is heard: no need to look at each
  // change of the page's body (infinite scroll would otherwise pay an address check per batch).
  if (navigation) return;
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      onChange();
    }, 100);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
