import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { readShredditComment, readShredditPost } from './new-reddit';
import { readOldComment, readOldLink } from './old-reddit';
import { NEW, OLD } from './selectors';
import { postIdFromUrl } from './shared';

// One pass over both markups: www.reddit.com serves old Reddit to users who chose it.
const ITEMS = [NEW.post.css, NEW.comment.css, OLD.thing.css].join(', ');

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
  return readAll(selectAll(root, ITEMS), (el) => readOne(el, postId), strict);
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  detect: (url) => url.hostname === 'www.reddit.com' || url.hostname === 'old.reddit.com',
  readPosts: forgiving(readReddit),
  findReplyBox: (doc) => pickReplyBox(doc, [NEW.composer.css, NEW.composerHost.css, OLD.replyBox.css]),
};
