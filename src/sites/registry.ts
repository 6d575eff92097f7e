import { bluesky } from './bluesky';
import { demo } from './demo';
import { discourse } from './discourse';
import { hackerNews } from './hacker-news';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { stackExchange } from './stack-exchange';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

// The only list of sites. vite.config.ts imports this in Node to write the manifest's content
// script matches, so nothing here (or in an adapter module) may touch the DOM at load time.
export const sites: readonly SiteAdapter[] = [
  hackerNews,
  reddit,
  x,
  bluesky,
  youtube,
  linkedin,
  stackExchange,
  discourse,
  mastodon,
  demo,
];

/** The adapter for this page, if any. */
export function siteFor(url: URL, doc: Document): SiteAdapter | undefined {
  return sites.find((site) => site.detect(url, doc));
}

/**
 * The manifest's content scripts: one a site that runs on hosts of its own, each its own bundle
 * (src/content/sites/<id>.ts, that site's adapter alone). On-demand sites (LinkedIn) and sites
 * with no hosts (the demo) are left out.
 */
export function contentScripts(): { id: string; matches: string[]; entry: string }[] {
  return sites.filter((site) => !site.onDemand && site.matches.length > 0).map((site) => ({ id: site.id, matches: [...site.matches], entry: `src/content/sites/${site.id}.ts` }));
}

/**
 * Match patterns for the manifest's content scripts: the union of every site's, without
 * duplicates. On-demand sites (LinkedIn) are left out: nothing is injected there unless asked.
 */
export function contentScriptMatches(): string[] {
  return [...new Set(sites.filter((site) => !site.onDemand).flatMap((site) => site.matches))];
}
