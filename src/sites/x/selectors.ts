import { expected } from '../dom';

/**
 * X selectors, each with how many elements it matches document-wide on each page kind:
 * `home` = the home timeline (16 tweet articles: one promoted, one repost, one quoting another
 * tweet, one cut by "Show more", two in a Community, one media-only; a "Who to follow" module;
 * the top "What is happening?!" composer);
 * `status` = a status page (the focal tweet; 11 replies in 8 conversation groups, chains up to
 * depth 2, a deleted reply with a reply under it, a promoted tweet; "Discover more" with 2 tweets;
 * the inline reply composer).
 * Fixtures: tests/fixtures/sites/x/{home,status}.html.
 *
 * X is React Native for Web: class names are generated atoms (css-175oi2r, r-1loqt21) that change
 * with every build. Everything here keys on what X's own code and tests consume: data-testid,
 * aria attributes, element roles and link paths. Sources: saved x.com pages in public repositories
 * (2023 and 2025 markup), and the selectors that public userscripts and extensions use today.
 */
type Page = 'home' | 'status';

export const X = {
  /** Virtualised list rows. X recycles them while scrolling, so a row can later hold another tweet. */
  cell: expected<Page>('[data-testid="cellInnerDiv"]', { home: 21, status: 29 }),
  /** Every tweet, including promoted ones. A deleted tweet is an <article> without this test id. */
  tweet: expected<Page>('article[data-testid="tweet"]', { home: 16, status: 15 }),
  /** Deleted or unavailable tweets ("This post was deleted by the post author"): no test id. */
  tombstone: expected<Page>('article:not([data-testid])', { home: 0, status: 1 }),
  /**
   * The tweet's own time inside its permalink <a href="/handle/status/ID">. A quoted tweet's time
   * sits in a <div> (the whole quote card is the link), and promoted tweets have none: "Ad".
   */
  permalinkTime: expected<Page>('a[href*="/status/"] > time[datetime]', { home: 15, status: 14 }),
  /** Display name and @handle line; one per tweet plus one per quoted tweet. The badge goes after it. */
  userName: expected<Page>('[data-testid="User-Name"]', { home: 17, status: 15 }),
  /** Tweet text; media-only tweets have none, quoted tweets have their own. */
  text: expected<Page>('[data-testid="tweetText"]', { home: 16, status: 15 }),
  /**
   * A quoted tweet: a focusable role="link" card inside the quoting tweet, holding its own
   * User-Name and text. (The "Show more" div is also role="link", with a test id.)
   */
  quoteCard: expected<Page>('article[data-testid="tweet"] div[role="link"][tabindex="0"]:not([data-testid])', { home: 1, status: 0 }),
  /** "Show more" after truncated text (a div, button or link depending on the build). */
  showMore: expected<Page>('[data-testid="tweet-text-show-more-link"]', { home: 2, status: 0 }),
  /** "Jane reposted", "Pinned", or a Community name above the tweet. */
  socialContext: expected<Page>('[data-testid="socialContext"]', { home: 3, status: 0 }),
  /** The Community a tweet was posted in: <a href="/i/communities/ID"> around its socialContext. */
  communityLink: expected<Page>('a[href^="/i/communities/"]', { home: 2, status: 0 }),
  /** Reply button; aria-label "12 Replies. Reply" carries the exact count (the text shows "1.2K"). */
  reply: expected<Page>('[data-testid="reply"]', { home: 16, status: 15 }),
  /** Like button ("unlike" once liked by the viewer); aria-label "48 Likes. Like" / "49 Likes. Liked". */
  like: expected<Page>('[data-testid="like"], [data-testid="unlike"]', { home: 16, status: 15 }),
  /** Repost button (not read: likes are the score). */
  retweet: expected<Page>('[data-testid="retweet"]', { home: 16, status: 15 }),
  /** "Discover more" below the replies: the tweets after it are recommendations, not replies. */
  cellHeading: expected<Page>('[data-testid="cellInnerDiv"] h2[role="heading"]', { home: 1, status: 1 }),
  /** Every draft box: the home "What is happening?!" composer, the status page's inline reply, a reply dialog. */
  composer: expected<Page>('[data-testid="tweetTextarea_0"][contenteditable="true"]', { home: 1, status: 1 }),
  /** The reply box under the focal tweet on a status page. */
  inlineReply: expected<Page>('[data-testid="inline_reply_offscreen"] [data-testid="tweetTextarea_0"][contenteditable="true"]', { home: 0, status: 1 }),
  /** The reply dialog opened from a tweet's reply button (also the "Post" dialog). */
  dialogReply: expected<Page>('[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]', { home: 0, status: 0 }),
} as const;
