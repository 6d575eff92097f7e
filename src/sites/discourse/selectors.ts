import { expected } from '../dom';

/**
 * Discourse selectors, each with how many elements it matches document-wide on each page kind:
 * `topic` = an Obsidian forum topic (13 posts and one small action, five reply-to tabs, one post
 * with its parent expanded above it, a quote, a onebox, three "related topics" rows, the composer
 * open); `latest` = the forum's latest topics (22 rows, one pinned with an excerpt, a "last visit"
 * separator row). Fixtures: tests/fixtures/sites/discourse/{topic,latest}.html.
 *
 * Discourse runs on any host and is an Ember app: these are the classes and data-* attributes its
 * Glimmer components render today (frontend/discourse/app/components/post*.gjs, topic-list/*.gjs in
 * discourse/discourse). Posts are `article[data-post-id]` (the like button also carries
 * data-post-id, and embedded replies are `div.reply[data-post-id]`, so the tag matters).
 */
type Page = 'topic' | 'latest';

export const DC = {
  /** Detection: `Discourse 2026.10.0-latest - https://github.com/discourse/discourse version …`. */
  generator: expected<Page>('meta[name="generator"][content^="Discourse"]', { topic: 1, latest: 1 }),
  /** Detection fallback: the boot data every Discourse page carries. */
  setup: expected<Page>('meta#data-discourse-setup', { topic: 1, latest: 1 }),
  mainOutlet: expected<Page>('#main-outlet', { topic: 1, latest: 1 }),

  /** Posts, and small actions ("split this post…"), which are skipped. Cloaked posts have no article. */
  post: expected<Page>('article[data-post-id]', { topic: 14, latest: 0 }),
  smallAction: expected<Page>('article.small-action[data-post-id]', { topic: 1, latest: 0 }),
  /** The post's wrapper: data-post-number, classes topic-owner, moderator, deleted. */
  postWrapper: expected<Page>('.topic-post[data-post-number]', { topic: 14, latest: 0 }),
  /** The post's own body column (the expanded parent above a post is also a .topic-body, marked embedded-posts). */
  postBody: expected<Page>('article[data-post-id] > .row > .topic-body:not(.embedded-posts)', { topic: 13, latest: 0 }),
  /** Author line; the badge goes after it. */
  postMeta: expected<Page>('.topic-body > .topic-meta-data:not(.embedded-reply)', { topic: 13, latest: 0 }),
  /** Author: data-user-card is the username; the link text is the name the site puts first (as in the reply-to tab). */
  author: expected<Page>('.names .first a[data-user-card]', { topic: 14, latest: 0 }),
  /** Post time: data-time in ms; its link is the post's permalink. */
  postDate: expected<Page>('a.post-date .relative-date[data-time]', { topic: 13, latest: 0 }),
  /** Post text (also inside the expanded parent: one more). */
  cooked: expected<Page>('.cooked', { topic: 14, latest: 0 }),
  /** Quoted posts and link previews inside .cooked: not the writer's words, left out of the body. */
  quote: expected<Page>('.cooked aside.quote', { topic: 1, latest: 0 }),
  onebox: expected<Page>('.cooked aside.onebox', { topic: 1, latest: 0 }),
  /** "in reply to <name>": shown unless the parent sits directly above (suppress_reply_directly_above). */
  replyToTab: expected<Page>('.post-infos .reply-to-tab', { topic: 5, latest: 0 }),
  /** The parent shown above a post after its reply-to tab is clicked: the exact parent post id. */
  repliesAbove: expected<Page>('.embedded-posts.top .reply[data-post-id]', { topic: 1, latest: 0 }),
  /** "2 Replies": direct replies (hidden when the only reply sits directly below). */
  showReplies: expected<Page>('.post-controls .show-replies', { topic: 4, latest: 0 }),
  /** Like count (absent at 0 likes); the like button itself stays. */
  likeCount: expected<Page>('.post-controls .like-count', { topic: 10, latest: 0 }),
  likeButton: expected<Page>('.post-controls .toggle-like', { topic: 13, latest: 0 }),
  /** Topic title and category (header): the first post's title and every post's community. */
  topicTitle: expected<Page>('#topic-title .fancy-title', { topic: 1, latest: 0 }),
  topicCategory: expected<Page>('#topic-title .badge-category__name', { topic: 1, latest: 0 }),

  /** Topic list rows (latest, category, top); also "related topics" under a topic, which are skipped. */
  row: expected<Page>('tr.topic-list-item[data-topic-id]', { topic: 3, latest: 22 }),
  relatedRow: expected<Page>('#suggested-topics tr.topic-list-item', { topic: 3, latest: 0 }),
  rowTitle: expected<Page>('tr.topic-list-item a.title[data-topic-id]', { topic: 3, latest: 22 }),
  rowCategory: expected<Page>('tr.topic-list-item .link-bottom-line .badge-category__name', { topic: 3, latest: 22 }),
  /** First avatar in the posters column: the original poster (desktop layout only). */
  rowPoster: expected<Page>('tr.topic-list-item td.posters a[data-user-card]', { topic: 0, latest: 59 }),
  /** Replies (abbreviated: "1.1k"). Views are shown too but PostRecord has no field for them. */
  rowReplies: expected<Page>('tr.topic-list-item td.posts .number', { topic: 3, latest: 22 }),
  rowViews: expected<Page>('tr.topic-list-item td.views .number', { topic: 3, latest: 22 }),
  /** Pinned topics show their excerpt. */
  rowExcerpt: expected<Page>('tr.topic-list-item .topic-excerpt', { topic: 0, latest: 1 }),

  /** The composer when open (closed, #reply-control is empty). The rich editor is a ProseMirror div. */
  replyBox: expected<Page>('#reply-control textarea.d-editor-input', { topic: 1, latest: 0 }),
  richReplyBox: expected<Page>('#reply-control .ProseMirror[contenteditable="true"]', { topic: 0, latest: 0 }),
} as const;
