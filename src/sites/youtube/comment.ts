import type { PostRecord } from '../../core/post';
import { SelectorError, shortCount, textOf } from '../dom';
import type { PagePost } from '../types';
import { YT } from './selectors';
import { absolute, handleOf, ORIGIN, type WatchPage } from './shared';
import { fromRelative } from './when';

// One comment: a ytd-comment-view-model (2024+) or ytd-comment-renderer (2022-2023). Replies are
// not inside their parent's element (they sit in the thread's #replies), so plain scoped queries
// only ever see this comment's own parts.
//
// Every comment repeats the same ids (#content-text, #author-text...). Chromium answers a selector
// whose last part is an id (#x or [id="x"]) from the document's id map, checking every same-id
// element on the page against the scope: on a page of 1,000 comments each such lookup cost about
// 50 µs. So the first rank of each lookup ends in a tag, class or other attribute (about 1 µs);
// the id forms are the fallbacks, and `is` checks that the fast rank found the element it meant.

const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
const REPLIES = YT.replies.css;
const THREAD = 'ytd-comment-thread-renderer';

/** The first match of `fast` when it carries `id`, else the first of `slow`. */
function find(el: Element, fast: string, id: string, slow: string): Element | null {
  const found = el.querySelector(fast);
  return found?.id === id ? found : el.querySelector(slow);
}

/** The time link ("2 days ago"): its href, /watch?v=<video>&lc=<comment>, names the comment and the video. */
function timeLink(el: Element): { link: Element; id: string | undefined; video: string | undefined } {
  const link = el.querySelector(YT.publishedLink.css) ?? el.querySelector(YT.publishedLinkByClass.css);
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
  if (!m[1].includes('%')) return m[1];
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/** "@handle" and the channel URL, from the author link (or the owner's name chip), onto `record`. */
function addAuthor(el: Element, record: PostRecord): void {
  const link = find(el, YT.authorLink.css, 'author-text', YT.authorText.css) ?? el.querySelector(YT.authorBadge.css);
  if (!link) return;
  const href = link.getAttribute('href');
  const author = handleOf(href) ?? (textOf(link) || undefined);
  const url = href ? absolute(href) : undefined;
  if (author) record.author = author;
  if (url) record.authorUrl = url;
}

/** "2 days ago" as a time, computed once per distinct text in a read. */
function timeOf(text: string, page: WatchPage): string | undefined {
  if (page.times.has(text)) return page.times.get(text);
  const time = fromRelative(text, page.now);
  page.times.set(text, time);
  return time;
}

/** "14 replies", "1 reply", "View 2 replies", "View reply": the toggle button's label, else its text. */
function countOfToggle(replies: Element, holder: string): number | undefined {
  const button = replies.querySelector(`[id="${holder}"] [aria-label]`);
  const label = button?.getAttribute('aria-label') || button?.textContent || '';
  if (!/\brepl(y|ies)\b/i.test(label)) return undefined;
  return shortCount(label) ?? 1;
}

/** Direct replies of a top-level comment, from its thread's "N replies" toggle; 0 when it has none. */
function replyCount(el: Element): number | undefined {
  const thread = el.closest(THREAD);
  // #replies is the thread's last child in both markups; look further only if not.
  let replies = thread?.lastElementChild?.id === 'replies' ? thread.lastElementChild : null;
  if (thread && !replies) for (const child of thread.children) if (child.id === 'replies') replies = child;
  if (!replies) return undefined;
  if (!replies.firstElementChild) return 0;
  return (
    countOfToggle(replies, 'more-replies-sub-thread') ??
    countOfToggle(replies, 'more-replies') ??
    countOfToggle(replies, 'less-replies-sub-thread') ??
    countOfToggle(replies, 'less-replies')
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
  const text = find(el, YT.contentSlot.css, 'content-text', YT.contentText.css) ?? el.querySelector(YT.content.css);
  if (!text) throw new SelectorError('content-text', el);
  const body = textOf(text);
  // Custom-emoji-only comments are images (their text is in alt): nothing to read.
  if (!body) return null;
  const repliesHost = el.closest(REPLIES);
  const votes = find(el, YT.toolbarSpan.css, 'vote-count-middle', YT.voteCount.css);
  // Fields assigned one by one, not spread: this runs for every comment.
  const record: PostRecord = {
    id,
    site: 'youtube',
    kind: 'comment',
    body,
    permalink: `${ORIGIN}/watch?v=${encodeURIComponent(videoId ?? '')}&lc=${encodeURIComponent(id)}`,
  };
  if (page.community) record.community = page.community;
  addAuthor(el, record);
  const time = timeOf(link.textContent ?? '', page);
  if (time) record.time = time;
  // No likes shows an empty count.
  if (votes) record.score = shortCount(votes.textContent) ?? 0;
  if (repliesHost) {
    record.depth = 1;
    const parentId = parentOf(id, repliesHost);
    if (parentId) record.parentId = parentId;
  } else {
    record.depth = 0;
    if (page.videoId) record.parentId = page.videoId;
    const replies = replyCount(el);
    if (replies !== undefined) record.replyCount = replies;
  }
  // The author line: the time link's holder's parent (#header-author).
  return { record, element: el, anchor: link.parentElement?.parentElement ?? text };
}
