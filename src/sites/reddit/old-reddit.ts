import type { PostRecord } from '../../core/post';
import { $, childWithClass, countIn, intIn, optional, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { OLD } from './selectors';
import { absolute, authorUrl, communityOf, GONE_BODY, liveAuthor } from './shared';

// Old Reddit: server-rendered div.thing elements with data-* attributes. A thing's own parts are
// in its direct child .entry; its replies in its direct child .child, so reads stay off the replies.

function entryOf(thing: Element): Element {
  const entry = childWithClass(thing, 'entry');
  if (!entry) throw new SelectorError('.entry', thing);
  return entry;
}

function community(thing: Element, permalink: string): string | undefined {
  const sub = thing.getAttribute('data-subreddit');
  return sub ? `r/${sub}` : communityOf(permalink);
}

function timeOf(entry: Element): string | undefined {
  return toIso(entry.querySelector(OLD.time.css)?.getAttribute('datetime'));
}

function linkReplies(thing: Element, entry: Element): number | undefined {
  const attr = thing.getAttribute('data-comments-count');
  if (attr !== null) return countIn(attr);
  // The link reads "comment" when there are none yet, "11 comments" otherwise.
  const text = entry.querySelector('a.comments')?.textContent;
  return text ? (countIn(text) ?? 0) : undefined;
}

export function readOldLink(thing: Element, fullname: string): PagePost {
  const permalink = thing.getAttribute('data-permalink');
  if (!permalink) throw new SelectorError('data-permalink', thing);
  const entry = entryOf(thing);
  const title = $(entry, OLD.title.css);
  // The self text is only on the post's own page (listings collapse it into an empty expando).
  const body = entry.querySelector('.expando .usertext-body .md');
  const author = liveAuthor(thing.getAttribute('data-author'));
  const record: PostRecord = {
    id: fullname,
    site: 'reddit',
    kind: 'post',
    title: textOf(title),
    body: body ? textOf(body) : '',
    permalink: absolute(permalink),
    url: absolute(thing.getAttribute('data-url') || permalink),
    ...optional('community', community(thing, permalink)),
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', timeOf(entry)),
    ...optional('score', intIn(thing.getAttribute('data-score') ?? thing.querySelector('.midcol .score.unvoted')?.textContent)),
    ...optional('replyCount', linkReplies(thing, entry)),
  };
  return { record, element: thing, anchor: title };
}

/** The comment this one replies to, and how deep it sits, from the nesting of things. */
function placeOf(thing: Element, postId: string | undefined): { parentId?: string; depth: number } {
  let parentId: string | undefined;
  let depth = 0;
  for (let up = thing.parentElement?.closest('.thing'); up; up = up.parentElement?.closest('.thing')) {
    if (up.getAttribute('data-type') !== 'comment') break;
    parentId ??= up.getAttribute('data-fullname') ?? undefined;
    depth++;
  }
  return { depth, ...optional('parentId', parentId ?? postId) };
}

/** Direct replies: child comments plus the "(N replies)" behind "load more comments". */
function replyCount(thing: Element): number | undefined {
  const list = childWithClass(thing, 'child')?.firstElementChild;
  if (!list) return 0;
  let count = 0;
  for (const reply of list.children) {
    if (reply.getAttribute('data-type') === 'comment') count++;
    else if (reply.classList.contains('morechildren')) {
      const n = countIn(reply.querySelector('.gray')?.textContent);
      if (n === undefined) return count > 0 ? count : undefined;
      count += n;
    }
  }
  return count;
}

export function readOldComment(thing: Element, fullname: string, postId: string | undefined): PagePost | null {
  const permalink = thing.getAttribute('data-permalink');
  if (!permalink) throw new SelectorError('data-permalink', thing);
  const entry = entryOf(thing);
  const tagline = $(entry, '.tagline');
  const body = entry.querySelector('.usertext-body .md');
  const author = liveAuthor(thing.getAttribute('data-author'));
  const text = body ? textOf(body) : '';
  // A removed comment keeps its place (its replies point at it) but has nothing to read.
  if (!author && (GONE_BODY.test(text) || thing.classList.contains('deleted'))) return null;
  if (!body) throw new SelectorError('.usertext-body .md', thing);
  const record: PostRecord = {
    id: fullname,
    site: 'reddit',
    kind: 'comment',
    body: text,
    permalink: absolute(permalink),
    ...optional('community', community(thing, permalink)),
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', toIso(tagline.querySelector('time[datetime]')?.getAttribute('datetime'))),
    // "[score hidden]" has an empty title.
    ...optional('score', intIn(tagline.querySelector('.score.unvoted')?.getAttribute('title'))),
    ...placeOf(thing, postId),
    ...optional('replyCount', replyCount(thing)),
  };
  return { record, element: thing, anchor: tagline };
}
