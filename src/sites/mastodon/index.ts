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

const ITEMS = [MA.status.css, MA.detailed.css].join(', ');

/** Read the statuses under `root` in page order. Strict (tests) throws on a broken selector. */
export function readMastodon(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const candidates = selectAll(root, ITEMS);
  if (candidates.length === 0) return [];
  const ctx: Context = { host: url.hostname, origin: url.origin };
  // A thread is placed from all its statuses, also when only new nodes are read.
  let places: Map<Element, Place> | undefined;
  if (candidates.some((el) => el.classList.contains('status--in-thread') || el.classList.contains('detailed-status'))) {
    const doc = (root as Node).ownerDocument;
    const items = doc ? doc.querySelectorAll(THREAD_ITEMS) : candidates.filter((el) => el.matches(THREAD_ITEMS));
    places = placeThread(items, ctx);
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
