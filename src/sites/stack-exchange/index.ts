import type { PostRecord } from '../../core/post';
import { $, countIn, forgiving, intIn, optional, pickReplyBox, readAll, selectAll, SelectorError, textOf, toIso } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { SE } from './selectors';

// Stack Overflow and the Stack Exchange network: one server-rendered codebase on many hosts.
// Post and comment ids are per site, so record ids carry the host: "superuser.com:1893456".

/** Hosts of the network Rapport reads (chat, api and data hosts have no posts). */
export function isStackExchangeHost(host: string): boolean {
  if (/^(chat|api|data|area51)\./.test(host)) return false;
  return /(^|\.)(stackoverflow|stackexchange|superuser|serverfault|askubuntu)\.com$/.test(host) || /(^|\.)mathoverflow\.net$/.test(host);
}

/** Names for sites whose page lacks og:site_name (the meta tag is the normal source). */
const SITE_NAMES: Record<string, string> = {
  'stackoverflow.com': 'Stack Overflow',
  'superuser.com': 'Super User',
  'serverfault.com': 'Server Fault',
  'askubuntu.com': 'Ask Ubuntu',
  'mathoverflow.net': 'MathOverflow',
};

/** What every post on the page shares, read once per call (not per post). */
interface Context {
  host: string;
  origin: string;
  site: string;
  questionId: string | undefined;
  questionUrl: string | undefined;
  title: string | undefined;
  answerCount: number | undefined;
}

function contextOf(root: ParentNode, url: URL): Context {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const meta = doc.querySelector(SE.siteName.css)?.getAttribute('content')?.trim();
  const titleLink = doc.querySelector(SE.questionTitle.css);
  const questionId = /^\/questions\/(\d+)/.exec(url.pathname)?.[1];
  const href = titleLink?.getAttribute('href');
  return {
    host: url.hostname,
    origin: url.origin,
    site: meta || SITE_NAMES[url.hostname] || url.hostname,
    questionId,
    questionUrl: href ? new URL(href, url.origin).href : questionId ? `${url.origin}/q/${questionId}` : undefined,
    title: titleLink ? textOf(titleLink) : undefined,
    answerCount: countIn(doc.querySelector(SE.answerCount.css)?.getAttribute('data-answercount')),
  };
}

/** "2026-11-19 08:40:11Z, License: CC BY-SA 4.0" -> ISO (toIso splits at the first space). */
export function seTime(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  return toIso(title.split(',')[0]?.trim().replace(' ', 'T'));
}

const recordId = (ctx: Context, id: string): string => `${ctx.host}:${id}`;

/** An absolute URL from the page's href ("/users/1/x", or already absolute): string work, no URL parsing. */
function absolute(href: string, origin: string): string {
  if (href.startsWith('https://') || href.startsWith('http://')) return href;
  return href.startsWith('/') ? origin + href : new URL(href, `${origin}/`).href;
}

/** Author name and profile link; deleted users have a name but no link. */
function authorOf(link: Element | null, nameEl: Element | null, origin: string): Pick<PostRecord, 'author' | 'authorUrl'> {
  const href = link?.getAttribute('href');
  const author = (link ? textOf(link) : nameEl ? textOf(nameEl) : '') || undefined;
  if (!author) return {};
  return { author, ...(href ? { authorUrl: absolute(href, origin) } : {}) };
}

/** Score: data-value (exact) over the text (which may be abbreviated: "1.2k"). */
function scoreOf(post: Element): number | undefined {
  const count = post.querySelector(SE.voteCount.css);
  return intIn(count?.getAttribute('data-value')) ?? intIn(count?.textContent);
}

function readQuestion(el: Element, ctx: Context): PagePost {
  const id = el.getAttribute('data-questionid') ?? '';
  if (!id) throw new SelectorError('data-questionid', el);
  if (!ctx.title || !ctx.questionUrl) throw new SelectorError(SE.questionTitle.css, el);
  const body = $(el, SE.postBody.css);
  const details = el.querySelector(SE.authorDetails.css);
  const owner = el.querySelector(SE.ownerSignature.css);
  const record: PostRecord = {
    id: recordId(ctx, id),
    site: 'stack-exchange',
    kind: 'post',
    title: ctx.title,
    body: textOf(body),
    permalink: ctx.questionUrl,
    community: ctx.site,
    ...authorOf(details?.querySelector(':scope > a') ?? null, details?.querySelector('[itemprop="name"]') ?? null, ctx.origin),
    ...optional('time', seTime(owner?.querySelector('.relativetime')?.getAttribute('title'))),
    ...optional('score', scoreOf(el)),
    ...optional('replyCount', ctx.answerCount),
  };
  return { record, element: el, anchor: body };
}

