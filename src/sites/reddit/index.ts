import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { readShredditComment, readShredditPost } from './new-reddit';
import { readOldComment, readOldLink } from './old-reddit';
import { NEW, OLD } from './selectors';
import { postIdFromUrl } from './shared';

/**
 * The page's posts and comments. One simple selector a query: Chromium answers a lone tag or
 * class from its own lists, while a selector list ("a, b, c") tests every element of the page,
 * about 20 times slower on a long thread. New Reddit's post comes before its comments on the page,
 * so posts then comments is page order; www.reddit.com serves old Reddit to those who chose it.
 */
function items(root: ParentNode): Element[] {
  const posts = selectAll(root, NEW.post.css);
  const comments = selectAll(root, NEW.comment.css);
  if (posts.length + comments.length > 0) return posts.length === 0 ? comments : comments.length === 0 ? posts : [...posts, ...comments];
  return selectAll(root, OLD.thing.css);
}

function readOne(el: Element, postId: string | undefined): PagePost | null {
  switch (el.tagName) {
    case 'SHREDDIT-POST':
      return readShredditPost(el);
    case 'SHREDDIT-COMMENT':
      return readShredditComment(el, postId);
    default: {
      const fullname = el.getAttribute('data-fullname') ?? '';
      const type = el.getAttribute('data-type');
      if (type === 'link') return readOldLink(el, fullname);
      if (type === 'comment') return readOldComment(el, fullname, postId);
      return null; // other things: "load more", wiki pages, messages
    }
  }
}

/** Read posts and comments in page order. Strict (tests) throws on a broken selector. */
export function readReddit(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  const postId = postIdFromUrl(url);
  return readAll(items(root), (el) => readOne(el, postId), strict);
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  detect: (url) => url.hostname === 'www.reddit.com' || url.hostname === 'old.reddit.com',
  readPosts: forgiving(readReddit),
  findReplyBox: (doc) => pickReplyBox(doc, [NEW.composer.css, NEW.composerHost.css, OLD.replyBox.css]),
};
