import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { COMMENT, readComment } from './comment';
import { readUpdate } from './post';
import { LI } from './selectors';

// LinkedIn: read-only and on demand (community-rules.md). The manifest never injects a content
// script here; the popup asks for a read of the page the person is looking at, and Rapport
// shows the results in the popup. This adapter only ever reads the DOM: it writes nothing, clicks
// nothing ("…more", "Load more comments" stay as they are), and keeps no profile data beyond the
// public profile URL of each author.

/** Update roots, ranked: the first that matches anything under the root is used. */
const UPDATE_RANKS = [LI.update.css, LI.updateByUrn.css, LI.updateById.css];

function updateSelector(root: ParentNode): string {
  for (const css of UPDATE_RANKS) {
    if (root.querySelector(css) || ((root as Node).nodeType === 1 && (root as Element).matches(css))) return css;
  }
  return UPDATE_RANKS[0] as string;
}

/** Read the updates and their open comments in page order. Strict (tests) throws on a broken selector. */
export function readLinkedIn(root: ParentNode, _url: URL, strict: boolean): PagePost[] {
  const updates = updateSelector(root);
  const fallback = updates !== UPDATE_RANKS[0];
  return readAll(
    selectAll(root, `${updates}, ${COMMENT}`),
    (el) => {
      if (el.tagName === 'ARTICLE') return readComment(el, updates);
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
  readPosts: forgiving(readLinkedIn),
  findReplyBox: (doc) => pickReplyBox(doc, [LI.replyBox.css, LI.replyBoxFallback.css]),
};
