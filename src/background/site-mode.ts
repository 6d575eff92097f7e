import type { SiteId } from '../core/post';
import { sites } from '../sites/registry';

/** What Rapport can do on a page (see hosts.ts). Pure: no browser APIs, tested in Node. */
export type SiteMode = 'static' | 'enabled-host' | 'on-demand' | 'can-enable' | 'unsupported';

export interface TabSite {
  mode: SiteMode;
  url?: string;
  origin?: string;
  site?: SiteId;
  /** False on a page of a known site that holds nothing to read (YouTube's home feed). */
  readsPage?: boolean;
}

/** Whether a match pattern (`https://host/*`, `https://*.host/*`) covers `url`. */
export function patternCovers(pattern: string, url: URL): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m || url.protocol !== 'https:') return false;
  const host = m[2] as string;
  return m[1] ? url.hostname === host || url.hostname.endsWith(`.${host}`) : url.hostname === host;
}

/** An https page's origin (`https://host`), or undefined for anything else. */
export function httpsOrigin(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** What Rapport can do on a page, from its URL and the hosts turned on. Pure, for tests. */
export function siteModeOf(rawUrl: string | undefined, enabledOrigins: readonly string[]): TabSite {
  if (!rawUrl) return { mode: 'unsupported' };
  const origin = httpsOrigin(rawUrl);
  if (!origin) return { mode: 'unsupported', url: rawUrl };
  const url = new URL(rawUrl);
  const site = sites.find((s) => s.matches.some((pattern) => patternCovers(pattern, url)));
  if (site?.onDemand) return { mode: 'on-demand', url: rawUrl, origin, site: site.id };
  if (site) return { mode: 'static', url: rawUrl, origin, site: site.id, ...(site.readsPage && !site.readsPage(url) && { readsPage: false }) };
  if (enabledOrigins.includes(origin)) return { mode: 'enabled-host', url: rawUrl, origin };
  // Any other https page may be a Mastodon server or a Discourse forum: the person may turn Rapport on.
  return sites.some((s) => s.anyHost) ? { mode: 'can-enable', url: rawUrl, origin } : { mode: 'unsupported', url: rawUrl, origin };
}

