import type { PostRecord, SiteId } from '../core/post';

/** A post read from the page, with the element Rapport anchors its UI to. */
export interface PagePost {
  record: PostRecord;
  /** The post's root element: gets `data-rapport-level`, and the badge goes next to `anchor`. */
  element: Element;
  /** Where the badge is placed (after this element), e.g. the title link or the author line. */
  anchor: Element;
}

/**
 * One site Rapport reads. Adding a site is one folder in src/sites/, one line in registry.ts,
 * one fixture in tests/fixtures/sites/ and one test (a convention test checks all four).
 * Adapters are pure DOM readers: no browser.* APIs, no network, no writes to the page.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Human name shown in the UI ("Hacker News"). */
  name: string;
  /** Manifest match patterns for the content script; the manifest is generated from these. */
  matches: string[];
  /**
   * Software that runs on many hosts (Mastodon, Discourse): `matches` lists a few well-known
   * hosts, and the person can turn Rapport on for any other host from the popup (an optional host
   * permission and a dynamically registered content script). `detect` must then recognise the
   * page by its structure, whatever the host.
   */
  anyHost?: boolean;
  /**
   * Read-only and on demand (LinkedIn): never injected by the manifest; the popup reads the page
   * when the person asks, and nothing is written into it (community-rules.md).
   */
  onDemand?: boolean;
  /** True when this adapter should run on the page (URL first, structure when needed). */
  detect(url: URL, doc: Document): boolean;
  /** Read every post and comment under `root` (the document, or newly added nodes). */
  readPosts(root: ParentNode, url: URL): PagePost[];
  /** The page's reply box, if one is open. */
  findReplyBox(doc: Document): HTMLElement | null;
}
