import type { PostRecord } from '../core/post';
import type { ReplyReview } from '../core/reply/types';
import type { RequestOf } from '../messages/protocol';
import type { SiteAdapter } from '../sites/types';

/** The background's review of a draft (`reply/review-draft`); injected so tests can stand in. */
export type ReviewDraft = (request: RequestOf<'reply/review-draft'>) => Promise<ReplyReview>;

const DELAY_MS = 500;

/**
 * "Review my reply" in the page: while the person types in the site's own reply box, the draft
 * is reviewed (by the background, against the brand profile and the thread's opening post) and
 * the findings show in Rapport's panel. Reading only: nothing in the box is changed. The
 * listener is passive and in the content script's own world, so the page cannot see it.
 */
export function watchReplyBox(
  adapter: SiteAdapter,
  openingPost: () => PostRecord | undefined,
  reviewDraft: ReviewDraft,
  show: (review: ReplyReview | null) => void,
  signal: AbortSignal,
): void {
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
    const opening = openingPost();
    const thread = opening ? { site: opening.site, title: opening.title, body: opening.body.slice(0, 20_000), author: opening.author, community: opening.community } : undefined;
    try {
      const result = await reviewDraft({ draft, site: adapter.id, ...(thread ? { thread } : {}) });
      if (ticket === latest && !signal.aborted) show(result);
    } catch (error) {
      console.warn('[Rapport] reply review failed', error);
    }
  };
  document.addEventListener('input', onInput, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
