import { expected } from '../dom';

/**
 * Mastodon web UI selectors, each with how many elements it matches document-wide on each page kind:
 * `home` = mastodon.social's home timeline (18 entries: a boost, a collapsed and an expanded content
 * warning, a reply with a mention and a hashtag, a filtered post, a quote post, a poll, media, one
 * entry scrolled out and unrendered, the compose form); `thread` = a reply opened on hachyderm.io
 * (one ancestor, the detailed status, ten replies, the compose form replying).
 * Fixtures: tests/fixtures/sites/mastodon/{home,thread}.html.
 *
 * Mastodon runs on any host. These are the classes its React components render in 4.4/4.5
 * (app/javascript/mastodon/components/status/legacy/*, features/status/*, components/display_name/*
 * in mastodon/mastodon); forks (glitch-soc, Hometown) keep them. 4.2 and older put a collapsed
 * content warning's text in the page (hidden); 4.3 and later render it only when expanded.
 */
type Page = 'home' | 'thread';

export const MA = {
  /** The web app's root, on every server: detection. */
  root: expected<Page>('#mastodon[data-props]', { home: 1, thread: 1 }),
  /** Timeline entries: data-id is the entry's id (a boost's own id, not the boosted status'). */
  entry: expected<Page>('article[data-id][aria-posinset]', { home: 18, thread: 0 }),
  /** Statuses: data-id is the status' id on this server. Quoted statuses nest inside (1 on home). */
  status: expected<Page>('.status[data-id]', { home: 18, thread: 11 }),
  quoted: expected<Page>('.status--is-quote', { home: 1, thread: 0 }),
  /** The status and what the UI puts above it ("X boosted", "Replied to X"): the element marked. */
  wrapper: expected<Page>('.status__wrapper', { home: 19, thread: 11 }),
  /** The focused status of a thread page; its id is in its date link. */
  detailed: expected<Page>('.detailed-status', { home: 0, thread: 1 }),
  detailedWrapper: expected<Page>('.detailed-status__wrapper', { home: 0, thread: 1 }),
  /** Thread statuses (ancestors and replies) and how the UI joins them: a reply to the status just
   * above continues it; `first-in-thread` starts a new branch (a reply to the focused status, or
   * to one further up that the UI does not point at). */
  inThread: expected<Page>('.status--in-thread', { home: 0, thread: 11 }),
  firstInThread: expected<Page>('.status--first-in-thread', { home: 0, thread: 4 }),
  /** Header: author link and permalink; the badge goes after it. */
  info: expected<Page>('.status__info', { home: 18, thread: 11 }),
  /** Author link: title="@user@server" (no server for local accounts), href="/@user@server". */
  author: expected<Page>('.status__info > a.status__display-name[title]', { home: 18, thread: 11 }),
  detailedAuthor: expected<Page>('a.detailed-status__display-name', { home: 0, thread: 2 }),
  /** The handle as shown: "@user", "@user@server"; in the detailed status always with the server. */
  account: expected<Page>('.display-name__account', { home: 18, thread: 13 }),
  /** Permalink (a route on this server) holding the time. */
  permalink: expected<Page>('a.status__relative-time[href]', { home: 18, thread: 11 }),
  time: expected<Page>('a.status__relative-time time[datetime]', { home: 18, thread: 11 }),
  detailedTime: expected<Page>('a.detailed-status__datetime time[datetime]', { home: 0, thread: 1 }),
  /** Text; absent while a content warning is collapsed (4.3+) or a filter hides the status. */
  text: expected<Page>('.status__content__text', { home: 16, thread: 12 }),
  /** Content warning banner (the filter banner shares the class, with --filter). */
  contentWarning: expected<Page>('.content-warning:not(.content-warning--filter) > p', { home: 2, thread: 0 }),
  filtered: expected<Page>('.content-warning--filter', { home: 1, thread: 0 }),
  /** Hashtags on the status' last line, moved below the text by the UI. */
  hashtagBar: expected<Page>('.hashtag-bar', { home: 1, thread: 1 }),
  /** The reply button's counter comes first in the action bar (boost and favourite counters only
   * with the "show counters" setting). */
  replyCounter: expected<Page>('.status__action-bar > .status__action-bar__button-wrapper:first-child .icon-button__counter', { home: 17, thread: 11 }),
  favourites: expected<Page>('.detailed-status__favorites', { home: 0, thread: 1 }),
  /** The compose form's text area (also when replying: the reply indicator sits above it). */
  replyBox: expected<Page>('.compose-form textarea.autosuggest-textarea__textarea', { home: 1, thread: 1 }),
} as const;
