import type { PostRecord } from '../../core/post';
import { countIn, forgiving, pickReplyBox, readAll, selectAll, SelectorError, textOf, toIso } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { X } from './selectors';
import { tweetTextOf } from './text';
import { Conversation, type Place } from './thread';

const ORIGIN = 'https://x.com';
/** /handle/status/ID, also with /photo/1, /analytics... after it. Handles are 1-15 word characters. */
const STATUS_PATH = /^\/(\w{1,15})\/status\/(\d+)/;
const COMMUNITY_PATH = /^\/i\/communities\/\d+$/;
const TWEET = X.tweet.css;
const [LIKE, UNLIKE] = X.like.css.split(', ') as [string, string];
/** The label X prints instead of a time on paid placements (English UI; others fail the strict read). */
const AD_LABEL = /^(?:Ad|Promoted)$/;

/** The focal status of a status page, or undefined on timelines, profiles, search. */
export function focalStatus(url: URL): string | undefined {
  return STATUS_PATH.exec(url.pathname)?.[2];
}

/** Inside a quoted tweet (a role="link" card, or a nested article in older markup) of `article`. */
function inQuote(el: Element, article: Element): boolean {
  for (let up = el.parentElement; up && up !== article; up = up.parentElement) {
    if (up.tagName === 'ARTICLE' || (up.tagName === 'DIV' && up.getAttribute('role') === 'link')) return true;
  }
  return false;
}

/** The first match that belongs to the tweet itself, not to the tweet it quotes. */
function own(article: Element, css: string, accept?: (el: Element) => boolean): Element | null {
  const first = article.querySelector(css);
  if (!first || (!inQuote(first, article) && (!accept || accept(first)))) return first;
  for (const el of article.querySelectorAll(css)) if (!inQuote(el, article) && (!accept || accept(el))) return el;
  return null;
}

/** The tweet's permalink: the link around its own time. */
function permalinkOf(article: Element): { link: Element; time: Element; handle: string; id: string } | null {
  const time = article.querySelector(X.permalinkTime.css);
  const link = time?.parentElement;
  const match = link ? STATUS_PATH.exec(link.getAttribute('href') ?? '') : null;
  return time && link && match?.[1] && match[2] ? { link, time, handle: match[1], id: match[2] } : null;
}

/** Exact counts from the action buttons' labels ("12 Replies. Reply"); a bare "Reply" means none. */
function countOf(article: Element, css: string): number | undefined {
  const label = article.querySelector(css)?.getAttribute('aria-label');
  if (label == null) return undefined;
  return countIn(label) ?? 0;
}

function communityOf(article: Element): string | undefined {
  const link = own(article, X.communityLink.css, (a) => COMMUNITY_PATH.test(a.getAttribute('href') ?? ''));
  return link ? textOf(link) || undefined : undefined;
}

function isPromoted(article: Element): boolean {
  for (const span of article.querySelectorAll('span')) {
    if (span.childElementCount === 0 && AD_LABEL.test(span.textContent?.trim() ?? '')) return true;
  }
  return false;
}

function readTweet(article: Element, conversation: Conversation | undefined): PagePost | null {
  // A tweet quoted in older markup was a nested article: it belongs to the tweet around it.
  if (article.parentElement?.closest(TWEET)) return null;
  const permalink = permalinkOf(article);
  if (!permalink) {
    // Promoted tweets print "Ad" where the time would be and have no permalink: not community posts.
    if (isPromoted(article)) return null;
    throw new SelectorError(X.permalinkTime.css, article);
  }
  const { handle, id } = permalink;
  const text = own(article, X.text.css);
  const place: Place = conversation ? conversation.place(article, id) : { kind: 'post' };
  const record: PostRecord = {
    id,
    site: 'x',
    kind: place.kind,
    body: text ? tweetTextOf(text) : '', // media-only tweets have no text
    permalink: `${ORIGIN}/${handle}/status/${id}`,
    author: handle,
    authorUrl: `${ORIGIN}/${handle}`,
  };
  // Plain assignments, not spreads of optional(): this runs for every tweet on the page.
  const time = toIso(permalink.time.getAttribute('datetime'));
  if (time !== undefined) record.time = time;
  const community = communityOf(article);
  if (community !== undefined) record.community = community;
  // Two queries, not one selector list: Chromium's fast path skips lists ("a, b"), ~10x slower here.
  const likes = countOf(article, LIKE) ?? countOf(article, UNLIKE);
  if (likes !== undefined) record.score = likes;
  const replies = countOf(article, X.reply.css);
  if (replies !== undefined) record.replyCount = replies;
  if (place.parentId !== undefined) record.parentId = place.parentId;
  if (place.depth !== undefined) record.depth = place.depth;
  return { record, element: article, anchor: own(article, X.userName.css) ?? permalink.link };
}

/** Tweets under `root`; a root inside a tweet (React replaced part of it) reads that tweet. */
function tweetsUnder(root: ParentNode): Element[] {
  const found = selectAll(root, TWEET);
  if (found.length === 0 && (root as Node).nodeType === 1) {
    const outer = (root as Element).closest(TWEET);
    if (outer) found.push(outer);
  }
  return found;
}

/** Read tweets in page order. Strict (tests) throws on a broken selector. */
export function readX(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const focal = focalStatus(url);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const conversation = focal ? new Conversation(doc, focal, (a) => permalinkOf(a)?.id) : undefined;
  return readAll(tweetsUnder(root), (article) => readTweet(article, conversation), strict);
}

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  detect: (url) => url.hostname === 'x.com' || url.hostname === 'twitter.com',
  readPosts: forgiving(readX),
  // Only reply boxes: the home timeline's "What is happening?!" composer starts a new post.
  findReplyBox: (doc) => pickReplyBox(doc, [X.inlineReply.css, X.dialogReply.css]),
};
