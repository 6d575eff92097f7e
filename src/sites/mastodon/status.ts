import type { PostRecord } from '../../core/post';
import { SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { absoluteUrl, shortCount } from '../dom';
import { type Context, fullHandle, recordId } from './context';
import type { Place } from './thread';
import { detailedId } from './thread';

/**
 * The parts of a status. Status and DetailedStatus render them as direct children (header, filter
 * banner, content warning, content, media, hashtag bar, quote, action bar), so one walk over the
 * children finds them all, and never inside a quoted status (which sits in `.status__quote`).
 * Hot path: this replaces a subtree search per part.
 */
interface Parts {
  info: Element | null;
  warning: Element | null;
  filter: Element | null;
  content: Element | null;
  tags: Element | null;
  bar: Element | null;
}

function partsOf(el: Element): Parts {
  const parts: Parts = { info: null, warning: null, filter: null, content: null, tags: null, bar: null };
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const c = child.classList;
    if (c.contains('status__content')) parts.content = child;
    else if (c.contains('status__info') || c.contains('detailed-status__display-name')) parts.info = child;
    else if (c.contains('content-warning')) {
      if (c.contains('content-warning--filter')) parts.filter = child;
      else parts.warning = child;
    } else if (c.contains('hashtag-bar')) parts.tags = child;
    else if (c.contains('status__action-bar')) parts.bar = child;
  }
  return parts;
}

/**
 * Title (the content warning) and body (the words, then the hashtags the UI moved from the last
 * line into a bar). 4.3+ shows the warning as a banner and leaves a collapsed status' text out of
 * the page; 4.2 and older keep the text, hidden, after a "Show more" toggle inside the content.
 */
function textOfParts(parts: Parts): { title: string | undefined; body: string } {
  const content = parts.content;
  const first = content?.firstElementChild;
  const text = first?.classList.contains('status__content__text') ? first : (content?.querySelector('.status__content__text') ?? null);
  let title = parts.warning ? textOf(parts.warning.querySelector('p') ?? parts.warning) : undefined;
  if (!title && first?.tagName === 'P') {
    const toggle = first.querySelector('.status__content__spoiler-link');
    if (toggle) title = textOf(first, 'status__content__spoiler-link');
  }
  let body = text ? textOf(text) : '';
  if (parts.tags) {
    const tags = Array.from(parts.tags.querySelectorAll('a'), (a) => a.textContent?.trim() ?? '').filter(Boolean).join(' ');
    body = body && tags ? `${body} ${tags}` : body || tags;
  }
  return { title: title || undefined, body };
}

/** "kim@fosstodon.org" from the author link's title ("@kim@fosstodon.org"), else its href, else the handle shown. */
function acctOf(link: Element | null): string | undefined {
  const title = link?.getAttribute('title');
  if (title?.startsWith('@')) return title.slice(1);
  const href = /\/@([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return href ?? (link?.querySelector('.display-name__account')?.textContent?.trim().replace(/^@/, '') || undefined);
}

/** Fields shared by timeline, thread and detailed statuses; optional ones are set only when known. */
function recordOf(id: string, permalink: string, text: { title: string | undefined; body: string }, acct: string | undefined, place: Place | undefined, ctx: Context): PostRecord {
  const record: PostRecord = { id, site: 'mastodon', kind: place?.parentId ? 'comment' : 'post', body: text.body, permalink };
  if (text.title) record.title = text.title;
  if (acct) {
    const author = fullHandle(acct, ctx.host);
    record.author = author;
    // The profile as this server shows it (a remote account's page on the reader's own server).
    record.authorUrl = `${ctx.origin}/@${acct}`;
    record.community = author.slice(author.indexOf('@') + 1);
  }
  if (place?.parentId) {
    record.parentId = place.parentId;
    if (place.depth !== undefined) record.depth = place.depth;
  }
  return record;
}

/** A status in a timeline or a thread. Null for quoted statuses (read as part of the quoting one) and filtered ones. */
export function readStatus(el: Element, ctx: Context, place: Place | undefined): PagePost | null {
  if (el.classList.contains('status--is-quote')) return null;
  const raw = el.getAttribute('data-id') ?? '';
  if (!raw) throw new SelectorError('data-id', el);
  const parts = partsOf(el);
  // Hidden by one of the reader's filters: they chose not to see it (its text is not in the page).
  if (parts.filter && !parts.content) return null;
  const info = parts.info ?? el.querySelector('.status__info');
  let link: Element | null = null;
  let name: Element | null = null;
  for (let child = info?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.classList.contains('status__relative-time')) link = child;
    else if (child.classList.contains('status__display-name')) name = child;
  }
  if (!info || !link) throw new SelectorError('.status__info > a.status__relative-time', el);
  const record = recordOf(recordId(ctx, raw), absoluteUrl(link.getAttribute('href') ?? `/statuses/${raw}`, ctx.origin), textOfParts(parts), acctOf(name ?? info.querySelector('a.status__display-name')), place, ctx);
  const time = toIso((link.lastElementChild?.tagName === 'TIME' ? link.lastElementChild : link.querySelector('time'))?.getAttribute('datetime'));
  if (time) record.time = time;
  const bar = parts.bar;
  if (bar) {
    // The reply counter comes first; favourites show a counter only with the "show counters" setting.
    const replies = shortCount(bar.querySelector('.icon-button__counter')?.textContent);
    if (replies !== undefined) record.replyCount = replies;
    const favourites = shortCount(bar.querySelector('.star-icon .icon-button__counter')?.textContent);
    if (favourites !== undefined) record.score = favourites;
  }
  const wrapper = el.parentElement?.classList.contains('status__wrapper') ? el.parentElement : el.closest('.status__wrapper');
  return { record, element: wrapper ?? el, anchor: info };
}

/** The focused status of a thread page. */
export function readDetailed(el: Element, ctx: Context, place: Place | undefined): PagePost {
  const raw = detailedId(el);
  if (!raw) throw new SelectorError('a.detailed-status__datetime', el);
  const parts = partsOf(el);
  const name = parts.info ?? el.querySelector('a.detailed-status__display-name');
  if (!name) throw new SelectorError('a.detailed-status__display-name', el);
  const date = el.querySelector('a.detailed-status__datetime');
  const record = recordOf(recordId(ctx, raw), absoluteUrl(date?.getAttribute('href') ?? `/statuses/${raw}`, ctx.origin), textOfParts(parts), acctOf(name), place, ctx);
  const time = toIso(date?.querySelector('time')?.getAttribute('datetime'));
  if (time) record.time = time;
  const favourites = shortCount(el.querySelector('.detailed-status__favorites')?.textContent);
  if (favourites !== undefined) record.score = favourites;
  if (place) record.replyCount = place.children;
  return { record, element: el.closest('.detailed-status__wrapper') ?? el, anchor: name };
}
