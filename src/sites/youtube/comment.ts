import type { PostRecord } from '../../core/post';
import { optional, SelectorError, textOf } from '../dom';
import type { PagePost } from '../types';
import { YT } from './selectors';
import { absolute, handleOf, ORIGIN, type WatchPage } from './shared';
import { compactCount, fromRelative } from './when';

// One comment: a ytd-comment-view-model (2024+) or ytd-comment-renderer (2022-2023). Replies are
// not inside their parent's element (they sit in the thread's #replies), so plain scoped queries
// only ever see this comment's own parts.

const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
const REPLIES = YT.replies.css;
const THREAD = 'ytd-comment-thread-renderer';

/** The time link ("2 days ago"): its href, /watch?v=<video>&lc=<comment>, names the comment and the video. */
function timeLink(el: Element): { link: Element; id: string | undefined; video: string | undefined } {
  const link = el.querySelector('#published-time-text a') ?? el.querySelector('.published-time-text a');
  const href = link?.getAttribute('href');
  if (!link || !href) throw new SelectorError('published time link', el);
  // Two short regexes, not a URL parse: this runs for every comment.
  return { link, id: param(href, LC), video: param(href, V) };
}

const LC = /[?&]lc=([^&#]+)/;
const V = /[?&]v=([^&#]+)/;

function param(href: string, re: RegExp): string | undefined {
  const m = re.exec(href);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/** "@handle" and the channel URL, from the author link (or the owner's name chip). */
function authorOf(el: Element): { author?: string; authorUrl?: string } {
  const link = el.querySelector('#author-text') ?? el.querySelector('#author-comment-badge a[href]');
  if (!link) return {};
  const href = link.getAttribute('href');
  const author = handleOf(href) ?? (textOf(link) || undefined);
  return { ...optional('author', author), ...optional('authorUrl', href ? absolute(href) : undefined) };
}

/** "14 replies", "1 reply", "View 2 replies", "View reply": a button's label or text. */
function countOfToggle(toggle: Element | null): number | undefined {
  if (!toggle) return undefined;
  const label = toggle.querySelector('[aria-label]')?.getAttribute('aria-label') || toggle.textContent || '';
  if (!/\brepl(y|ies)\b/i.test(label)) return undefined;
  return compactCount(label) ?? 1;
}

/** Direct replies of a top-level comment, from its thread's "N replies" toggle; 0 when it has none. */
function replyCount(el: Element): number | undefined {
  const thread = el.closest(THREAD);
  let replies: Element | null = null;
  if (thread) for (const child of thread.children) if (child.id === 'replies') replies = child;
  if (!replies) return undefined;
  if (!replies.firstElementChild) return 0;
  return (
    countOfToggle(replies.querySelector('#more-replies-sub-thread')) ??
    countOfToggle(replies.querySelector('#more-replies')) ??
    countOfToggle(replies.querySelector('#less-replies-sub-thread')) ??
    countOfToggle(replies.querySelector('#less-replies'))
  );
}

/** The top-level comment a reply answers: its id's prefix, else the outer thread's own comment. */
function parentOf(id: string, repliesHost: Element): string | undefined {
  const dot = id.indexOf('.');
  if (dot > 0) return id.slice(0, dot);
  // Slow path (ids without the parent prefix): rare, so a second lookup is fine.
  const top = repliesHost.closest(THREAD)?.querySelector(COMMENT);
  if (!top) return undefined;
  return timeLink(top).id;
}

export function readComment(el: Element, page: WatchPage): PagePost | null {
  const { link, id, video } = timeLink(el);
  if (!id) throw new SelectorError('comment id (lc=)', el);
  const videoId = video ?? page.videoId;
  // Left over from the previous video while YouTube swaps the page (SPA navigation): not this page's.
  if (page.videoId && videoId !== page.videoId) return null;
  const text = el.querySelector('#content-text') ?? el.querySelector('#expander > #content');
  if (!text) throw new SelectorError('#content-text', el);
  const body = textOf(text);
  // Custom-emoji-only comments are images (their text is in alt): nothing to read.
  if (!body) return null;
  const repliesHost = el.closest(REPLIES);
  const votes = el.querySelector('#vote-count-middle');
  const record: PostRecord = {
    id,
    site: 'youtube',
    kind: 'comment',
    body,
    permalink: `${ORIGIN}/watch?v=${encodeURIComponent(videoId ?? '')}&lc=${encodeURIComponent(id)}`,
    ...optional('community', page.community),
    ...authorOf(el),
    ...optional('time', fromRelative(link.textContent, page.now)),
    // No likes shows an empty count.
    ...optional('score', votes ? (compactCount(votes.textContent) ?? 0) : undefined),
    ...(repliesHost
      ? { depth: 1, ...optional('parentId', parentOf(id, repliesHost)) }
      : { depth: 0, ...optional('parentId', page.videoId), ...optional('replyCount', replyCount(el)) }),
  };
  return { record, element: el, anchor: el.querySelector('#header-author') ?? text };
}
