import { expected } from '../dom';

/**
 * Hacker News selectors, each with how many elements it matches document-wide on each page kind:
 * `item` = an Ask HN item page with 16 comment rows (one [deleted]); `front` = the 30-row front
 * page. Fixtures: tests/fixtures/sites/hacker-news/{item,front}.html. HN is server-rendered and
 * has kept these classes for years; they are also what HN's own hn.js keys on.
 */
type Page = 'item' | 'front';

export const HN = {
  /** Every story and comment row; `id` is the item id. item: story + 16 comments; front: 30. */
  row: expected<Page>('tr.athing', { item: 17, front: 30 }),
  /** Comment rows (a subset of `row`). item: 16, front: 0. */
  commentRow: expected<Page>('tr.athing.comtr', { item: 16, front: 0 }),
  /** The story title; the badge goes after it. One per story row. */
  titleLine: expected<Page>('.titleline', { item: 1, front: 30 }),
  /** The title link: the story's target (Ask HN: the item itself). One per story row. */
  titleLink: expected<Page>('.titleline > a', { item: 1, front: 30 }),
  /** The story's meta line, in the row after the story row. One per story row. */
  subtext: expected<Page>('td.subtext', { item: 1, front: 30 }),
  /** "214 points". Job ads have none (front: one job row). */
  score: expected<Page>('.score', { item: 1, front: 29 }),
  /** Author link: story + each live comment on item (the [deleted] one has none); job ads have none. */
  author: expected<Page>('.hnuser', { item: 16, front: 29 }),
  /** Time: title="2026-11-22T14:03:11 1795356191" (UTC ISO without zone, then unix seconds). Every row. */
  age: expected<Page>('.age[title]', { item: 17, front: 30 }),
  /** Subtext links to the item: the age link, plus "15&nbsp;comments"/"discuss" (not on job ads). */
  itemLinks: expected<Page>('td.subtext a[href^="item?id="]', { item: 2, front: 59 }),
  /** Ask HN / Show HN text, only on the item page, inside table.fatitem. */
  topText: expected<Page>('.toptext', { item: 1, front: 0 }),
  /** The story table of an item page (holds `topText`). */
  fatItem: expected<Page>('table.fatitem', { item: 1, front: 0 }),
  /** Indent cell: attribute indent="N"; its img width is 40 px a level (older markup has only the img). */
  indent: expected<Page>('td.ind', { item: 16, front: 0 }),
  /** Comment header (author, age, navs); the badge goes after it. On front the site names are also `.sitebit.comhead`. */
  commentHead: expected<Page>('.comhead', { item: 16, front: 27 }),
  /** Comment box: holds `.commtext`, or just "[deleted]"/"[flagged]" for removed comments. */
  commentBox: expected<Page>('div.comment', { item: 16, front: 0 }),
  /** Comment text (classes c00, c5a... fade downvoted text). One per live comment. */
  commentText: expected<Page>('.commtext', { item: 15, front: 0 }),
  /** The "add comment" box at the top of an item page (replying to a comment opens its own page). */
  replyBox: expected<Page>('textarea[name="text"]', { item: 1, front: 0 }),
} as const;
