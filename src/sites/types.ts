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
 * A post read in part: what the relevance prefilter looks at (id, kind, title, body, community)
 * and whatever else came cheap on the way (HN: depth, parent). See `SiteAdapter.drafts`.
 */
export type PostDraft = Pick<PostRecord, 'id' | 'site' | 'kind' | 'body'> & Partial<PostRecord>;

export interface PageDraft {
  record: PostDraft;
  /** The post's root element, as in PagePost. */
  element: Element;
  /**
   * The body was read as the element's textContent as it comes (sites/dom.ts firstLookText):
   * block boundaries run together ("a<p>b" as "ab"), whitespace not collapsed. One native call
   * instead of a walk of its nodes; good enough to rule a post out (the prefilter then searches
   * it without looking back; see mayMention's `glued`); `complete` reads the post's text.
   * Unset: the body is already the post's text.
   */
  glued?: true;
}

/**
 * Reading in two steps, for big pages: most posts on a page hold no word of the profile, and the
 * content script rules them out from their text alone, so their author, time, links and counts
 * need never be read. `read` must find the same posts as `readPosts`, and `complete` must turn
 * each into the same PagePost `readPosts` gives (the adapter tests check it on every fixture).
 */
export interface DraftReader {
  /** Drafts of every post under `root`; never throws (a post that cannot be read is left out). */
  read(root: ParentNode, url: URL): PageDraft[];
  /**
   * Optional: drafts of every post under several roots (the nodes a page added since the last
   * look, in the order they were added), as `read` on each in turn would give them, but with the
   * per-read setup paid once. Never throws.
   */
  readMany?(roots: readonly ParentNode[], url: URL): PageDraft[];
  /** The whole post, or null when the rest of it cannot be read (then it is skipped, as by readPosts). */
  complete(draft: PageDraft): PagePost | null;
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
  /**
   * Optional: whether this address holds anything the adapter reads (YouTube: only a video's
   * watch page, not the home feed). Left out: every page it detects. On other pages the popup says
   * there is nothing to read here, rather than that the layout is not recognised.
   */
  readsPage?(url: URL): boolean;
  /** Read every post and comment under `root` (the document, or newly added nodes). */
  readPosts(root: ParentNode, url: URL): PagePost[];
  /** Optional: the same posts read in two steps (see DraftReader); the content script prefers it. */
  drafts?: DraftReader;
  /** The page's reply box, if one is open. */
  findReplyBox(doc: Document): HTMLElement | null;
}
