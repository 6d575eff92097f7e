import { textOf } from '../dom';

/** What every post of the page shares, read once per call (not per post). */
export interface Context {
  host: string;
  origin: string;
  /** The topic's record id (`<host>:t<id>`), the parent of replies that name no other post. */
  topicId: string;
  topicUrl: string;
  title: string | undefined;
  category: string | undefined;
}

/** The topic header: title, category (the last badge: a subcategory's own name). */
export function contextOf(root: ParentNode, url: URL): Context {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const header = doc.getElementById('topic-title');
  const titleLink = header?.querySelector('.fancy-title') ?? null;
  const badges = header?.querySelectorAll('.badge-category__name');
  const badge = badges?.[badges.length - 1];
  const [, slug, id] = /^\/t\/([^/]+)\/(\d+)/.exec(url.pathname) ?? [];
  const topic = id ?? header?.querySelector('h1[data-topic-id]')?.getAttribute('data-topic-id') ?? '';
  const href = titleLink?.getAttribute('href');
  return {
    host: url.hostname,
    origin: url.origin,
    topicId: `${url.hostname}:t${topic}`,
    topicUrl: href ? new URL(href, url.origin).href : `${url.origin}/t/${slug ?? 'topic'}/${topic}`,
    title: titleLink ? textOf(titleLink) : undefined,
    category: badge ? textOf(badge) : undefined,
  };
}

