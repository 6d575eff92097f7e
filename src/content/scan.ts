import type { PostRecord } from '../core/post';
import type { PageVerdict } from '../messages/protocol';
import type { PagePost, SiteAdapter } from '../sites/types';

/** A post read from the page, with the background's verdict once it has come back. */
export interface ScannedPost {
  record: PostRecord;
  page: PagePost;
  verdict?: PageVerdict;
  /** What its element held when it was read (see keyOf). */
  key: string;
}

/** The background's verdict on a post with no word of the profile in it (core: the feed path's "none"). */
const UNRELATED: PageVerdict = Object.freeze({ id: '', level: 'none', score: 0, priority: 0, intents: [], reasons: [] }) as PageVerdict;

/** Posts kept before those no longer on the page are forgotten. */
const SWEEP_AT = 2_000;

/** The attribute every judged post's root element gets: a documented hook for user styles and tests. */
export const LEVEL_ATTRIBUTE = 'data-rapport-level';

/**
 * What a post's element holds: its id, and its text's length, so a post whose text changed in
 * place (a content warning opened, "show more" expanded, an edit) is judged again.
 */
const keyOf = (page: PagePost): string => `${page.record.id}\u0000${(page.record.title?.length ?? 0) + page.record.body.length}`;

/**
 * What Rapport has read on this page. A post is judged again only when its element now holds a
 * different post (virtualised lists such as X's recycle their nodes) or its text changed.
 */
export class Scanner {
  private readonly seen = new WeakMap<Element, string>();
  readonly results = new Map<string, ScannedPost>();
  /** Posts read so far (a recycled node read again counts again). */
  scanned = 0;
  private sweepAt = SWEEP_AT;

  constructor(private readonly adapter: SiteAdapter) {}

  /** Read the posts under `root` that were not read before; returns them. */
  read(root: ParentNode, url: URL): ScannedPost[] {
    const fresh: ScannedPost[] = [];
    for (const page of this.adapter.readPosts(root, url)) {
      const before = this.seen.get(page.element);
      const key = keyOf(page);
      if (before === key) continue;
      if (before !== undefined) {
        // The node now shows another post, or new text: its old mark is wrong until the new verdict arrives.
        page.element.removeAttribute(LEVEL_ATTRIBUTE);
        this.results.delete(before.slice(0, before.indexOf('\u0000')));
      }
      this.seen.set(page.element, key);
      this.scanned++;
      const post: ScannedPost = { record: page.record, page, key };
      this.results.set(page.record.id, post);
      fresh.push(post);
    }
    if (this.results.size > this.sweepAt) this.sweep();
    return fresh;
  }

  /**
   * Forget posts whose element has left the page (an infinite feed scrolled for hours, a
   * virtualised list dropping its cells), so their nodes can be collected; those still shown stay.
   */
  private sweep(): void {
    for (const [id, post] of this.results) if (!post.page.element.isConnected) this.results.delete(id);
    this.sweepAt = Math.max(SWEEP_AT, this.results.size * 2);
  }

  /**
   * Apply the background's verdicts: mark each post's element (unless it has since been recycled
   * for another post) and return the posts that were judged.
   */
  apply(verdicts: readonly PageVerdict[]): ScannedPost[] {
    const judged: ScannedPost[] = [];
    for (const verdict of verdicts) {
      const post = this.results.get(verdict.id);
      if (!post || this.seen.get(post.page.element) !== post.key) continue;
      post.verdict = verdict;
      post.page.element.setAttribute(LEVEL_ATTRIBUTE, verdict.level);
      judged.push(post);
    }
    return judged;
  }

  /**
   * Mark posts the prefilter ruled out ("none", as the background would say) without a message.
   * Returns how many were marked.
   */
  markUnrelated(posts: readonly ScannedPost[]): number {
    let marked = 0;
    for (const post of posts) {
      if (this.seen.get(post.page.element) !== post.key) continue;
      post.verdict = UNRELATED;
      post.page.element.setAttribute(LEVEL_ATTRIBUTE, 'none');
      marked++;
    }
    return marked;
  }

  /** Posts worth showing (engage now or worth a look), highest priority first. */
  relevant(): ScannedPost[] {
    const shown: ScannedPost[] = [];
    for (const post of this.results.values()) if (post.verdict && worthShowing(post.verdict.level)) shown.push(post);
    return shown.sort((a, b) => (b.verdict?.priority ?? 0) - (a.verdict?.priority ?? 0));
  }

  /** The thread's opening post, when the page shows one (the reply review reads it). */
  openingPost(): PostRecord | undefined {
    for (const post of this.results.values()) if (post.record.kind === 'post') return post.record;
    return undefined;
  }
}

/** "Engage now" and "worth a look" are shown; weakly related posts only carry data-rapport-level. */
export function worthShowing(level: string): boolean {
  return level === 'high' || level === 'medium';
}
