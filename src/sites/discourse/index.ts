import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { contextOf } from './context';
import { readTopicRow } from './list';
import { DC } from './selectors';
import { newStream, readTopicPost } from './topic';

// Discourse forums: any host. The manifest names a few well-known forums; elsewhere the person
// turns Rapport on from the popup, and `detect` recognises the software from the page itself.

/** A Discourse page, whatever its host: the generator tag, the boot data, or the app's structure. */
export function isDiscourse(doc: Document): boolean {
  if (doc.querySelector(DC.generator.css) || doc.querySelector(DC.setup.css)) return true;
  return doc.getElementById('main-outlet') !== null && doc.querySelector('.topic-post > article[data-post-id], tr.topic-list-item[data-topic-id]') !== null;
}

/** Read a topic's posts or a list's topics in page order. Strict (tests) throws on a broken selector. */
export function readDiscourse(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  // Posts, else topic rows: one simple selector a query (a selector list makes Chromium walk every node).
  let candidates = selectAll(root, DC.post.css);
  if (candidates.length === 0) candidates = selectAll(root, DC.row.css);
  if (candidates.length === 0) return [];
  const ctx = contextOf(root, url);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // Only when new nodes are read and a reply names someone further up the stream.
  const stream = newStream((article) => {
    const all = Array.from(doc.querySelectorAll(DC.post.css));
    const at = all.indexOf(article);
    return at < 0 ? [] : all.slice(0, at);
  });
  return readAll(candidates, (el) => (el.tagName === 'TR' ? readTopicRow(el, ctx) : readTopicPost(el, ctx, stream)), strict);
}

export const discourse: SiteAdapter = {
  id: 'discourse',
  name: 'Discourse',
  matches: [
    'https://meta.discourse.org/*',
    'https://community.openai.com/*',
    'https://discuss.python.org/*',
    'https://forum.obsidian.md/*',
    'https://users.rust-lang.org/*',
  ],
  anyHost: true,
  detect: (_url, doc) => isDiscourse(doc),
  readPosts: forgiving(readDiscourse),
  findReplyBox: (doc) => pickReplyBox(doc, [DC.replyBox.css, DC.richReplyBox.css]),
};
