import { expected } from '../dom';

/**
 * Selectors of Rapport's own demo page (src/demo/demo.html), each with how many elements it
 * matches there (`demo`). The markup is ours, so it carries the data in attributes.
 */
type Page = 'demo';

export const DEMO = {
  /** The page root; its data-community names the forum. */
  root: expected<Page>('[data-rapport-demo]', { demo: 1 }),
  /** Topics' opening posts and replies: data-post-id, data-kind (post|comment), data-parent-id. */
  post: expected<Page>('[data-post-id]', { demo: 17 }),
  /** Topic titles (opening posts only); the badge goes after it. */
  title: expected<Page>('.post-title', { demo: 9 }),
  body: expected<Page>('.post-body', { demo: 17 }),
  /** Author, time and score line; replies' badge goes after it. */
  meta: expected<Page>('.post-meta', { demo: 17 }),
  author: expected<Page>('.post-meta .author', { demo: 17 }),
  time: expected<Page>('.post-meta time[datetime]', { demo: 17 }),
  score: expected<Page>('.post-meta [data-score]', { demo: 17 }),
  /** A post's replies: the list right after it; each reply is an li.reply. */
  replies: expected<Page>('.post + ol.replies', { demo: 7 }),
  replyBox: expected<Page>('textarea.reply-box', { demo: 1 }),
} as const;
