import type { PostRecord } from '../../core/post';
import { $, countIn, intIn, optional, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { SE } from './selectors';
import { authorOf, type Context, recordId, seTime } from './shared';

// A question page: the question (the thread's post), its answers (replies to it, depth 0) and the
// comments under each (depth 0 under the question, 1 under an answer), in the page's order. The
// record has no field for the accepted answer.

/** Score: data-value (exact) over the text (which may be abbreviated: "1.2k"). */
function scoreOf(post: Element): number | undefined {
  const count = post.querySelector(SE.voteCount.css);
  return intIn(count?.getAttribute('data-value')) ?? intIn(count?.textContent);
}

export function readQuestion(el: Element, ctx: Context): PagePost {
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

export function readAnswer(el: Element, ctx: Context): PagePost | null {
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

export function readComment(el: Element, ctx: Context): PagePost {
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

