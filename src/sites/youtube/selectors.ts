import { expected } from '../dom';

/**
 * YouTube selectors, each with how many elements it matches document-wide on each page kind:
 * `watch` = a watch page whose comments have loaded, 2024+ markup (ytd-comment-view-model, threaded
 * replies: each reply wrapped in its own ytd-comment-thread-renderer under yt-sub-thread): 15
 * threads, 2 with their replies open (5 replies), one emoji-only comment, the top comment box open;
 * `watchLegacy` = the same page kind in the 2022-2023 markup (ytd-comment-renderer, replies under
 * #expander-contents): 6 threads, 2 with replies open (3 replies);
 * `watchPending` = a watch page before the comments section has loaded (only its spinner).
 * Fixtures: tests/fixtures/sites/youtube/{watch,watch-legacy,watch-pending}.html.
 *
 * YouTube's Polymer elements render these fields in light DOM (shady DOM), so querySelector sees
 * them. Ids repeat in every comment (#content-text, #author-text...): always query inside one comment.
 */
type Page = 'watch' | 'watchLegacy' | 'watchPending';

export const YT = {
  /** The video's title, channel and description block; one per watch page. The video is read from it. */
  watchMetadata: expected<Page>('ytd-watch-metadata', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** The player page; `video-id` tells whether the rendered page already shows the URL's video (SPA navigation). */
  watchFlexy: expected<Page>('ytd-watch-flexy[video-id]', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** Video title; the video's badge goes after this h1. */
  videoTitle: expected<Page>('ytd-watch-metadata #title h1', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** Channel link in the owner row: text = channel name, href = /@handle (older channels: /channel/UC…). */
  channelLink: expected<Page>('ytd-watch-metadata #owner ytd-channel-name a[href]', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** Full description (rendered hidden until "...more"); the snippet below is the fallback. */
  descriptionFull: expected<Page>('#description-inline-expander #expanded yt-attributed-string', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  descriptionSnippet: expected<Page>('#description-inline-expander #attributed-snippet-text', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** "48,211 views • Nov 10, 2026": the upload date (the visible #info says "2 weeks ago"). */
  dateTooltip: expected<Page>('ytd-watch-info-text #tooltip', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  dateInfo: expected<Page>('ytd-watch-info-text #info', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** aria-label "like this video along with 3,412 other people": the video's score. */
  videoLikes: expected<Page>('ytd-watch-metadata like-button-view-model button[aria-label]', { watch: 1, watchLegacy: 1, watchPending: 1 }),
  /** "1,284 Comments": the video's reply count; absent until the comments section loads. */
  commentCount: expected<Page>('ytd-comments-header-renderer #count', { watch: 1, watchLegacy: 1, watchPending: 0 }),

  /** Comment threads: top-level ones, and (2024+ markup) each reply too. */
  thread: expected<Page>('ytd-comment-thread-renderer', { watch: 20, watchLegacy: 6, watchPending: 0 }),
  /**
   * A comment, 2024+ markup (top-level and replies alike). Read, and marked with data-rapport-level.
   * Not scoped to ytd-comments: a comment elsewhere (the notifications menu) names another video in
   * its time link and is skipped for that.
   */
  comment: expected<Page>('ytd-comment-view-model', { watch: 20, watchLegacy: 0, watchPending: 0 }),
  /** A comment, 2022-2023 markup: the ranked fallback for the comment element. */
  legacyComment: expected<Page>('ytd-comment-renderer', { watch: 0, watchLegacy: 9, watchPending: 0 }),
  /** Replies of a top-level comment (a comment inside one is a reply, depth 1). */
  replies: expected<Page>('ytd-comment-replies-renderer', { watch: 8, watchLegacy: 3, watchPending: 0 }),
  /**
   * Comment text (yt-attributed-string; older yt-formatted-string), found by its slot inside the
   * expander: a selector ending in an id is slow on a page of repeated ids (see comment.ts).
   * "Read more" is a sibling button, never inside.
   */
  contentSlot: expected<Page>('[slot="content"]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** The same by id: the fallback. */
  contentText: expected<Page>('[id="content-text"]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** Last fallback holder of the comment text. */
  content: expected<Page>('[id="expander"] > [id="content"]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** Author link, the h3's only link: text "@handle", href "/@handle". Kept (hidden) when the channel owner comments. */
  authorLink: expected<Page>('h3 > a.yt-simple-endpoint[href]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  authorText: expected<Page>('[id="author-text"]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** The channel owner's name chip, the fallback for the author. */
  authorBadge: expected<Page>('[id="author-comment-badge"] a[href]', { watch: 2, watchLegacy: 2, watchPending: 0 }),
  /**
   * The time link, /watch?v=<video>&lc=<comment id> (replies: <parent id>.<reply id>): the comment's
   * id and permalink; its holder's parent is the author line, where the badge goes.
   */
  publishedLink: expected<Page>('[id="published-time-text"] > a', { watch: 20, watchLegacy: 0, watchPending: 0 }),
  /** Older markup: the time link's holder has the class, not the id. */
  publishedLinkByClass: expected<Page>('.published-time-text > a', { watch: 0, watchLegacy: 9, watchPending: 0 }),
  /** Author line. */
  headerAuthor: expected<Page>('ytd-comments #header-author', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** Likes, the toolbar's only span (fast), then by id. */
  toolbarSpan: expected<Page>('[id="toolbar"] > span', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** Likes: "212", "1.2K", empty for none. */
  voteCount: expected<Page>('[id="vote-count-middle"]', { watch: 20, watchLegacy: 9, watchPending: 0 }),
  /** "23 replies" toggle of the threaded UI; stays in the DOM (hidden) once the replies are open. */
  moreRepliesSubThread: expected<Page>('#more-replies-sub-thread', { watch: 8, watchLegacy: 0, watchPending: 0 }),
  /** The older "23 replies" / "View 2 replies" toggle (in the threaded UI it sits under a hidden #expander). */
  moreReplies: expected<Page>('#more-replies', { watch: 8, watchLegacy: 3, watchPending: 0 }),
  /** Pinned and creator-hearted comments: not read, but on the page. */
  pinned: expected<Page>('ytd-pinned-comment-badge-renderer', { watch: 1, watchLegacy: 1, watchPending: 0 }),
  hearted: expected<Page>('ytd-creator-heart-renderer', { watch: 2, watchLegacy: 1, watchPending: 0 }),
  /** "Read more" of a long comment that is collapsed: the text is all in the DOM already. */
  readMore: expected<Page>('ytd-comments ytd-expander[collapsed] > #more:not([hidden])', { watch: 1, watchLegacy: 1, watchPending: 0 }),
  /** Spinners that load more comments (or, on watchPending, the whole section) when scrolled into view. */
  continuation: expected<Page>('ytd-comments ytd-continuation-item-renderer', { watch: 2, watchLegacy: 1, watchPending: 1 }),
  /** The open comment box (the simplebox once clicked, or a reply dialog): contenteditable. */
  replyBox: expected<Page>('ytd-commentbox #contenteditable-root[contenteditable="true"]', { watch: 1, watchLegacy: 0, watchPending: 0 }),
  replyBoxAny: expected<Page>('#contenteditable-root[contenteditable="true"]', { watch: 1, watchLegacy: 0, watchPending: 0 }),
} as const;
