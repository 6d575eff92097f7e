import { expected } from '../dom';

/**
 * Reddit selectors, each with how many elements it matches document-wide on each page kind:
 * `thread` = new Reddit post page (1 post, 12 comments, 2 "more replies" links, a composer);
 * `listing` = new Reddit subreddit feed (10 posts, 7 with text, 1 promoted ad);
 * `oldThread` = old Reddit post page (1 post, 10 comments of which 1 [deleted], 1 "load more").
 * Fixtures: tests/fixtures/sites/reddit/{thread,listing,old-thread}.html.
 *
 * New Reddit: prefer the attributes the custom elements consume (they survive restyling) over
 * classes (utility soup that changes with every redesign). Old Reddit: long-stable data-* attributes.
 * Both markups can appear on www.reddit.com (old-Reddit preference), so both are always read.
 */
type Page = 'thread' | 'listing' | 'oldThread';

export const NEW = {
  /** Posts; attributes: id (t3_), post-title, author, permalink, subreddit-prefixed-name, score, comment-count, created-timestamp, content-href. */
  post: expected<Page>('shreddit-post', { thread: 1, listing: 10, oldThread: 0 }),
  /** Comments; attributes: thingid (t1_), author, permalink, depth, parentid (replies only), postid, score, created. Replies nest inside. */
  comment: expected<Page>('shreddit-comment', { thread: 12, listing: 0, oldThread: 0 }),
  /** Promoted posts: a separate element, never read. */
  ad: expected<Page>('shreddit-ad-post', { thread: 0, listing: 1, oldThread: 0 }),
  /** The post title element (h1 on the thread, a link in feeds); the badge goes after it. */
  title: expected<Page>('shreddit-post [slot="title"]', { thread: 1, listing: 10, oldThread: 0 }),
  /** Post text: `<thingid>-post-rtjson-content`. Link and image posts have none. */
  postBody: expected<Page>('shreddit-post [id$="-post-rtjson-content"]', { thread: 1, listing: 7, oldThread: 0 }),
  /** Fallback holder of the post text. */
  postTextSlot: expected<Page>('shreddit-post [slot="text-body"]', { thread: 1, listing: 7, oldThread: 0 }),
  /** Comment text: `<thingid>-comment-rtjson-content` (it also carries slot="comment"). */
  commentBody: expected<Page>('[id$="-comment-rtjson-content"]', { thread: 12, listing: 0, oldThread: 0 }),
  /** Fallback comment text holder. */
  commentSlot: expected<Page>('shreddit-comment [slot="comment"]', { thread: 12, listing: 0, oldThread: 0 }),
  /** Author and time line of a comment; the badge goes after it. */
  commentMeta: expected<Page>('[slot="commentMeta"]', { thread: 12, listing: 0, oldThread: 0 }),
  /** "2 more replies": replies not loaded yet, the count is in its text. */
  moreReplies: expected<Page>('shreddit-comment > [slot="more-comments-permalink"]', { thread: 2, listing: 0, oldThread: 0 }),
  /** Comment composer (Lexical editor). */
  composer: expected<Page>('shreddit-composer [contenteditable="true"]', { thread: 1, listing: 0, oldThread: 0 }),
  composerHost: expected<Page>('comment-composer-host [contenteditable]', { thread: 1, listing: 0, oldThread: 0 }),
} as const;

export const OLD = {
  /** Every post and comment (the "load more comments" stub has no data-fullname). */
  thing: expected<Page>('div.thing[data-fullname]', { thread: 0, listing: 0, oldThread: 11 }),
  /** The submission; data-comments-count and data-score carry its counts. */
  link: expected<Page>('div.thing[data-type="link"]', { thread: 0, listing: 0, oldThread: 1 }),
  /** Comments, [deleted] included (it keeps its place in the tree). */
  comment: expected<Page>('div.thing[data-type="comment"]', { thread: 0, listing: 0, oldThread: 10 }),
  /** "load more comments (2 replies)" stubs. */
  more: expected<Page>('div.thing.morechildren', { thread: 0, listing: 0, oldThread: 1 }),
  /** Submission title link; the badge goes after it. */
  title: expected<Page>('a.title', { thread: 0, listing: 0, oldThread: 1 }),
  /** Author/score/time line of every thing (the post's sits in .top-matter); comments' badge goes after it. */
  tagline: expected<Page>('.thing .tagline', { thread: 0, listing: 0, oldThread: 11 }),
  time: expected<Page>('.tagline time[datetime]', { thread: 0, listing: 0, oldThread: 11 }),
  /** Comment score ("[score hidden]" has an empty title). */
  score: expected<Page>('.tagline .score.unvoted', { thread: 0, listing: 0, oldThread: 10 }),
  /** Body text of the self post and each comment (the sidebar's `.usertext-body` is outside any thing). */
  body: expected<Page>('.thing .entry .usertext-body .md', { thread: 0, listing: 0, oldThread: 11 }),
  /** Replies of a thing: .child > .sitetable > .thing. */
  replies: expected<Page>('.thing > .child > .sitetable', { thread: 0, listing: 0, oldThread: 6 }),
  /** The comment box under the post (reply forms are cloned from it). */
  replyBox: expected<Page>('.usertext-edit textarea', { thread: 0, listing: 0, oldThread: 1 }),
} as const;
