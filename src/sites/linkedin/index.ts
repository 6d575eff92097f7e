import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { COMMENT, readComment } from './comment';
import { readUpdate } from './post';
import { CARD, readCard, readUnit, UNIT } from './sdui';
import { LI } from './selectors';

// LinkedIn: read-only and on demand (community-rules.md). The manifest never injects a content
// script here; the popup asks for a read of the page the person is looking at, and Rapport
// shows the results in the popup. This adapter only ever reads the DOM: it writes nothing, clicks
// nothing ("…more", "Load more comments" stay as they are), and keeps no profile data beyond the
// public profile URL of each author.

/**
 * Post roots, ranked: the first that matches anything under the root is used. The 2026 markup
 * (SDUI cards) first; then the classic update, by class, by data-urn, by data-id.
 */
const UPDATE_RANKS = [CARD, LI.update.css, LI.updateByUrn.css, LI.updateById.css];
const CLASSIC = LI.update.css;

function updateSelector(root: ParentNode): string {
  for (const css of UPDATE_RANKS) {
    if (root.querySelector(css) || ((root as Node).nodeType === 1 && (root as Element).matches(css))) return css;
  }
  return CLASSIC;
}

/**
 * Read the updates and their open comments in page order. Strict (tests) throws on a broken
 * selector. `now` is when the page is read: the 2026 markup shows some times only as "3d".
 */
export function readLinkedIn(root: ParentNode, _url: URL, strict: boolean, now = Date.now()): PagePost[] {
  const updates = updateSelector(root);
  const sdui = updates === CARD;
  const fallback = !sdui && updates !== CLASSIC;
  return readAll(
    selectAll(root, `${updates}, ${COMMENT}, ${UNIT}`),
    (el) => {
      if (el.tagName === 'ARTICLE') return readComment(el, updates);
      if (!el.matches(updates)) return readUnit(el);
      if (sdui) return readCard(el, now);
      // A fallback rank may match an element inside another one (a reshared update): read the outer only.
      if (fallback && el.parentElement?.closest(updates)) return null;
      return readUpdate(el);
    },
    strict,
  );
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  onDemand: true,
  detect: (url) => url.hostname === 'www.linkedin.com',
  readPosts: forgiving((root, url, strict) => readLinkedIn(root, url, strict)),
  findReplyBox: (doc) => pickReplyBox(doc, [LI.replyBox.css, LI.replyBoxFallback.css, LI.replyBoxSdui.css]),
};