function readAnswer(el: Element, ctx: Context): PagePost | null {
  if (el.classList.contains('deleted-answer')) return null; // shown to moderators only
  const id = el.getAttribute('data-answerid') ?? '';
  if (!id) throw new SelectorError('data-answerid', el);
  const body = $(el, SE.postBody.css);
  const details = el.querySelector(SE.authorDetails.css);
  const created = el.querySelector('time[itemprop="dateCreated"]')?.getAttribute('datetime');
  const parent = el.getAttribute('data-parentid') || ctx.questionId;
  const record: PostRecord = {
    id: recordId(ctx, id),
    site: 'stack-exchange',
    kind: 'comment',
    body: textOf(body),
    permalink: `${ctx.origin}/a/${id}`,
    community: ctx.site,
    ...authorOf(details?.querySelector(':scope > a') ?? null, details?.querySelector('[itemprop="name"]') ?? null, ctx.origin),
    ...optional('time', toIso(created) ?? seTime(details?.closest('.user-info')?.querySelector('.relativetime')?.getAttribute('title'))),
    ...optional('score', scoreOf(el)),
    ...optional('replyCount', countIn(el.querySelector(SE.commentCount.css)?.textContent)),
    ...optional('parentId', parent ? recordId(ctx, parent) : undefined),
    depth: 0,
  };
  return { record, element: el, anchor: body };
}

function readComment(el: Element, ctx: Context): PagePost {
  const id = el.getAttribute('data-comment-id') ?? '';
  if (!id) throw new SelectorError('data-comment-id', el);
  const text = $(el, '.comment-copy', SE.commentBody.css);
  // The post the comment sits under: the question (depth 0) or an answer (depth 1).
  const post = el.closest('.answer[data-answerid], .question[data-questionid]');
  const onAnswer = post?.classList.contains('answer') ?? false;
  const postId = post?.getAttribute(onAnswer ? 'data-answerid' : 'data-questionid') ?? ctx.questionId;
  const user = el.querySelector('.comment-user');
  const base = ctx.questionUrl ?? `${ctx.origin}/q/${postId ?? ''}`;
  const record: PostRecord = {
    id: recordId(ctx, `c${id}`),
    site: 'stack-exchange',
    kind: 'comment',
    body: textOf(text),
    permalink: `${base}#comment${id}_${postId ?? ''}`,
    community: ctx.site,
    ...authorOf(user?.tagName === 'A' ? user : null, user, ctx.origin),
    ...optional('time', seTime(el.querySelector('.comment-date [title]')?.getAttribute('title'))),
    ...optional('score', intIn(el.getAttribute('data-comment-score'))),
    ...optional('parentId', postId ? recordId(ctx, postId) : undefined),
    depth: onAnswer ? 1 : 0,
  };
  return { record, element: el, anchor: text };
}

function readSummary(el: Element, ctx: Context): PagePost {
  const id = el.getAttribute('data-post-id') ?? '';
  if (!id) throw new SelectorError('data-post-id', el);
  const link = $(el, '.s-post-summary--content-title > a, .s-post-summary--title > a', SE.summaryTitle.css);
  const excerpt = el.querySelector('.s-post-summary--content-excerpt, .s-post-summary--excerpt');
  // Votes, answers, views, always in this order.
  const stats = el.querySelectorAll(SE.summaryStat.css);
  const user = el.querySelector('.s-user-card--link > *');
  const record: PostRecord = {
    id: recordId(ctx, id),
    site: 'stack-exchange',
    kind: 'post',
    title: textOf(link),
    body: excerpt ? textOf(excerpt) : '',
    permalink: absolute(link.getAttribute('href') ?? `/q/${id}`, ctx.origin),
    community: ctx.site,
    ...authorOf(user?.tagName === 'A' ? user : null, user, ctx.origin),
    ...optional('time', seTime(el.querySelector('.s-user-card--time [title]')?.getAttribute('title'))),
    ...optional('score', intIn(stats[0]?.textContent)),
    ...optional('replyCount', countIn(stats[1]?.textContent)),
  };
  return { record, element: el, anchor: link.parentElement ?? link };
}

/** The question page's posts and comments, in page order (a small page: one query is fine). */
const QUESTION_ITEMS = [SE.question.css, SE.answer.css, SE.comment.css].join(', ');

/** Read the question, answers and comments, or a list's summaries, in page order. */
export function readStackExchange(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  // Lists can be long: their summaries are found with one simple selector (a selector list makes
  // Chromium walk every node of the page instead of its class index).
  const candidates = selectAll(root, /^\/questions\/\d+/.test(url.pathname) ? QUESTION_ITEMS : SE.summary.css);
  if (candidates.length === 0) return [];
  const ctx = contextOf(root, url);
  return readAll(
    candidates,
    (el) => {
      if (el.tagName === 'LI') return readComment(el, ctx);
      if (el.hasAttribute('data-answerid')) return readAnswer(el, ctx);
      if (el.hasAttribute('data-questionid')) return readQuestion(el, ctx);
      return readSummary(el, ctx);
    },
    strict,
  );
}

export const stackExchange: SiteAdapter = {
  id: 'stack-exchange',
  name: 'Stack Exchange',
  matches: [
    'https://stackoverflow.com/*',
    'https://*.stackoverflow.com/*',
    'https://*.stackexchange.com/*',
    'https://superuser.com/*',
    'https://serverfault.com/*',
    'https://askubuntu.com/*',
    'https://mathoverflow.net/*',
  ],
  detect: (url) => isStackExchangeHost(url.hostname),
  readPosts: forgiving(readStackExchange),
  findReplyBox: (doc) => pickReplyBox(doc, [SE.answerBox.css, '#post-form textarea[name="post-text"]']),
};
