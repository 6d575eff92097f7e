import type { PostRecord } from '../../core/post';
import { $, intIn, optional, pickReplyBox, readAll, forgiving, selectAll, SelectorError, textOf, toIso } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { DEMO } from './selectors';

/** The demo page is an extension page (…/demo.html), not a content-script site. */
function isDemoUrl(url: URL): boolean {
  return (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') && url.pathname.endsWith('/demo.html');
}

/** Reply depth: li.reply ancestors, less one (a topic's direct replies are depth 0). */
function depthOf(el: Element): number {
  let depth = -1;
  for (let li = el.closest('li.reply'); li; li = li.parentElement?.closest('li.reply') ?? null) depth++;
  return depth;
}

function replyCount(el: Element): number {
  const list = el.nextElementSibling;
  return list?.matches('ol.replies') ? list.childElementCount : 0;
}

function readDemoPost(el: Element, url: URL): PagePost {
  const id = el.getAttribute('data-post-id');
  if (!id) throw new SelectorError('data-post-id', el);
  const isPost = el.getAttribute('data-kind') === 'post';
  const meta = $(el, '.post-meta');
  const title = isPost ? $(el, DEMO.title.css) : null;
  const record: PostRecord = {
    id,
    site: 'demo',
    kind: isPost ? 'post' : 'comment',
    ...(title && { title: textOf(title) }),
    body: textOf($(el, DEMO.body.css)),
    permalink: new URL(`#post-${id}`, url).href,
    ...optional('community', el.closest(DEMO.root.css)?.getAttribute('data-community') ?? undefined),
    ...optional('author', meta.querySelector('.author')?.textContent?.trim() || undefined),
    ...optional('time', toIso(meta.querySelector('time[datetime]')?.getAttribute('datetime'))),
    ...optional('score', intIn(meta.querySelector('[data-score]')?.getAttribute('data-score'))),
    ...(isPost ? {} : { ...optional('parentId', el.getAttribute('data-parent-id') ?? undefined), depth: depthOf(el) }),
    replyCount: replyCount(el),
  };
  return { record, element: el, anchor: title ?? meta };
}

export function readDemo(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  return readAll(selectAll(root, DEMO.post.css), (el) => readDemoPost(el, url), strict);
}

export const demo: SiteAdapter = {
  id: 'demo',
  name: 'Rapport demo',
  matches: [],
  detect: (url, doc) => isDemoUrl(url) && doc.querySelector(DEMO.root.css) !== null,
  readPosts: forgiving(readDemo),
  findReplyBox: (doc) => pickReplyBox(doc, [DEMO.replyBox.css]),
};
