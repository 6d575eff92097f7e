import type { PostRecord } from '../../core/post';
import { $, countIn, firstLookText, forgiving, forgivingComplete, hasClass, intIn, optional, pickReplyBox, readAll, selectAll, SelectorError, textOf, toIso } from '../dom';
import type { PageDraft, PagePost, PostDraft, SiteAdapter } from '../types';
import { HN } from './selectors';

const ORIGIN = 'https://news.ycombinator.com';
const REMOVED = /^\[(deleted|dead|flagged)\]/;

const permalink = (id: string): string => `${ORIGIN}/item?id=${id}`;
const authorUrl = (handle: string): string => `${ORIGIN}/user?id=${encodeURIComponent(handle)}`;

/** The item whose page this is (top-level comments reply to it), or undefined off item pages. */
function pageItemId(url: URL): string | undefined {
  // From the query string as it is (url.searchParams builds a parser object first).
  return url.pathname === '/item' ? /[?&]id=([^&#]*)/.exec(url.search)?.[1] : undefined;
}

/** Replies under the story, from "15&nbsp;comments" (`discuss` = none yet); job ads have no link. */
function commentCount(subtext: Element): number | undefined {
  const links = subtext.querySelectorAll('a[href^="item?id="]');
  for (let i = links.length - 1; i >= 0; i--) {
    const text = links[i]?.textContent ?? '';
    if (/discuss/i.test(text)) return 0;
    if (/comment/i.test(text)) return countIn(text);
  }
  return undefined;
}

function readStory(row: Element): PagePost {
  const id = row.id;
  if (!id) throw new SelectorError('story id', row);
  const titleLine = $(row, HN.titleLine.css);
  const link = $(titleLine, 'a', HN.titleLink.css);
  // The meta line is the next row; a story without one (rare: a flagged item) still reads.
  const subtext = row.nextElementSibling?.querySelector(HN.subtext.css) ?? null;
  const author = subtext?.querySelector(HN.author.css)?.textContent?.trim() || undefined;
  // Ask HN text sits in the item page's story table; listing tables have none, so skip their scan.
  const table = row.closest('table');
  const topText = table?.classList.contains('fatitem') ? table.querySelector(HN.topText.css) : null;
  const record: PostRecord = {
    id,
    site: 'hacker-news',
    kind: 'post',
    title: textOf(link),
    body: topText ? textOf(topText) : '',
    permalink: permalink(id),
    url: new URL(link.getAttribute('href') ?? '', `${ORIGIN}/`).href,
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', toIso(subtext?.querySelector(HN.age.css)?.getAttribute('title'))),
    ...optional('score', intIn(subtext?.querySelector(HN.score.css)?.textContent)),
    ...optional('replyCount', subtext ? commentCount(subtext) : undefined),
  };
  return { record, element: row, anchor: titleLine };
}

/** Depth from `indent="N"`, else from the spacer image (40 px a level). Never from layout. */
function depthOf(row: Element): number {
  const ind = $(row, HN.indent.css);
  const indent = ind.getAttribute('indent');
  if (indent !== null) return Number.parseInt(indent, 10);
  const width = ind.querySelector('img')?.getAttribute('width');
  if (width == null) throw new SelectorError('comment indent', row);
  return Math.round(Number.parseInt(width, 10) / 40);
}

interface Thread {
  /**
   * The latest comment read at each depth (its draft record, whose reply count its replies in this
   * pass raise): the parent of a depth-d comment is at d-1. A slot is empty when the rows before it
   * were not read in this pass (see parentFromPage).
   */
  lineage: (PostDraft | undefined)[];
  rootId: string | undefined;
  /** Comments at depth 0 (replies to the page's item: its reply count when it is a comment). */
  rootReplies: number;
  /** The last comment row read in the tree: the lineage holds only for the row right after it. */
  last: Element | null;
}

/** The depth of a comment row, or -1 when it cannot be read (never throws: used on rows read before). */
function depthOrNone(row: Element): number {
  try {
    const depth = depthOf(row);
    return Number.isNaN(depth) ? -1 : depth;
  } catch {
    return -1;
  }
}

/**
 * A comment's parent found in the page: the nearest comment row before it with a smaller indent
 * (HN lists the tree depth first). For rows read without those before them: rows added by
 * infinite scroll or "more" are read in a batch of their own. The walk stops at the parent, and
 * the lineage keeps it for the rows that follow.
 */
function parentFromPage(row: Element, depth: number, thread: Thread): string | undefined {
  for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!isCommentRow(prev)) continue;
    const at = depthOrNone(prev);
    if (at >= 0 && at < depth) {
      // Read in an earlier pass: its own draft is not at hand, so its reply count stays as read then.
      thread.lineage[at] = { id: prev.id, site: 'hacker-news', kind: 'comment', body: '' };
      return prev.id;
    }
  }
  return undefined;
}

/**
 * A comment's first step: its place in the tree and its text. Author, time and links are read by
 * `completeComment`, and only for the comments the content script's prefilter lets through.
 * A comment row's depth comes from its indent; the comment heading its own page
 * (item?id=<comment>) has none, and its "parent" nav link names its parent.
 */
