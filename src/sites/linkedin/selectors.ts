import { expected } from '../dom';

/**
 * LinkedIn selectors, the 2026 markup (SDUI) first, then the classic "feed-shared-update-v2" one,
 * each with how many elements it matches document-wide on each page kind:
 * `feed` = the home feed: 14 updates (2 promoted, 1 image-only, 1 repost, 1 poll), a "People you
 * may know" card, one update with its comments open (3 comments, 1 reply) and the comment box;
 * `post` = a single post page (/feed/update/urn:li:activity:…/): the post, 8 comments and 4 replies,
 * "Load more comments" and the comment box;
 * `feedSdui` = the home feed in the 2026 markup (hashed classes, no urns): 6 cards (1 sponsored),
 * one with its comments open (2 comments, 1 reply) and the comment box.
 * Fixtures: tests/fixtures/sites/linkedin/{feed,post,feed-sdui}.html.
 *
 * LinkedIn restyles often: prefer attributes (urns, componentkey, data-testid, aria-labels) over
 * classes (hashed in the 2026 markup), keep ranked fallbacks.
 * Read-only and on demand (community-rules.md): these are only ever queried, never written to.
 */
type Page = 'feed' | 'post' | 'feedSdui';

export const LI = {
  /**
   * 2026 markup (SDUI): a post card. componentkey = "update-card-focus<key>FeedType_…", the key an
   * opaque stable id (reported to be base64url(sha256(activity urn))). The first rank of the post root.
   */
  card: expected<Page>('div[role="listitem"][componentkey^="update-card-focus"]', { feed: 0, post: 0, feedSdui: 6 }),
  /** 2026 markup: a comment unit, its urn in componentkey (and id); replies nest inside their comment. */
  commentUnit: expected<Page>('div[componentkey^="replaceableComment_urn:li:comment:"], div[id^="replaceableComment_urn:li:comment:"]', { feed: 0, post: 0, feedSdui: 3 }),
  /** 2026 markup: post and comment text. */
  expandableText: expected<Page>('[data-testid="expandable-text-box"]', { feed: 0, post: 0, feedSdui: 9 }),
  /** The post's menu names its author (in the 2026 markup, the most reliable author signal). */
  controlMenu: expected<Page>('button[aria-label^="Open control menu for post by "]', { feed: 14, post: 1, feedSdui: 6 }),
  /** 2026 markup: the avatar link (href = the author's profile). */
  actorImage: expected<Page>('a[data-view-name="feed-actor-image"][href]', { feed: 0, post: 0, feedSdui: 6 }),
  /** 2026 markup: ads are told by their tracking scope (a hidden "Promoted" decoy sits in every card). */
  sponsoredScope: expected<Page>('[data-view-tracking-scope*="SPONSORED"]', { feed: 0, post: 0, feedSdui: 1 }),
  /** 2026 markup: the comment box (TipTap editor). */
  replyBoxSdui: expected<Page>('div[data-view-name="comment-box"] [contenteditable="true"]', { feed: 0, post: 0, feedSdui: 1 }),

  /** An update; data-urn is its activity urn. The first rank of the post root. */
  update: expected<Page>('div.feed-shared-update-v2[data-urn^="urn:li:activity:"]', { feed: 14, post: 1, feedSdui: 0 }),
  /** Second rank: any div carrying an activity urn (markup whose classes changed). */
  updateByUrn: expected<Page>('div[data-urn*="urn:li:activity:"]', { feed: 14, post: 1, feedSdui: 0 }),
  /** Third rank: the wrapper around each update, data-id = the same urn. */
  updateById: expected<Page>('div[data-id*="urn:li:activity:"]', { feed: 14, post: 1, feedSdui: 0 }),
  /** Author block: name, headline, age ("3d •"), or "Promoted". The badge goes after it. */
  actor: expected<Page>('.feed-shared-update-v2 .update-components-actor', { feed: 14, post: 1, feedSdui: 0 }),
  /** Author name: the aria-hidden copy (a visually-hidden copy follows it: textContent would read it twice). */
  actorName: expected<Page>('.update-components-actor__name span[aria-hidden="true"]', { feed: 14, post: 1, feedSdui: 0 }),
  /** Author link: /in/<slug>?miniProfileUrn=… or /company/<slug>/posts; only the public URL is kept. */
  actorLink: expected<Page>('a.update-components-actor__meta-link[href]', { feed: 14, post: 1, feedSdui: 0 }),
  actorImageLink: expected<Page>('a.update-components-actor__image[href]', { feed: 14, post: 1, feedSdui: 0 }),
  /** "3d • Edited •" or "Promoted". */
  actorSubDescription: expected<Page>('.update-components-actor__sub-description', { feed: 14, post: 1, feedSdui: 0 }),
  /** "Priya Natarajan likes this", "Tom Becker reposted this", "Suggested". */
  header: expected<Page>('.update-components-header', { feed: 2 + 1, post: 0, feedSdui: 0 }),
  /** The update's own text (its commentary). Image-only updates have none. */
  commentary: expected<Page>('.update-components-update-v2__commentary', { feed: 13, post: 1, feedSdui: 0 }),
  /** Older holders of the update's text, the fallbacks. */
  description: expected<Page>('.feed-shared-update-v2__description', { feed: 13, post: 1, feedSdui: 0 }),
  /** "…more": a sibling of the text, never inside it; the whole text is in the DOM. */
  seeMore: expected<Page>('.feed-shared-inline-show-more-text__see-more-less-toggle', { feed: 3, post: 1, feedSdui: 0 }),
  /** Reactions: the button's aria-label "128 reactions", its visible count "128". */
  reactions: expected<Page>('.social-details-social-counts__reactions button[aria-label]', { feed: 14, post: 1, feedSdui: 0 }),
  reactionsCount: expected<Page>('.social-details-social-counts__reactions-count', { feed: 14, post: 1, feedSdui: 0 }),
  /** "23 comments". */
  commentsCount: expected<Page>('.social-details-social-counts__comments button', { feed: 14, post: 1, feedSdui: 0 }),

  /** A comment or reply; data-id = urn:li:comment:(activity:<post>,<comment>). Replies nest inside their comment. */
  comment: expected<Page>('article[data-id^="urn:li:comment:"]', { feed: 4, post: 12, feedSdui: 0 }),
  /** Replies carry this modifier too (depth also follows from the nesting). */
  reply: expected<Page>('article.comments-comment-entity--reply', { feed: 1, post: 4, feedSdui: 0 }),
  /** Comment text (older: the same class on a comments-comment-item). */
  commentText: expected<Page>('.comments-comment-item__main-content', { feed: 4, post: 12, feedSdui: 0 }),
  commentTextFallback: expected<Page>('.comments-comment-entity__content .update-components-text', { feed: 4, post: 12, feedSdui: 0 }),
  commentAuthor: expected<Page>('.comments-comment-meta__description-title', { feed: 4, post: 12, feedSdui: 0 }),
  commentAuthorLink: expected<Page>('a.comments-comment-meta__description-container[href]', { feed: 4, post: 12, feedSdui: 0 }),
  /** "12" reactions on a comment (the span and the button inside it both carry the class); absent when none. */
  commentReactions: expected<Page>('span[class*="comments-comment-social-bar__reactions-count"]', { feed: 3, post: 9, feedSdui: 0 }),
  /** "2 replies" on a comment; absent when none. */
  commentReplies: expected<Page>('[class*="comments-comment-social-bar__replies-count"]', { feed: 1, post: 3, feedSdui: 0 }),
  /** "Load more comments": comments not on the page yet. */
  loadMore: expected<Page>('button[class*="comments-comments-list__load-more-comments-button"]', { feed: 0, post: 1, feedSdui: 0 }),
  /** The comment box (Quill editor); contenteditable once opened. Reply boxes use the same markup. */
  replyBox: expected<Page>('.comments-comment-box .ql-editor[contenteditable="true"]', { feed: 1, post: 1, feedSdui: 0 }),
  replyBoxFallback: expected<Page>('.comments-comment-texteditor [contenteditable="true"]', { feed: 1, post: 1, feedSdui: 0 }),
} as const;
