import type { ReplyReview } from '../core/reply/types';
import { send } from '../messages/bus';
import type { SiteAdapter } from '../sites/types';
import type { Scanner } from './scan';

const DELAY_MS = 500;

/**
 * "Review my reply" in the page: while the person types in the site's own reply box, the draft
 * is reviewed (by the background, against the brand profile and the thread's opening post) and
 * the findings show in Rapport's panel. Reading only: nothing in the box is changed. The
 * listener is passive and in the content script's own world, so the page cannot see it.
 */
export function watchReplyBox(adapter: SiteAdapter, scanner: Scanner, show: (review: ReplyReview | null) => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const onInput = (event: Event) => {
    const target = event.target;
    // Cheap first: only text boxes can be a reply box; the page's other inputs cost one check.
    if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || (target instanceof HTMLElement && target.isContentEditable))) return;
    const box = adapter.findReplyBox(document);
    if (!box || !(box === target || box.contains(target))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void review(box), DELAY_MS);
  };
  const review = async (box: HTMLElement) => {
    const draft = (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : box.innerText).slice(0, 40_000);
    const ticket = ++latest;
    if (draft.trim().length < 3) return show(null);
    const opening = [...scanner.results.values()].find((p) => p.record.kind === 'post')?.record;
    const thread = opening ? { site: opening.site, title: opening.title, body: opening.body.slice(0, 20_000), author: opening.author, community: opening.community } : undefined;
    try {
      const result = await send('reply/review-draft', { draft, site: adapter.id, ...(thread ? { thread } : {}) });
      if (ticket === latest && !signal.aborted) show(result);
    } catch (error) {
      console.warn('[Rapport] reply review failed', error);
    }
  };
  document.addEventListener('input', onInput, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
