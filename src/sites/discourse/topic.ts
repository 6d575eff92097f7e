import type { PostRecord } from '../../core/post';
import { $, intIn, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { absoluteUrl, shortCount } from '../dom';
import type { Context } from './context';
import { cookedText } from './text';

// A topic's post stream. The first post is the topic itself (id `<host>:t<topic id>`, the same as
// its row in topic lists); replies are `<host>:<post id>`. Discourse shows the stream flat:
// - a reply-to tab ("in reply to <name>") when the parent is not directly above: the parent is
//   that person's nearest post above (exact when the reader has expanded the tab: the parent is
//   then embedded above the post with its data-post-id);
// - no tab: a reply to the topic, or to the post directly above (suppress_reply_directly_above
//   hides the tab then). The page cannot tell these apart, so Rapport files it under the topic,
//   as the page presents it.

/** What the stream read so far tells about parents. */
export interface Stream {
  /** Latest record id per name shown (the reply-to tab shows the same name as the post header). */
  lastBy: Map<string, string>;
  /** Record id by Discourse post id (the first post's is the topic's record id). */
  byPostId: Map<string, string>;
  depth: Map<string, number>;
  /** The page's posts above `article`: the rest of the stream, when only new nodes are read. */
  before: (article: Element) => Element[];
}

export function newStream(before: Stream['before']): Stream {
  return { lastBy: new Map(), byPostId: new Map(), depth: new Map(), before };
}

/** The first direct child of `parent` with `className`. */
function child(parent: Element | null | undefined, className: string): Element | null {
  for (let el = parent?.firstElementChild; el; el = el.nextElementSibling) if (el.classList.contains(className)) return el;
  return null;
}

/**
 * The parts of a post. The Glimmer components nest them at fixed places: article > .row >
 * .topic-body > (.topic-meta-data > .names, .post-infos), (.contents > .cooked, .post-menu-area >
 * .post-controls). Walking those children is much cheaper than searching the post (its text can be
 * long) once per part, and never lands in a parent expanded above the post, which is also a
 * `.topic-body` (marked embedded-posts). Subtree searches remain as fallbacks.
 */
interface Parts {
  meta: Element;
  name: Element | null;
  tab: Element | null;
  date: Element | null;
  cooked: Element;
  controls: Element | null;
}

function partsOf(article: Element): Parts {
  let body: Element | null = null;
  for (let row = article.firstElementChild; row && !body; row = row.nextElementSibling) {
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.classList.contains('topic-body') && !cell.classList.contains('embedded-posts')) {
        body = cell;
        break;
      }
    }
  }
  if (!body) throw new SelectorError('article > .row > .topic-body', article);
  const meta = child(body, 'topic-meta-data') ?? $(body, '.topic-meta-data');
  const names = child(meta, 'names');
  let tab: Element | null = null;
  let date: Element | null = null;
  for (let info = child(meta, 'post-infos')?.firstElementChild; info; info = info.nextElementSibling) {
    if (info.classList.contains('reply-to-tab')) tab = info;
    else if (info.classList.contains('post-date')) date = info;
  }
  const contents = child(body, 'contents');
  const cooked = child(contents, 'cooked') ?? $(body, '.cooked');
  const menu = child(contents, 'post-menu-area');
  return {
    meta,
    name: (names ?? meta).querySelector('a[data-user-card]'),
    tab,
    date: date ?? meta.querySelector('.post-date'),
    cooked,
    controls: child(menu, 'post-controls') ?? contents?.querySelector('.post-controls') ?? null,
  };
}

/** Post times are epoch milliseconds (data-time). */
function timeOf(date: Element | null): string | undefined {
  const ms = date?.querySelector('.relative-date[data-time]')?.getAttribute('data-time');
  return ms && /^\d{10,13}$/.test(ms) ? new Date(Number(ms)).toISOString() : toIso(ms);
}

function parentOf(article: Element, tab: Element | null, ctx: Context, stream: Stream): string {
  if (article.classList.contains('replies-above')) {
    const above = article.querySelectorAll('.embedded-posts.top .reply[data-post-id]');
    const raw = above[above.length - 1]?.getAttribute('data-post-id');
    if (raw) return stream.byPostId.get(raw) ?? `${ctx.host}:${raw}`;
  }
  const shown = tab?.querySelector('span');
  if (!shown) return ctx.topicId;
  const name = textOf(shown);
  let parent = stream.lastBy.get(name);
  if (parent === undefined) {
    // Reading new nodes only: the parent is further up the stream, outside the nodes read.
    for (const earlier of stream.before(article).reverse()) {
      if (earlier.classList.contains('small-action')) continue;
      if (partsOf(earlier).name?.textContent?.trim() === name) {
        const raw = earlier.getAttribute('data-post-id');
        parent = raw ? (earlier.id === 'post_1' ? ctx.topicId : `${ctx.host}:${raw}`) : undefined;
        break;
      }
    }
  }
  return parent ?? ctx.topicId;
}

export function readTopicPost(article: Element, ctx: Context, stream: Stream): PagePost | null {
  if (article.classList.contains('small-action')) return null; // "closed the topic", "split this post"
  const raw = article.getAttribute('data-post-id') ?? '';
  const number = /^post_(\d+)$/.exec(article.id)?.[1];
  if (!raw || !number) throw new SelectorError('data-post-id and id="post_N"', article);
  const { meta, name, tab, date, cooked, controls } = partsOf(article);
  const author = name?.getAttribute('data-user-card') || undefined;
  const href = name?.getAttribute('href');
  const first = number === '1';
  const id = first ? ctx.topicId : `${ctx.host}:${raw}`;

  const record: PostRecord = {
    id,
    site: 'discourse',
    kind: first ? 'post' : 'comment',
    body: cookedText(cooked),
    permalink: permalinkOf(date?.getAttribute('href'), ctx, number),
  };
  if (first) record.title = requireTitle(ctx, article);
  if (ctx.category) record.community = ctx.category;
  if (author) {
    record.author = author;
    if (href) record.authorUrl = absoluteUrl(href, ctx.origin);
  }
  const time = timeOf(date);
  if (time) record.time = time;
  if (controls) {
    // Likes: the count is shown from one like on; the like button alone means none yet.
    const likes = controls.querySelector('.like-count');
    const score = likes ? shortCount(likes.textContent) : controls.querySelector('.toggle-like') ? 0 : undefined;
    if (score !== undefined) record.score = score;
    const replies = intIn(controls.querySelector('.show-replies')?.textContent);
    if (replies !== undefined) record.replyCount = replies;
  }
  if (!first) {
    const parentId = parentOf(article, tab, ctx, stream);
    const depth = parentId === ctx.topicId ? 0 : (stream.depth.get(parentId) ?? 0) + 1;
    Object.assign(record, { parentId, depth });
    stream.depth.set(id, depth);
  }
  stream.byPostId.set(raw, id);
  const shown = name?.textContent?.trim();
  if (shown) stream.lastBy.set(shown, id);
  return { record, element: article, anchor: meta };
}

function requireTitle(ctx: Context, article: Element): string {
  if (!ctx.title) throw new SelectorError('#topic-title .fancy-title', article);
  return ctx.title;
}

/** The post's share link without the `?u=` referral, absolute; else topic URL + post number. */
function permalinkOf(href: string | null | undefined, ctx: Context, number: string): string {
  if (href) return absoluteUrl(href.split('?')[0] ?? href, ctx.origin);
  return `${ctx.topicUrl}/${number}`;
}
