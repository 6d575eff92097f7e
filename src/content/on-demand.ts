import type { SiteAdapter } from '../sites/types';
import { send } from './ext';

const BATCH = 200;
const BODY_MAX = 10_000;

/**
 * Read-only and on demand (LinkedIn, community-rules.md): the person asked in the popup, so the
 * page is read once and its posts go to the background, which judges them and shows them in the
 * popup. Nothing is written into the page: no marks, no badges, no panel, no observer.
 */
export async function readOnDemand(adapter: SiteAdapter): Promise<number> {
  const start = await send('page/start', { url: location.href, site: adapter.id });
  if (!start.run) return 0;
  const posts = adapter.readPosts(document, new URL(location.href)).map(({ record }) => (record.body.length > BODY_MAX ? { ...record, body: record.body.slice(0, BODY_MAX) } : record));
  if (posts.length === 0) console.warn(`[Rapport] ${adapter.name}: no posts found on this page; its layout may have changed.`);
  for (let i = 0; i < Math.max(1, posts.length); i += BATCH) {
    await send('page/posts', { url: location.href, site: adapter.id, title: document.title.slice(0, 2_000), posts: JSON.stringify(posts.slice(i, i + BATCH)), skipped: 0 });
  }
  return posts.length;
}
