/** What both Reddit markups share: absolute links on www.reddit.com, communities as r/name. */

export const ORIGIN = 'https://www.reddit.com';

/** Authors Reddit shows for removed accounts and content: no profile to link. */
export const GONE_AUTHOR = /^\[(deleted|removed)\]$/;
export const GONE_BODY = /^\[(deleted|removed)\]$/;

export function absolute(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${ORIGIN}/`).href;
}

export function authorUrl(author: string): string {
  return `${ORIGIN}/user/${encodeURIComponent(author)}/`;
}

/** The author, or undefined for removed accounts. */
export function liveAuthor(author: string | null | undefined): string | undefined {
  const name = author?.trim();
  return name && !GONE_AUTHOR.test(name) ? name : undefined;
}

/** "r/espresso" from a permalink "/r/espresso/comments/…" (also for comments, which carry no subreddit). */
export function communityOf(permalink: string): string | undefined {
  const m = /^\/?(r|u|user)\/([^/]+)/.exec(permalink.replace(/^https?:\/\/[^/]+/, ''));
  if (!m) return undefined;
  return m[1] === 'r' ? `r/${m[2]}` : `u/${m[2]}`;
}

/** The thread's post id ("t3_1gx7k2q") from a thread URL, the parent of top-level comments. */
export function postIdFromUrl(url: URL): string | undefined {
  const m = /\/comments\/([a-z0-9]+)/i.exec(url.pathname);
  return m ? `t3_${m[1]}` : undefined;
}
