import type { PostRecord } from '../../core/post';
import { countIn, forgiving, pickReplyBox, readAll, selectAll, SelectorError, textOf } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { BSKY } from './selectors';
import { type Place, Thread } from './thread';
import { timeOfLabel, timeOfRecordKey } from './time';

const ORIGIN = 'https://bsky.app';
const ITEM = `${BSKY.feedItem.css}, ${BSKY.threadItem.css}`;
/** /profile/<handle or did>/post/<rkey>, also with /liked-by, /reposted-by, /quotes after it. */
const POST_PATH = /^\/profile\/([^/?#]+)\/post\/([^/?#]+)(\/[^?#]*)?/;

interface PostRef {
  actor: string;
  rkey: string;
  /** A sub-page of the post (the main post's "12 likes" link), not the post itself. */
  sub: boolean;
}

/** The post's AT URI; the authority is the handle or DID the page links with (the DID is not shown). */
const atUri = (ref: PostRef): string => `at://${ref.actor}/app.bsky.feed.post/${ref.rkey}`;

function postRef(path: string | null | undefined): PostRef | undefined {
  const match = path ? POST_PATH.exec(path) : null;
  if (!match?.[1] || !match[2]) return undefined;
  return { actor: match[1], rkey: match[2], sub: (match[3] ?? '/') !== '/' };
}

/** Inside a quoted post: a role="link" card within the item (the feed card itself is one too). */
function inQuote(el: Element, item: Element): boolean {
  for (let up = el.parentElement; up && up !== item; up = up.parentElement) {
    if (up.tagName === 'DIV' && up.getAttribute('role') === 'link') return true;
  }
  return false;
}

/** The first match that belongs to the post itself, not to a post it quotes. */
function own(item: Element, css: string): Element | null {
  const first = item.querySelector(css);
  if (!first || !inQuote(first, item)) return first;
  for (const el of item.querySelectorAll(css)) if (!inQuote(el, item)) return el;
  return null;
}

/** The author's handle, from the test id the app writes on every post: `feedItem-by-<handle>`. */
function handleOf(item: Element): string {
  const testId = item.getAttribute('data-testid') ?? '';
  const handle = testId.slice(testId.indexOf('-by-') + 4);
  if (!handle || !testId.includes('-by-')) throw new SelectorError('author handle in data-testid', item);
  return handle;
}

/** The post's own link; the thread's main post has none (maybe only "N likes" sub-page links). */
function refOf(item: Element, page: PostRef | undefined): { ref: PostRef; link: Element | null } {
  const link = own(item, BSKY.postLink.css);
  const ref = postRef(link?.getAttribute('href'));
  if (ref) return { ref, link };
  // The main post is the only item that is not a link to itself: its key is in the page URL.
  if (page && !item.matches('[role="link"]')) return { ref: page, link: null };
  throw new SelectorError(BSKY.postLink.css, item);
}

/** Exact counts from the buttons' labels: "Reply (3 replies)", "Like (12 likes)". */
function countOf(item: Element, css: string): number | undefined {
  const label = item.querySelector(css)?.getAttribute('aria-label');
  return label == null ? undefined : (countIn(label) ?? 0);
}

interface Read {
  page: PostRef | undefined;
  thread: Thread | undefined;
}

function readItem(item: Element, read: Read): PagePost {
  const handle = handleOf(item);
  const { ref, link } = refOf(item, read.page);
  // The URL may name the author by DID while links use the handle: the key, plus either the same
  // actor or the anchor's shape (the one thread item that is not a link to itself), decides.
  const isAnchor = read.page !== undefined && ref.rkey === read.page.rkey && (ref.actor === read.page.actor || !item.matches('[role="link"]'));
  const id = atUri(ref);
  const place: Place = read.thread ? read.thread.place(item, id, isAnchor) : { kind: 'post' };
  // Feed posts label their text; thread posts do not, so there the RichText block is read directly.
  const text = read.thread ? own(item, BSKY.richText.css) : (own(item, BSKY.postText.css) ?? own(item, BSKY.richText.css));
  const record: PostRecord = {
    id,
    site: 'bluesky',
    kind: place.kind,
    body: text ? textOf(text) : '', // image-only posts have no text
    // The actor and key come from a link path: already URL-safe (a handle is a DNS name).
    permalink: `${ORIGIN}/profile/${ref.actor}/post/${ref.rkey}`,
    author: handle,
    authorUrl: `${ORIGIN}/profile/${handle}`,
  };
  // Plain assignments, not spreads of optional(): this runs for every post on the page.
  const time = timeOfRecordKey(ref.rkey) ?? (link && !ref.sub ? timeOfLabel(link.getAttribute('title')) : undefined);
  if (time !== undefined) record.time = time;
  const likes = countOf(item, BSKY.likeBtn.css);
  if (likes !== undefined) record.score = likes;
  const replies = countOf(item, BSKY.replyBtn.css);
  if (replies !== undefined) record.replyCount = replies;
  if (place.parentId !== undefined) record.parentId = place.parentId;
  if (place.depth !== undefined) record.depth = place.depth;
  return { record, element: item, anchor: (link && !ref.sub ? link : null) ?? text ?? item };
}

/**
 * Posts under `root`: the page's usual kind first, the other only if there is none (a page holds
 * one kind). Single-selector queries, since Chromium's fast path skips selector lists. A root inside a post (part of it
 * re-rendered) reads that post.
 */
function itemsUnder(root: ParentNode, onThread: boolean): Element[] {
  const [usual, other] = onThread ? [BSKY.threadItem.css, BSKY.feedItem.css] : [BSKY.feedItem.css, BSKY.threadItem.css];
  const first = selectAll(root, usual);
  const found = first.length > 0 ? first : selectAll(root, other);
  if (found.length === 0 && (root as Node).nodeType === 1) {
    const outer = (root as Element).closest(ITEM);
    if (outer) found.push(outer);
  }
  return found;
}

/** Read feed and thread posts in page order. Strict (tests) throws on a broken selector. */
export function readBluesky(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const page = postRef(url.pathname);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const read: Read = { page, thread: undefined };
  if (page) read.thread = new Thread(doc, atUri(page), (item) => atUri(refOf(item, page).ref));
  return readAll(itemsUnder(root, page !== undefined), (item) => readItem(item, read), strict);
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  detect: (url) => url.hostname === 'bsky.app',
  readPosts: forgiving(readBluesky),
  findReplyBox: (doc) => pickReplyBox(doc, [BSKY.composer.css, BSKY.composerTextbox.css]),
};
