// LinkedIn ids, links, times and text. Read-only: nothing here touches the page (community-rules.md).

import { collapse } from '../dom';

export const ORIGIN = 'https://www.linkedin.com';

/** LinkedIn has no communities inside the site (groups aside): the site is the community. */
export const COMMUNITY = 'LinkedIn';

const ACTIVITY = /^urn:li:activity:(\d+)$/;
const COMMENT = /^urn:li:comment:\((activity|ugcPost|share):(\d+),(\d+)\)$/;

/** "urn:li:activity:7529…" → its number; undefined for other urns (aggregates, sponsored content). */
export function activityNumber(urn: string | null | undefined): string | undefined {
  return urn ? ACTIVITY.exec(urn.trim())?.[1] : undefined;
}

/** "urn:li:comment:(activity:7529…,7530…)" → the thing commented on and the comment's own number. */
export function commentParts(urn: string | null | undefined): { on: string; number: string } | undefined {
  const m = urn ? COMMENT.exec(urn.trim()) : null;
  return m?.[1] && m[2] && m[3] ? { on: `urn:li:${m[1]}:${m[2]}`, number: m[3] } : undefined;
}

/**
 * When a post or comment was made, from its id: LinkedIn ids carry the creation time in their
 * first 41 bits (milliseconds since 1970). The feed itself only says "3d".
 */
export function timeOfId(id: string): string | undefined {
  if (!/^\d{16,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n);
  // Ids of a shape this does not fit: a time before LinkedIn's current id scheme is no time at all.
  return ms > Date.UTC(2010, 0, 1) && ms < Date.now() + 86_400_000 ? new Date(ms).toISOString() : undefined;
}

export function postPermalink(postUrn: string): string {
  return `${ORIGIN}/feed/update/${postUrn}/`;
}

export function commentPermalink(postUrn: string, commentUrn: string): string {
  return `${postPermalink(postUrn)}?commentUrn=${encodeURIComponent(commentUrn)}`;
}

/**
 * The public profile or page URL of a link, and nothing else: the query (miniProfileUrn, tracking)
 * and any sub-page are dropped. Undefined for links that are not LinkedIn profiles or pages.
 */
export function publicProfile(href: string | null | undefined): string | undefined {
  // A pattern, not a URL parse (this runs for every post): a path on LinkedIn itself, or an
  // absolute LinkedIn URL; "//elsewhere" and other hosts never match.
  const m = href ? PROFILE.exec(href.trim()) : null;
  return m ? `${ORIGIN}/${m[1]}/${m[2]}/` : undefined;
}

const PROFILE = /^(?:https?:\/\/(?:www\.)?linkedin\.com)?\/(in|company|school|showcase)\/([^/?#\s]+)/;

const BREAKS = new Set(['BR', 'P', 'DIV', 'LI']);

/**
 * The readable text of a post or comment. LinkedIn breaks lines with <br> inside inline spans,
 * where dom.ts textOf (which reads inline elements whole) would glue the lines together. Text nodes
 * only, never markup; elements with class `skipClass` ("…more") are left out. Its hashtag links
 * carry a hidden word ("hashtag#coffee"): read as "#coffee".
 */
export function readableText(el: Element, skipClass?: string): string {
  const parts: string[] = [];
  walk(el, skipClass, parts);
  const text = collapse(parts.join(''));
  return text.includes('hashtag#') ? text.replace(/\bhashtag#/g, '#') : text;
}

function walk(node: Node, skipClass: string | undefined, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push((child as Text).data);
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (skipClass !== undefined && element.classList.contains(skipClass)) continue;
      const breaks = BREAKS.has(element.tagName);
      if (breaks) parts.push(' ');
      if (element.childElementCount === 0) parts.push(element.textContent ?? '');
      else walk(element, skipClass, parts);
      if (breaks) parts.push(' ');
    }
  }
}

const AGE_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, mo: 2_592_000_000, yr: 31_536_000_000 };

/**
 * "3d •", "12h", "2w", "1mo", "1yr" (the feed's ages) counted back from `now`, to the unit shown.
 * Only where no id gives the exact time. Undefined for anything else.
 */
export function fromAge(text: string | null | undefined, now: number): string | undefined {
  const m = text ? /^\s*(\d+)\s*(mo|yr|m|h|d|w)\b/.exec(text) : null;
  const unit = m?.[2] ? AGE_MS[m[2]] : undefined;
  return m && unit !== undefined ? new Date(now - Number(m[1]) * unit).toISOString() : undefined;
}
