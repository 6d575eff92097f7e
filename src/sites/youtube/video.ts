import type { PostRecord } from '../../core/post';
import { $, intIn, optional, shortCount, textOf } from '../dom';
import type { PagePost } from '../types';
import { YT } from './selectors';
import { absolute, handleOf, ORIGIN, type WatchPage } from './shared';
import { fromDate, fromRelative } from './when';

// The video itself, read as a post from ytd-watch-metadata: title, description, channel. Its
// comments reply to it (parentId = the video id).

/** The channel link in the owner row (the page's community), or null. */
export function channelLink(scope: ParentNode): Element | null {
  return scope.querySelector(YT.channelLink.css);
}

/** The channel as the comments' community: its handle, or its name for channels without one. */
export function communityOf(link: Element | null): string | undefined {
  if (!link) return undefined;
  return handleOf(link.getAttribute('href')) ?? (textOf(link) || undefined);
}

/** The description: the full text (rendered, hidden until "...more"), else the snippet. */
function description(el: Element): string {
  const full = el.querySelector('#description-inline-expander #expanded yt-attributed-string');
  const text = full ? textOf(full) : '';
  if (text) return text;
  const snippet = el.querySelector('#description-inline-expander #attributed-snippet-text');
  return snippet ? textOf(snippet) : '';
}

/** Upload time: the date in the tooltip ("48,211 views • Nov 10, 2026"), else "2 weeks ago". */
function uploaded(el: Element, now: number): string | undefined {
  const info = el.querySelector('ytd-watch-info-text');
  if (!info) return undefined;
  return fromDate(info.querySelector('#tooltip')?.textContent) ?? fromRelative(info.querySelector('#info')?.textContent, now);
}

/** Likes: the like button's label has the exact number; its text the abbreviated one ("3.4K"). */
function likes(el: Element): number | undefined {
  const button = el.querySelector('like-button-view-model button');
  if (!button) return undefined;
  return intIn(button.getAttribute('aria-label')) ?? shortCount(button.textContent);
}

export function readVideo(el: Element, page: WatchPage): PagePost | null {
  const { videoId } = page;
  if (!videoId) return null;
  // YouTube keeps the player page when navigating: until it renders the URL's video, it shows the last one.
  const shown = el.closest('ytd-watch-flexy')?.getAttribute('video-id');
  if (shown && shown !== videoId) return null;
  const h1 = $(el, '#title h1', YT.videoTitle.css);
  const title = textOf(h1);
  if (!title) return null; // not rendered yet
  const channel = channelLink(el);
  const href = channel?.getAttribute('href');
  const doc = el.ownerDocument;
  const record: PostRecord = {
    id: videoId,
    site: 'youtube',
    kind: 'post',
    title,
    body: description(el),
    permalink: `${ORIGIN}/watch?v=${encodeURIComponent(videoId)}`,
    ...optional('community', page.community ?? communityOf(channel)),
    ...optional('author', communityOf(channel)),
    ...optional('authorUrl', href ? absolute(href) : undefined),
    ...optional('time', uploaded(el, page.now)),
    ...optional('score', likes(el)),
    // The comment count sits in the comments section, outside the metadata block.
    ...optional('replyCount', intIn(doc.querySelector(YT.commentCount.css)?.textContent)),
  };
  return { record, element: el, anchor: h1 };
}
