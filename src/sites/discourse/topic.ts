import type { PostRecord } from '../../core/post';
import { $, intIn, optional, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import type { Context } from './context';
import { cookedText, shortCount } from './text';

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
  /** Articles before the first one read: the rest of the stream, when only new nodes are read. */
  before: (article: Element) => Element[];
}

export function newStream(before: Stream['before']): Stream {
  return { lastBy: new Map(), byPostId: new Map(), depth: new Map(), before };
}

/** The post's own body column (an expanded parent above it is also a `.topic-body`). */
function ownBody(article: Element): Element {
  for (const row of article.children) {
    for (const cell of row.children) {
      if (cell.classList.contains('topic-body') && !cell.classList.contains('embedded-posts')) return cell;
    }
  }
  throw new SelectorError('article > .row > .topic-body', article);
}

function parentOf(article: Element, meta: Element, ctx: Context, stream: Stream): string {
  if (article.classList.contains('replies-above')) {
    const above = article.querySelectorAll('.embedded-posts.top .reply[data-post-id]');
    const raw = above[above.length - 1]?.getAttribute('data-post-id');
    if (raw) return stream.byPostId.get(raw) ?? `${ctx.host}:${raw}`;
  }
  const tab = meta.querySelector('.reply-to-tab span');
  if (!tab) return ctx.topicId;
  const name = textOf(tab);
  let parent = stream.lastBy.get(name);
  if (parent === undefined) {
    // Reading new nodes only: the parent is further up the stream, outside the nodes read.
    for (const earlier of stream.before(article).reverse()) {
      if (earlier.querySelector('.names .first a[data-user-card]')?.textContent?.trim() === name) {
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
  const body = ownBody(article);
  const meta = $(body, '.topic-meta-data');
  const name = meta.querySelector('.names .first a[data-user-card]');
  const author = name?.getAttribute('data-user-card') || undefined;
  const href = name?.getAttribute('href');
  const link = meta.querySelector('a.post-date');
  const first = number === '1';
  const id = first ? ctx.topicId : `${ctx.host}:${raw}`;
  const likes = body.querySelector('.post-controls .like-count');

  const record: PostRecord = {
    id,
    site: 'discourse',
    kind: first ? 'post' : 'comment',
    ...(first && { title: requireTitle(ctx, article) }),
    body: cookedText($(body, '.cooked')),
    permalink: permalinkOf(link?.getAttribute('href'), ctx, number),
    ...optional('community', ctx.category),
    ...(author && { author, ...(href && { authorUrl: new URL(href, ctx.origin).href }) }),
    ...optional('time', toIso(meta.querySelector('.relative-date[data-time]')?.getAttribute('data-time'))),
    ...optional('score', likes ? shortCount(likes.textContent) : body.querySelector('.post-controls .toggle-like') ? 0 : undefined),
    ...optional('replyCount', intIn(body.querySelector('.post-controls .show-replies')?.textContent)),
  };
  if (!first) {
    const parentId = parentOf(article, meta, ctx, stream);
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
  if (href) {
    const url = new URL(href, ctx.origin);
    url.search = '';
    return url.href;
  }
  return `${ctx.topicUrl}/${number}`;
}
