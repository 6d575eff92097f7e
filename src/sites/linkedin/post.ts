import type { PostRecord } from '../../core/post';
import { countIn, intIn, optional, SelectorError, textOf } from '../dom';
import type { PagePost } from '../types';
import { activityNumber, COMMUNITY, postPermalink, publicProfile, readableText, timeOfId } from './shared';

// One update of the feed (or the post of a single-post page). The update element also holds its
// comments, whose parts look alike: every lookup here names the update's own classes.

/** "Promoted", "Promoted by …", "Sponsored": the whole line, so a headline "Promoted to VP" is not an ad. */
const PROMOTED = /^\s*(Promoted|Sponsored)(\s+by\b.*)?\s*$/i;

/** Visible text of a LinkedIn label: its aria-hidden copy, else the whole (screen-reader copy included). */
function visible(el: Element | null): string {
  if (!el) return '';
  const shown = el.querySelector('span[aria-hidden="true"]');
  return textOf(shown ?? el);
}

function isPromoted(update: Element, actor: Element): boolean {
  for (const line of [
    actor.querySelector('.update-components-actor__sub-description, .feed-shared-actor__sub-description'),
    actor.querySelector('.update-components-actor__description, .feed-shared-actor__description'),
    update.querySelector('.update-components-header'),
  ]) {
    if (PROMOTED.test(visible(line))) return true;
  }
  return false;
}

/** The update's own text, newest markup first; an image-only update has none. */
function commentary(update: Element): string {
  const text =
    update.querySelector('.update-components-update-v2__commentary') ??
    update.querySelector('.feed-shared-update-v2__description .update-components-text') ??
    update.querySelector('.feed-shared-update-v2__description') ??
    update.querySelector('.feed-shared-text');
  // Never a comment's text (an update without its own text may still show comments).
  if (!text || text.closest('article[data-id^="urn:li:comment:"]')) return '';
  return readableText(text, 'feed-shared-inline-show-more-text__see-more-less-toggle');
}

function authorName(actor: Element): string | undefined {
  const name =
    actor.querySelector('.update-components-actor__name span[aria-hidden="true"]') ??
    actor.querySelector('.update-components-actor__title span[aria-hidden="true"]') ??
    actor.querySelector('.feed-shared-actor__name');
  return name ? textOf(name) || undefined : undefined;
}

function authorLink(actor: Element): string | undefined {
  const link =
    actor.querySelector('a.update-components-actor__meta-link[href]') ??
    actor.querySelector('a.update-components-actor__image[href]') ??
    actor.querySelector('a[href*="/in/"], a[href*="/company/"]');
  return publicProfile(link?.getAttribute('href'));
}

/** Reactions: "128 reactions" on the button, else its visible count. */
function reactions(update: Element): number | undefined {
  const button = update.querySelector('.social-details-social-counts__reactions button[aria-label]');
  return intIn(button?.getAttribute('aria-label')) ?? intIn(update.querySelector('.social-details-social-counts__reactions-count')?.textContent);
}

/** "23 comments"; none shown under an update that has the social bar means none yet. */
function comments(update: Element): number | undefined {
  const count = update.querySelector('.social-details-social-counts__comments button');
  if (count) return countIn(count.textContent);
  return update.querySelector('.social-details-social-activity, .feed-shared-social-action-bar') ? 0 : undefined;
}

export function readUpdate(el: Element): PagePost | null {
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id');
  const number = activityNumber(urn);
  if (!number) throw new SelectorError('activity urn', el);
  const actor = el.querySelector('.update-components-actor') ?? el.querySelector('.feed-shared-actor');
  if (!actor) throw new SelectorError('.update-components-actor', el);
  if (isPromoted(el, actor)) return null;
  const id = `urn:li:activity:${number}`;
  const record: PostRecord = {
    id,
    site: 'linkedin',
    kind: 'post',
    body: commentary(el),
    permalink: postPermalink(id),
    community: COMMUNITY,
    ...optional('author', authorName(actor)),
    ...optional('authorUrl', authorLink(actor)),
    ...optional('time', timeOfId(number)),
    ...optional('score', reactions(el)),
    ...optional('replyCount', comments(el)),
  };
  return { record, element: el, anchor: actor };
}
