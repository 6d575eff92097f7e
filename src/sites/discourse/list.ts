import type { PostRecord } from '../../core/post';
import { $, optional, SelectorError, textOf } from '../dom';
import type { PagePost } from '../types';
import { absoluteUrl, shortCount } from '../dom';
import type { Context } from './context';

// Topic lists (latest, new, top, a category): one row a topic. The row shows the last activity,
// not when the topic was written, so `time` stays empty; views have no field in the record.

export function readTopicRow(row: Element, ctx: Context): PagePost | null {
  // "Related topics" under a topic page are suggestions, not the page's conversation.
  if (row.closest('#suggested-topics, .more-topics__container')) return null;
  const id = row.getAttribute('data-topic-id') ?? '';
  if (!id) throw new SelectorError('data-topic-id', row);
  const link = $(row, 'a.title[data-topic-id], a.title', 'topic title link');
  const href = link.getAttribute('href') ?? '';
  const [, slug] = /\/t\/([^/?#]+)\/\d+/.exec(href) ?? [];
  const badges = row.querySelectorAll('.badge-category__name');
  const badge = badges[badges.length - 1];
  // The posters column lists the original poster first (desktop). The mobile layout shows only the
  // last poster's avatar, which is not the author: no author there.
  const poster = row.querySelector('td.posters a[data-user-card]');
  const author = poster?.getAttribute('data-user-card') || undefined;
  const authorHref = poster?.getAttribute('href');
  const excerpt = row.querySelector('.topic-excerpt');
  const record: PostRecord = {
    id: `${ctx.host}:t${id}`,
    site: 'discourse',
    kind: 'post',
    title: textOf(link, 'sr-only'),
    body: excerpt ? textOf(excerpt) : '',
    permalink: `${ctx.origin}/t/${slug ?? 'topic'}/${id}`,
    ...optional('community', badge ? textOf(badge) : undefined),
    ...(author && { author, ...(authorHref && { authorUrl: absoluteUrl(authorHref, ctx.origin) }) }),
    ...optional('replyCount', shortCount(row.querySelector('td.posts .number')?.textContent)),
  };
  return { record, element: row, anchor: link.parentElement ?? link };
}
