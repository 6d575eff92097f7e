import type { PostRecord } from '../../core/post';
import { countIn, intIn, optional, ownQuery, SelectorError, textOf, toIso } from '../dom';
import type { PagePost } from '../types';
import { NEW } from './selectors';
import { absolute, authorUrl, communityOf, GONE_BODY, liveAuthor } from './shared';

// New Reddit ("shreddit"): custom elements whose attributes carry the data. Their shadow roots
// hold only chrome (vote buttons, counts); the text is in light DOM, where querySelector sees it.

const COMMENT = NEW.comment.css;

function required(el: Element, name: string): string {
  const value = el.getAttribute(name);
  if (!value) throw new SelectorError(`attribute ${name}`, el);
  return value;
}

export function readShredditPost(el: Element): PagePost {
  const id = el.id || required(el, 'thingid');
  const permalink = required(el, 'permalink');
  const titleEl = el.querySelector(NEW.title.css);
  const title = el.getAttribute('post-title') ?? (titleEl ? textOf(titleEl) : undefined);
  if (!title) throw new SelectorError('post-title', el);
  // Link and image posts have no text.
  const body = el.querySelector('[id$="-post-rtjson-content"]') ?? el.querySelector(NEW.postTextSlot.css);
  const author = liveAuthor(el.getAttribute('author'));
  const contentHref = el.getAttribute('content-href');
  const record: PostRecord = {
    id,
    site: 'reddit',
    kind: 'post',
    title: title.trim(),
    body: body ? textOf(body) : '',
    permalink: absolute(permalink),
    url: absolute(contentHref || permalink),
    ...optional('community', el.getAttribute('subreddit-prefixed-name') ?? communityOf(permalink)),
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', toIso(el.getAttribute('created-timestamp'))),
    ...optional('score', intIn(el.getAttribute('score'))),
    ...optional('replyCount', countIn(el.getAttribute('comment-count'))),
  };
  return { record, element: el, anchor: titleEl ?? el };
}

/**
 * Direct replies: the rendered child comments plus the "N more replies" not loaded yet.
 * Undefined when replies exist but their number is unknown.
 */
function replyCount(el: Element): number | undefined {
  let rendered = 0;
  let more: number | undefined = 0;
  for (const child of el.children) {
    if (child.tagName === 'SHREDDIT-COMMENT') rendered++;
    else if (child.getAttribute('slot') === 'more-comments-permalink') {
      const n = countIn(child.textContent);
      more = n === undefined || more === undefined ? undefined : more + n;
    }
  }
  if (more === undefined) return rendered > 0 ? rendered : undefined;
  return rendered + more;
}

export function readShredditComment(el: Element, postId: string | undefined): PagePost | null {
  const id = required(el, 'thingid');
  const permalink = required(el, 'permalink');
  const body = ownQuery(el, NEW.commentBody.css, COMMENT) ?? ownQuery(el, NEW.commentSlot.css, COMMENT);
  const author = liveAuthor(el.getAttribute('author'));
  const text = body ? textOf(body) : '';
  if (!body || GONE_BODY.test(text)) {
    // Removed comments keep their place (replies point at them) but have nothing to read.
    if (!author || el.hasAttribute('deleted') || GONE_BODY.test(text)) return null;
    throw new SelectorError(NEW.commentBody.css, el);
  }
  const depth = intIn(el.getAttribute('depth'));
  const record: PostRecord = {
    id,
    site: 'reddit',
    kind: 'comment',
    body: text,
    permalink: absolute(permalink),
    ...optional('community', communityOf(permalink)),
    ...(author && { author, authorUrl: authorUrl(author) }),
    ...optional('time', toIso(el.getAttribute('created'))),
    ...optional('score', intIn(el.getAttribute('score'))),
    // Top-level comments carry no parentid: their parent is the post.
    ...optional('parentId', el.getAttribute('parentid') || el.getAttribute('postid') || postId),
    ...optional('depth', depth !== undefined && depth >= 0 ? depth : undefined),
    ...optional('replyCount', replyCount(el)),
  };
  return { record, element: el, anchor: ownQuery(el, NEW.commentMeta.css, COMMENT) ?? body };
}
