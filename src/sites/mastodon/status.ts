import type { PostRecord } from '../../core/post';
import { $, optional, ownQuery, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { type Context, countOf, fullHandle, recordId } from './context';
import type { Place } from './thread';
import { detailedId } from './thread';

// A quoted status nests a whole `.status` inside the quoting one: every lookup takes the first
// match that belongs to the status being read, not to the quote inside it.
const OWNER = '.status, .detailed-status';
const own = (el: Element, selector: string): Element | null => ownQuery(el, selector, OWNER);

/** The content warning: 4.3+ banner, or (4.2 and older) the text before the "Show more" button. */
function warningOf(el: Element): string | undefined {
  const banner = own(el, '.content-warning:not(.content-warning--filter) > p');
  if (banner) return textOf(banner) || undefined;
  const toggle = own(el, '.status__content__spoiler-link');
  return toggle?.parentElement ? textOf(toggle.parentElement, 'status__content__spoiler-link') || undefined : undefined;
}

/**
 * The text, and the hashtags the UI moved from the last line into a bar below it. A collapsed
 * content warning leaves no text in the page from 4.3 on (4.2 keeps it, hidden): read it then.
 */
function bodyOf(el: Element): string {
  const text = own(el, '.status__content__text');
  const bar = own(el, '.hashtag-bar');
  const body = text ? textOf(text) : '';
  if (!bar) return body;
  const tags = Array.from(bar.querySelectorAll('a'), (a) => a.textContent?.trim() ?? '').filter(Boolean).join(' ');
  return body && tags ? `${body} ${tags}` : body || tags;
}

/** "@kim@fosstodon.org" from the author link's title, else its href "/@kim@fosstodon.org", else the handle shown. */
function acctOf(link: Element | null, shown: Element | null): string | undefined {
  const title = link?.getAttribute('title');
  if (title?.startsWith('@')) return title.slice(1);
  const href = /\/@([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return href ?? (shown?.textContent?.trim().replace(/^@/, '') || undefined);
}

function authorFields(acct: string | undefined, ctx: Context): Pick<PostRecord, 'author' | 'authorUrl' | 'community'> {
  if (!acct) return {};
  const author = fullHandle(acct, ctx.host);
  // The profile as this server shows it (a remote account's page on the reader's own server).
  return { author, authorUrl: `${ctx.origin}/@${acct}`, community: author.slice(author.indexOf('@') + 1) };
}

function threadFields(place: Place | undefined): Partial<PostRecord> {
  if (!place?.parentId) return { kind: 'post' };
  return { kind: 'comment', parentId: place.parentId, ...optional('depth', place.depth) };
}

/** A status in a timeline or a thread. Null for quoted statuses (read as part of the quoting one) and filtered ones. */
export function readStatus(el: Element, ctx: Context, place: Place | undefined): PagePost | null {
  if (el.classList.contains('status--is-quote')) return null;
  const raw = el.getAttribute('data-id') ?? '';
  if (!raw) throw new SelectorError('data-id', el);
  // Hidden by one of the reader's filters: they chose not to see it.
  if (own(el, '.content-warning--filter') && !own(el, '.status__content__text')) return null;
  const info = $(el, '.status__info');
  const link = info.querySelector('a.status__relative-time');
  if (!link) throw new SelectorError('a.status__relative-time', el);
  const title = warningOf(el);
  const record: PostRecord = {
    id: recordId(ctx, raw),
    site: 'mastodon',
    kind: 'post',
    ...threadFields(place),
    ...optional('title', title),
    body: bodyOf(el),
    permalink: new URL(link.getAttribute('href') ?? `/statuses/${raw}`, ctx.origin).href,
    ...authorFields(acctOf(info.querySelector('a.status__display-name'), info.querySelector('.display-name__account')), ctx),
    ...optional('time', toIso(link.querySelector('time')?.getAttribute('datetime'))),
    ...optional('score', countOf(own(el, '.status__action-bar .star-icon .icon-button__counter')?.textContent)),
    ...optional('replyCount', countOf(own(el, '.status__action-bar .icon-button__counter')?.textContent)),
  };
  return { record, element: el.closest('.status__wrapper') ?? el, anchor: info };
}

/** The focused status of a thread page. */
export function readDetailed(el: Element, ctx: Context, place: Place | undefined): PagePost {
  const raw = detailedId(el);
  if (!raw) throw new SelectorError('a.detailed-status__datetime', el);
  const name = $(el, 'a.detailed-status__display-name');
  const title = warningOf(el);
  const record: PostRecord = {
    id: recordId(ctx, raw),
    site: 'mastodon',
    kind: 'post',
    ...threadFields(place),
    ...optional('title', title),
    body: bodyOf(el),
    permalink: new URL(el.querySelector('a.detailed-status__datetime')?.getAttribute('href') ?? '', ctx.origin).href,
    ...authorFields(acctOf(name, name.querySelector('.display-name__account')), ctx),
    ...optional('time', toIso(el.querySelector('a.detailed-status__datetime time')?.getAttribute('datetime'))),
    ...optional('score', countOf(el.querySelector('.detailed-status__favorites')?.textContent)),
    ...optional('replyCount', place?.children),
  };
  return { record, element: el.closest('.detailed-status__wrapper') ?? el, anchor: name };
}
