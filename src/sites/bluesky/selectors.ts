import { expected } from '../dom';

/**
 * Bluesky (bsky.app) selectors, each with how many elements it matches document-wide on each page
 * kind: `feed` = the Following feed (15 posts: a repost, a quote post, a reply shown under its
 * parent, an image-only post, a long post clamped with "Show More"); `thread` = a post page in the
 * default linear view (the main post, 12 replies in 7 branches up to depth 3, a deleted reply, a
 * reply quoting a post, a "read more" row, the reply composer dialog open). Fixtures: tests/fixtures/sites/bluesky/{feed,thread}.html.
 *
 * bsky.app is React Native for Web: class names (css-175oi2r, r-…) are generated and meaningless.
 * These key on the test ids, ARIA roles and link paths that social-app itself renders
 * (src/view/com/posts/PostFeedItem.tsx, src/screens/PostThread/components/ThreadItem*.tsx,
 * src/components/PostControls, src/components/RichText.tsx), which userscripts also rely on.
 */
type Page = 'feed' | 'thread';

export const BSKY = {
  /** A post in a feed: testID `feedItem-by-<handle>`; the card itself is a role="link" div. */
  feedItem: expected<Page>('[data-testid^="feedItem-by-"]', { feed: 15, thread: 0 }),
  /** A post on a thread page: `postThreadItem-by-<handle>`; replies are role="link", the main post is not. */
  threadItem: expected<Page>('[data-testid^="postThreadItem-by-"]', { feed: 0, thread: 13 }),
  /** The main post of a thread page (drawn as a plain View, not a link to itself). */
  threadAnchor: expected<Page>('[data-testid^="postThreadItem-by-"]:not([role="link"])', { feed: 0, thread: 1 }),
  /** Feed post text (RichText testID="postText"); image-only posts have none, quoted posts are unlabelled. */
  postText: expected<Page>('[data-testid="postText"]', { feed: 14, thread: 0 }),
  /**
   * Any RichText block: RichText sets dataSet {wordWrap: 1} on its Text. Thread items render
   * RichText without a test id, so this is how their text (and any quoted post's) is found.
   */
  richText: expected<Page>('div[data-word-wrap="1"]', { feed: 15, thread: 14 }),
  /** Post links: the time link of each post and quoted post, and the main post's "N likes" links. */
  postLink: expected<Page>('a[href*="/post/"]', { feed: 16, thread: 16 }),
  /** A quoted post: a role="link" card titled "Post by <handle>" (not localized in social-app). */
  quote: expected<Page>('div[role="link"][aria-label^="Post by "]', { feed: 1, thread: 1 }),
  /** "Reposted by …" header: a role="link" div labelled with its localized title (not read: the post is the original). */
  repostedBy: expected<Page>('[role="link"][aria-label^="Reposted by"]', { feed: 1, thread: 0 }),
  /** Reply button; aria-label "Reply (3 replies)". */
  replyBtn: expected<Page>('[data-testid="replyBtn"]', { feed: 15, thread: 13 }),
  /** Like button; aria-label "Like (12 likes)" / "Unlike (13 likes)". */
  likeBtn: expected<Page>('[data-testid="likeBtn"]', { feed: 15, thread: 13 }),
  /** The composer dialog's TipTap (ProseMirror) editor: a contenteditable role="textbox". */
  composer: expected<Page>('[role="dialog"] .ProseMirror[contenteditable="true"]', { feed: 0, thread: 1 }),
  /** Fallback if TipTap's class changes: any rich text box in a dialog. */
  composerTextbox: expected<Page>('[role="dialog"] [contenteditable="true"][role="textbox"]', { feed: 0, thread: 1 }),
} as const;
