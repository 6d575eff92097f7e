/** What the statuses of a page share. Status ids are per server, so record ids carry the host. */
export interface Context {
  host: string;
  origin: string;
}

export const recordId = (ctx: Context, statusId: string): string => `${ctx.host}:${statusId}`;

/** "kim@fosstodon.org" for remote accounts; a local account ("elena") gets this server's host. */
export function fullHandle(acct: string, host: string): string {
  const handle = acct.replace(/^@/, '');
  return handle.includes('@') ? handle : `${handle}@${host}`;
}

/** A count as Mastodon shortens it: "12", "1.2K", "3M" (older servers: "1+"). */
export function countOf(text: string | null | undefined): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*([KM])?/i.exec(text ?? '');
  if (!m?.[1]) return undefined;
  const scale = !m[2] ? 1 : m[2].toUpperCase() === 'K' ? 1_000 : 1_000_000;
  return Math.round(Number(m[1]) * scale);
}

/** An absolute URL from the page's href ("/@kim@fosstodon.org/1", or already absolute): string work, no URL parsing. */
export function absolute(href: string, origin: string): string {
  if (href.startsWith('https://') || href.startsWith('http://')) return href;
  return href.startsWith('/') ? origin + href : new URL(href, `${origin}/`).href;
}
