import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import type { Context } from './context';
import { MA } from './selectors';
import { readDetailed, readStatus } from './status';
import { type Place, placeThread, THREAD_ITEMS } from './thread';

// Mastodon: any server. The manifest names a few large ones; elsewhere the person turns Rapport
// on from the popup, and `detect` recognises the web app from the page itself.

/** Mastodon's web app (or a fork keeping its markup), whatever the host. */
export function isMastodon(doc: Document): boolean {
  const root = doc.getElementById('mastodon');
  if (root && (root.hasAttribute('data-props') || root.classList.contains('app-holder'))) return true;
  return doc.body?.classList.contains('app-body') === true && doc.querySelector('.columns-area .status__wrapper, .columns-area .detailed-status') !== null;
}

/**
 * Statuses under `root` in page order, with the focused status of a thread page in its place.
 * One simple selector a query: a selector list (`a, b`) makes Chromium walk every node of the
 * page instead of its class index, 20 times slower on a long timeline.
 */
function candidatesOf(root: ParentNode): Element[] {
  const statuses = selectAll(root, MA.status.css);
  const detailed = selectAll(root, MA.detailed.css)[0];
  if (!detailed) return statuses;
  // The focused status sits between its ancestors and its replies.
  const at = statuses.findIndex((el) => (detailed.compareDocumentPosition(el) & 4) !== 0);
  statuses.splice(at < 0 ? statuses.length : at, 0, detailed);
  return statuses;
}

/** Read the statuses under `root` in page order. Strict (tests) throws on a broken selector. */
export function readMastodon(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const candidates = candidatesOf(root);
  if (candidates.length === 0) return [];
  const ctx: Context = { host: url.hostname, origin: url.origin };
  // A thread is placed from all its statuses, also when only new nodes are read.
  let places: Map<Element, Place> | undefined;
  if (candidates.some((el) => el.classList.contains('status--in-thread') || el.classList.contains('detailed-status'))) {
    const doc = (root as Node).ownerDocument;
    const all = root === doc || !doc ? candidates : candidatesOf(doc);
    places = placeThread(all.filter((el) => el.matches(THREAD_ITEMS)), ctx);
  }
  return readAll(
    candidates,
    (el) => (el.classList.contains('detailed-status') ? readDetailed(el, ctx, places?.get(el)) : readStatus(el, ctx, places?.get(el))),
    strict,
  );
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: [
    'https://mastodon.social/*',
    'https://mastodon.online/*',
    'https://fosstodon.org/*',
    'https://hachyderm.io/*',
    'https://infosec.exchange/*',
  ],
  anyHost: true,
  detect: (_url, doc) => isMastodon(doc),
  readPosts: forgiving(readMastodon),
  findReplyBox: (doc) => pickReplyBox(doc, [MA.replyBox.css, '.compose-form textarea']),
};
