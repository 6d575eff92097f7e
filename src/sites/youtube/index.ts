import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { readComment } from './comment';
import { YT } from './selectors';
import type { WatchPage } from './shared';
import { channelLink, communityOf, readVideo } from './video';

// YouTube: the video on a watch page and the comments under it. Comments render only once their
// section scrolls into view, and in batches: the content script reads each batch as it is added.
// m.youtube.com (ytm-* elements) is not read.

// One pass in page order: the video's metadata block comes before the comments section.
const ITEMS = [YT.watchMetadata.css, YT.comment.css, YT.legacyComment.css].join(', ');

function watchPage(root: ParentNode, url: URL, now: number): WatchPage {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return { videoId: url.searchParams.get('v') ?? undefined, community: communityOf(channelLink(doc)), now, times: new Map() };
}

/**
 * Read the video and its comments. Strict (tests) throws on a broken selector. `now` is when the
 * page is read: YouTube shows comment times only as "2 days ago".
 */
export function readYouTube(root: ParentNode, url: URL, strict: boolean, now = Date.now()): PagePost[] {
  if (!youtubeReadsPage(url)) return [];
  const page = watchPage(root, url, now);
  return readAll(
    selectAll(root, ITEMS),
    (el) => (el.tagName === 'YTD-WATCH-METADATA' ? readVideo(el, page) : readComment(el, page)),
    strict,
  );
}

function youtubeReadsPage(url: URL): boolean {
  return url.pathname === '/watch';
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  // The whole site: YouTube navigates to a video without loading a page, so the script must be there first.
  detect: (url) => url.hostname === 'www.youtube.com',
  // Only a video's page has posts (the video and its comments); the home feed and search do not.
  readsPage: youtubeReadsPage,
  readPosts: forgiving((root, url, strict) => readYouTube(root, url, strict)),
  findReplyBox: (doc) => pickReplyBox(doc, [YT.replyBox.css, YT.replyBoxAny.css]),
};
