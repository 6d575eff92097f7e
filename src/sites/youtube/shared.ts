/** What the video and its comments share: the page's video, its channel, and the read time. */

export const ORIGIN = 'https://www.youtube.com';

export interface WatchPage {
  /** The URL's `v`: the video every comment on the page belongs to. */
  videoId: string | undefined;
  /** The channel, as its handle ("@grindandpour") or name: the video's community. */
  community: string | undefined;
  /** When the page was read: "2 days ago" counts back from here. */
  now: number;
  /** "2 days ago" -> its time, once per read: most comments on a page share a handful of ages. */
  times: Map<string, string | undefined>;
}

/** A link on the page as an absolute YouTube URL; undefined for anything else (page links are untrusted). */
export function absolute(pathOrUrl: string): string | undefined {
  // The usual case ("/@handle"), without a URL parse: this runs for every comment.
  if (/^\/[\w@%.~-]/.test(pathOrUrl) && !/[\s\\]/.test(pathOrUrl)) return ORIGIN + pathOrUrl;
  try {
    const url = new URL(pathOrUrl, `${ORIGIN}/`);
    return url.origin === ORIGIN ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "@grindandpour" from a channel link "/@grindandpour" (percent-encoded for non-Latin handles). */
export function handleOf(href: string | null | undefined): string | undefined {
  const m = href ? /^(?:https?:\/\/[^/]+)?\/(@[^/?#]+)/.exec(href) : null;
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
