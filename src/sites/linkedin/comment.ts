import type { PostRecord } from '../../core/post';
import { countIn, intIn, optional, ownQuery, SelectorError, textOf } from '../dom';
import type { PagePost } from '../types';
import { activityNumber, COMMUNITY, commentParts, commentPermalink, publicProfile, readableText, timeOfId } from './shared';

// A comment under an update. Replies nest inside their comment's element, so every lookup takes
// the comment's own match (ownQuery), never a reply's.

export const COMMENT = 'article[data-id^="urn:li:comment:"]';

function own(el: Element, ...selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = ownQuery(el, selector, COMMENT);
    if (found) return found;
  }
  return null;
}

/** The update a comment is under: the enclosing update's urn, else the one in the comment's urn. */
function postOf(el: Element, postSelector: string, on: string): string {
  const update = el.closest(postSelector);
  const number = activityNumber(update?.getAttribute('data-urn') ?? update?.getAttribute('data-id'));
  return number ? `urn:li:activity:${number}` : on;
}

export function readComment(el: Element, postSelector: string): PagePost | null {
  const urn = el.getAttribute('data-id') ?? '';
  const parts = commentParts(urn);
  if (!parts) throw new SelectorError('comment urn', el);
  const text = own(el, '.comments-comment-item__main-content', '.comments-comment-entity__content .update-components-text');
  if (!text) throw new SelectorError('.comments-comment-item__main-content', el);
  const body = readableText(text);
  // An image-only comment: nothing to read.
  if (!body) return null;
  const postUrn = postOf(el, postSelector, parts.on);
  const parent = el.parentElement?.closest(COMMENT);
  const name = own(el, '.comments-comment-meta__description-title', '.comments-post-meta__name-text span[aria-hidden="true"]');
  const link = own(el, 'a.comments-comment-meta__description-container[href]', 'a.comments-comment-meta__image-link[href]', 'a.comments-post-meta__actor-link[href]');
  // Counts show only when not zero.
  const reactions = own(el, '[class*="comments-comment-social-bar__reactions-count"]');
  const replies = parent ? null : own(el, '[class*="comments-comment-social-bar__replies-count"]');
  const record: PostRecord = {
    id: urn,
    site: 'linkedin',
    kind: 'comment',
    body,
    permalink: commentPermalink(postUrn, urn),
    community: COMMUNITY,
    ...optional('author', name ? textOf(name) || undefined : undefined),
    ...optional('authorUrl', publicProfile(link?.getAttribute('href'))),
    ...optional('time', timeOfId(parts.number)),
    score: intIn(reactions?.textContent) ?? 0,
    ...(parent
      ? { depth: 1, parentId: parent.getAttribute('data-id') ?? postUrn }
      : { depth: 0, parentId: postUrn, replyCount: countIn(replies?.textContent) ?? 0 }),
  };
  const meta = own(el, '.comments-comment-meta__container', '.comments-post-meta');
  return { record, element: el, anchor: meta ?? text };
}
