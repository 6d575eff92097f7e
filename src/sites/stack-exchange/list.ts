import type { PostRecord } from '../../core/post';
import { $, countIn, intIn, optional, SelectorError, textOf } from '../dom';
import type { PagePost } from '../types';
import { SE } from './selectors';
import { absoluteUrl } from '../dom';
import { authorOf, type Context, recordId, seTime } from './shared';

// Question lists (newest, tagged, search, a user's questions): one summary a question, with the
// same record id as the question page. Tags have no field in the record.

export function readSummary(el: Element, ctx: Context): PagePost {
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
    permalink: absoluteUrl(link.getAttribute('href') ?? `/q/${id}`, ctx.origin),
    community: ctx.site,
    ...authorOf(user?.tagName === 'A' ? user : null, user, ctx.origin),
    ...optional('time', seTime(el.querySelector('.s-user-card--time [title]')?.getAttribute('title'))),
    ...optional('score', intIn(stats[0]?.textContent)),
    ...optional('replyCount', countIn(stats[1]?.textContent)),
  };
  return { record, element: el, anchor: link.parentElement ?? link };
}