function draftComment(row: Element, inTree: boolean, thread: Thread): PageDraft | null {
  const id = row.id;
  if (!id) throw new SelectorError('comment id', row);
  // Every field set here, in one shape: drafts are made by the thousand.
  const record: PostDraft = { id, site: 'hacker-news', kind: 'comment', body: '', depth: undefined, parentId: undefined, replyCount: 0 };
  if (inTree) {
    const depth = depthOf(row);
    if (Number.isNaN(depth)) throw new SelectorError('comment depth', row);
    record.depth = depth;
    const lineage = thread.lineage;
    // Rows not right after the last one read (another root of a batch, or the first row added
    // by infinite scroll) start over: the lineage read so far is not theirs.
    if (row.previousElementSibling !== thread.last) lineage.length = 0;
    if (depth === 0) {
      record.parentId = thread.rootId;
      thread.rootReplies++;
    } else {
      const parent = depth <= lineage.length ? lineage[depth - 1] : undefined;
      if (parent) {
        record.parentId = parent.id;
        parent.replyCount = (parent.replyCount ?? 0) + 1;
      } else record.parentId = parentFromPage(row, depth, thread);
    }
    if (lineage.length > depth) lineage.length = depth;
    lineage[depth] = record;
    thread.last = row;
  } else {
    const parent = row.querySelector('.navs a[href^="item?id="]');
    if (parent?.textContent?.trim() === 'parent') record.parentId = parent.getAttribute('href')?.slice(8);
  }

  const text = row.querySelector(HN.commentText.css);
  if (!text) {
    // A removed comment keeps its place in the tree (its replies still point at it) but is no post.
    const box = $(row, HN.commentBox.css);
    if (REMOVED.test(box.textContent?.trim() ?? '')) return null;
    throw new SelectorError(HN.commentText.css, row);
  }
  // A first look only (glued paragraphs): most comments are ruled out on it; completeComment reads the text.
  record.body = firstLookText(text);
  return { record, element: row, glued: true };
}

function completeComment(draft: PageDraft): PagePost {
  const row = draft.element;
  const { id, depth, parentId, replyCount } = draft.record;
  const body = draft.glued ? textOf($(row, HN.commentText.css), 'reply') : draft.record.body;
  const head = $(row, HN.commentHead.css);
  const author = head.querySelector(HN.author.css)?.textContent?.trim() || undefined;
  const record: PostRecord = {
    id,
    site: 'hacker-news',
    kind: 'comment',
    body,
    permalink: permalink(id),
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', toIso(head.querySelector(HN.age.css)?.getAttribute('title'))),
    ...optional('depth', depth),
    ...optional('parentId', parentId),
    ...optional('replyCount', replyCount),
  };
  return { record, element: row, anchor: head };
}

/** A story's first step: its title and text (stories are few; the rest is read by readStory). */
function draftStory(row: Element): PageDraft {
  const id = row.id;
  if (!id) throw new SelectorError('story id', row);
  const link = $(row, HN.titleLink.css);
  const table = row.closest('table');
  const topText = table?.classList.contains('fatitem') ? table.querySelector(HN.topText.css) : null;
  return { record: { id, site: 'hacker-news', kind: 'post', title: textOf(link), body: topText ? textOf(topText) : '' }, element: row };
}

/** Whether the row is a comment row (`tr.athing.comtr`). */
const isCommentRow = (row: Element): boolean => hasClass(row.getAttribute('class'), 'comtr');

/** The story and comment rows under `root`; a root that is itself a row is taken as is (a row holds no other row). */
function rowsIn(root: ParentNode, into: Element[]): void {
  if ((root as Node).nodeType === 1 && (root as Element).matches(HN.row.css)) into.push(root as Element);
  else for (const row of selectAll(root, HN.row.css)) into.push(row);
}

/** Drafts of stories and comments in page order. Strict (tests) throws on a broken selector. */
export function draftHackerNews(root: ParentNode, url: URL, strict: boolean): PageDraft[] {
  return draftHackerNewsIn([root], url, strict);
}

/**
 * Drafts of the stories and comments under each root, in turn: the rows infinite scroll or
 * "more" added, read in one pass with one thread tree. Strict (tests) throws on a broken selector.
 */
export function draftHackerNewsIn(roots: readonly ParentNode[], url: URL, strict: boolean): PageDraft[] {
  const thread: Thread = { lineage: [], rootId: pageItemId(url), rootReplies: 0, last: null };
  const rows: Element[] = [];
  for (const root of roots) rowsIn(root, rows);
  const drafts = readAll<PageDraft>(
    rows,
    (row) => {
      if (isCommentRow(row)) return draftComment(row, true, thread);
      // The comment heading its own page (item?id=<comment>) has no title.
      return !row.querySelector(HN.titleLine.css) && row.querySelector(HN.commentBox.css) !== null ? draftComment(row, false, thread) : draftStory(row);
    },
    strict,
  );
  // Direct replies were counted from the depth ordering as the rows were read (the page shows the
  // whole tree); the comment heading its own page has the tree's top-level comments.
  for (const { record } of drafts) {
    if (record.kind === 'comment' && record.depth === undefined && record.id === thread.rootId) record.replyCount = thread.rootReplies;
  }
  return drafts;
}

/** The whole post from its draft. Strict: throws SelectorError when the rest cannot be read. */
export function completeHackerNews(draft: PageDraft): PagePost {
  return draft.record.kind === 'post' ? readStory(draft.element) : completeComment(draft);
}

/** Read stories and comments in page order: drafts, each completed. Strict (tests) throws on a broken selector. */
export function readHackerNews(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const drafts = draftHackerNews(root, url, strict);
  if (strict) return drafts.map(completeHackerNews);
  const posts: PagePost[] = [];
  for (const draft of drafts) {
    const post = forgivingCompleteHN(draft);
    if (post) posts.push(post);
  }
  return posts;
}

const forgivingCompleteHN = forgivingComplete(completeHackerNews);

export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  name: 'Hacker News',
  matches: ['https://news.ycombinator.com/*'],
  detect: (url) => url.hostname === 'news.ycombinator.com',
  readPosts: forgiving(readHackerNews),
  drafts: { read: forgiving(draftHackerNews), readMany: forgiving(draftHackerNewsIn), complete: forgivingCompleteHN },
  findReplyBox: (doc) => pickReplyBox(doc, [HN.replyBox.css]),
};
