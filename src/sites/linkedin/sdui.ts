import type { PostRecord } from '../../core/post';
import { optional, ownQuery } from '../dom';
import type { PagePost } from '../types';
import { LI } from './selectors';
import { COMMUNITY, commentParts, commentPermalink, fromAge, ORIGIN, postPermalink, publicProfile, readableText, timeOfId } from './shared';

// The 2026 LinkedIn markup ("SDUI": server-driven UI, React server components): hashed class
// names, no data-urn. Measured by others on the live feed (2026-08 and 2026-09, see the report):
// a post is a list item whose componentkey holds an opaque, stable per-post key; its text is an
// expandable-text-box; the author is named by the post's control-menu button; a comment is a unit
// whose componentkey/id carries its urn, replies nested inside. No urn for the post itself unless
// one of its comments is rendered. Reactions and comment counts have no stable hook: not read.

export const CARD = LI.card.css;
export const UNIT = LI.commentUnit.css;
const TEXT = '[data-testid="expandable-text-box"]';
const MENU = 'Open control menu for post by ';
const COMMENT_MENU = 'View more options for ';

/** The card's key: componentkey "update-card-focus<key>FeedType_MAIN_FEED_RELEVANCE". */
function keyOf(card: Element): string | undefined {
  const m = /^update-card-focus([\w-]+?)(?:FeedType_\w*)?$/.exec(card.getAttribute('componentkey') ?? '');
  return m?.[1];
}

/** A card's record id: stable across visits (the key), never its urn (only sometimes on the page). */
export function cardId(card: Element): string | undefined {
  const key = keyOf(card);
  return key ? `card:${key}` : undefined;
}

/** The post's activity urn when the card shows one: a link to the post, or a rendered comment's urn. */
function urnOf(card: Element): string | undefined {
  const href = card.querySelector('a[href*="/feed/update/urn:li:activity:"]')?.getAttribute('href');
  const fromLink = href ? /urn:li:activity:\d+/.exec(href)?.[0] : undefined;
  if (fromLink) return fromLink;
  const unit = card.querySelector(UNIT);
  const on = unit ? commentParts(unitUrn(unit))?.on : undefined;
  return on?.startsWith('urn:li:activity:') ? on : undefined;
}

/** Ads are told apart by their tracking scope: a "Promoted" label is also in every card, hidden by CSS. */
function isSponsored(card: Element): boolean {
  const scope = card.querySelector('[data-view-tracking-scope]') ?? card.closest('[data-view-tracking-scope]');
  return /SPONSORED/.test(scope?.getAttribute('data-view-tracking-scope') ?? '');
}

/** "View Daniel Okafor’s profile" / "View company: Brightbrew Coffee" → the name. */
function nameFromAlt(alt: string | null | undefined): string | undefined {
  const m = alt ? /^View (?:company:\s*(.+)|(.+?)[’']s profile)$/.exec(alt.trim()) : null;
  return (m?.[1] ?? m?.[2])?.trim() || undefined;
}

function cardAuthor(card: Element): { author?: string; authorUrl?: string } {
  const menu = card.querySelector(`button[aria-label^="${MENU}"]`)?.getAttribute('aria-label');
  const image = card.querySelector('a[data-view-name="feed-actor-image"][href]');
  const author = menu ? menu.slice(MENU.length).trim() || undefined : nameFromAlt(image?.querySelector('img')?.getAttribute('alt'));
  let link = image;
  // No avatar link: the first profile link that names the author (the header above may name someone else).
  if (!link && author) for (const a of card.querySelectorAll('a[href*="/in/"], a[href*="/company/"]')) if (a.textContent?.includes(author)) { link = a; break; }
  return { ...optional('author', author), ...optional('authorUrl', publicProfile(link?.getAttribute('href'))) };
}

/** The age line ("3d • ") above the text; comments below have their own. */
function cardAge(card: Element, now: number): string | undefined {
  for (const p of card.querySelectorAll('p')) {
    if (p.hasAttribute('data-view-name') || p.querySelector(TEXT)) return undefined;
    const time = fromAge(p.textContent, now);
    if (time) return time;
  }
  return undefined;
}

export function readCard(card: Element, now: number): PagePost | null {
  const id = cardId(card);
  if (!id || isSponsored(card)) return null;
  let box = card.querySelector(TEXT);
  if (box?.closest(UNIT)) box = null; // a comment's text, not the post's
  const urn = urnOf(card);
  const number = urn?.slice('urn:li:activity:'.length);
  const who = cardAuthor(card);
  const record: PostRecord = {
    id,
    site: 'linkedin',
    kind: 'post',
    body: box ? readableText(box) : '',
    // Without its urn the post has no address of its own: the feed, marked with the card's key.
    permalink: urn ? postPermalink(urn) : `${ORIGIN}/feed/#${encodeURIComponent(id.slice(5))}`,
    community: COMMUNITY,
    ...who,
    ...optional('time', (number && timeOfId(number)) || cardAge(card, now)),
  };
  const anchor = card.querySelector('a[data-view-name="feed-actor-image"]')?.parentElement ?? box ?? card;
  return { record, element: card, anchor };
}

/** A unit's urn as LinkedIn spells it now, "(urn:li:activity:N,M)", in the classic form "(activity:N,M)". */
export function unitUrn(unit: Element): string {
  const raw = [unit.getAttribute('componentkey'), unit.id].find((v) => v?.startsWith('replaceableComment_')) ?? '';
  return raw.slice('replaceableComment_'.length).replace(/^urn:li:comment:\(urn:li:/, 'urn:li:comment:(');
}

function unitAuthor(unit: Element): { author?: string; authorUrl?: string } {
  const menu = ownQuery(unit, `button[aria-label^="${COMMENT_MENU}"]`, UNIT)?.getAttribute('aria-label');
  const author = menu
    ? menu.slice(COMMENT_MENU.length).replace(/[’']s comment$/, '').trim() || undefined
    : nameFromAlt(ownQuery(unit, 'img[alt^="View "]', UNIT)?.getAttribute('alt'));
  const link = ownQuery(unit, 'a[href*="/in/"], a[href*="/company/"]', UNIT);
  return { ...optional('author', author), ...optional('authorUrl', publicProfile(link?.getAttribute('href'))) };
}

export function readUnit(unit: Element): PagePost | null {
  const urn = unitUrn(unit);
  const parts = commentParts(urn);
  if (!parts) return null;
  const box = ownQuery(unit, TEXT, UNIT);
  const body = box ? readableText(box) : '';
  if (!body) return null; // an image-only comment
  const parent = unit.parentElement?.closest(UNIT);
  const card = unit.closest(CARD);
  const postId = (card && cardId(card)) || parts.on;
  const record: PostRecord = {
    id: urn,
    site: 'linkedin',
    kind: 'comment',
    body,
    permalink: commentPermalink(parts.on, urn),
    community: COMMUNITY,
    ...unitAuthor(unit),
    ...optional('time', timeOfId(parts.number)),
    ...(parent ? { depth: 1, parentId: unitUrn(parent) } : { depth: 0, parentId: postId }),
  };
  return { record, element: unit, anchor: box ?? unit };
}
