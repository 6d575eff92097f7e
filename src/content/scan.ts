import type { PostRecord } from '../core/post';
import type { PageVerdict } from '../messages/protocol';
import type { DraftReader, PageDraft, PagePost, PostDraft, SiteAdapter } from '../sites/types';

/**
 * A post read from the page, with the background's verdict once it has come back. Only its draft
 * (id, text) is read at first; the whole post (`page`) only for posts the prefilter lets through,
 * or when something asks for it (see Scanner.complete).
 */
export interface ScannedPost {
  draft: PageDraft;
  /** The whole post: set once read (posts sent to the background and those with a badge). */
  page?: PagePost;
  verdict?: PageVerdict;
  /** When it was read, among this page's posts (Scanner.relevant's tie-break). */
  seq: number;
}

/** The background's verdict on a post with no word of the profile in it (core: the feed path's "none"). */
const UNRELATED: PageVerdict = Object.freeze({ id: '', level: 'none', score: 0, priority: 0, intents: [], reasons: [] }) as PageVerdict;

/** Posts kept before those no longer on the page are forgotten. */
const SWEEP_AT = 2_000;

/** The attribute every judged post's root element gets: a documented hook for user styles and tests. */
export const LEVEL_ATTRIBUTE = 'data-rapport-level';

/**
 * Whether two reads of an element found the same post: the same id, and text of the same length,
 * so a post whose text changed in place (a content warning opened, "show more" expanded, an
 * edit) is judged again.
 */
const same = (a: PostDraft, b: PostDraft): boolean =>
  a.id === b.id && a.body.length === b.body.length && (a.title?.length ?? 0) === (b.title?.length ?? 0);

/** Sites that read in one step: their posts are whole from the start. */
const oneStep = (adapter: SiteAdapter): DraftReader => ({ read: (root, url) => adapter.readPosts(root, url), complete: (draft) => draft as PagePost });

/**
 * What Rapport has read on this page. A post is judged again only when its element now holds a
 * different post (virtualised lists such as X's recycle their nodes) or its text changed.
 */
export class Scanner {
  /** The post each element held when last read. */
  private readonly seen = new WeakMap<Element, ScannedPost>();
  readonly results = new Map<string, ScannedPost>();
  /**
   * Posts whose verdict is worth showing, kept as verdicts arrive: the panel's list after each
   * batch is built from these, not from every post on the page (an endless thread holds thousands).
   */
  private readonly shown = new Set<ScannedPost>();
  /** Posts read so far (a recycled node read again counts again). */
  scanned = 0;
  private sweepAt = SWEEP_AT;
  private readonly reader: DraftReader;

  constructor(adapter: SiteAdapter) {
    this.reader = adapter.drafts ?? oneStep(adapter);
  }

  /** Read the posts under `root` that were not read before (their drafts); returns them. */
  read(root: ParentNode, url: URL): ScannedPost[] {
    return this.keepFresh(this.reader.read(root, url));
  }

  /**
   * Read the posts under each of `roots` (what the page added since the last look) in one go:
   * the adapter's setup is paid once a batch rather than once a root, and an adapter that reads
   * context across posts (HN's thread tree) sees the whole batch.
   */
  readMany(roots: readonly ParentNode[], url: URL): ScannedPost[] {
    if (roots.length === 1) return this.read(roots[0]!, url);
    if (this.reader.readMany) return this.keepFresh(this.reader.readMany(roots, url));
    const drafts: PageDraft[] = [];
    for (const root of roots) for (const draft of this.reader.read(root, url)) drafts.push(draft);
    return this.keepFresh(drafts);
  }

  /** The drafts whose element was not read before, or now holds another post or new text. */
  private keepFresh(drafts: readonly PageDraft[]): ScannedPost[] {
    const fresh: ScannedPost[] = [];
    for (const draft of drafts) {
      const element = draft.element;
      const before = this.seen.get(element);
      if (before !== undefined) {
        if (same(before.draft.record, draft.record)) continue;
        // The node now shows another post, or new text: its old mark is wrong until the new verdict arrives.
        element.removeAttribute(LEVEL_ATTRIBUTE);
        if (this.results.get(before.draft.record.id) === before) this.results.delete(before.draft.record.id);
        this.shown.delete(before);
      }
      const post: ScannedPost = { draft, seq: this.scanned };
      this.seen.set(element, post);
      this.scanned++;
      this.results.set(draft.record.id, post);
      fresh.push(post);
    }
    if (this.results.size > this.sweepAt) this.sweep();
    return fresh;
  }

  /**
   * The whole post, read now if it was not yet; undefined when the rest of it cannot be read (it
   * is then forgotten, as a post readPosts skips).
   */
  complete(post: ScannedPost): PagePost | undefined {
    if (post.page) return post.page;
    const page = this.reader.complete(post.draft);
    if (page) return (post.page = page);
    if (this.results.get(post.draft.record.id) === post) this.results.delete(post.draft.record.id);
    this.shown.delete(post);
    return undefined;
  }

  /**
   * Forget posts whose element has left the page (an infinite feed scrolled for hours, a
   * virtualised list dropping its cells), so their nodes can be collected; those still shown stay.
   */
  private sweep(): void {
    for (const [id, post] of this.results) {
      if (post.draft.element.isConnected) continue;
      this.results.delete(id);
      this.shown.delete(post);
    }
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
      if (!post || this.seen.get(post.draft.element) !== post) continue;
      post.verdict = verdict;
      if (worthShowing(verdict.level)) this.shown.add(post);
      else this.shown.delete(post);
      post.draft.element.setAttribute(LEVEL_ATTRIBUTE, verdict.level);
      judged.push(post);
    }
    return judged;
  }

  /** Whether `post` is still what its element holds (not since recycled for another post). */
  holds(post: ScannedPost): boolean {
    return this.seen.get(post.draft.element) === post;
  }

  /**
   * Mark a post the prefilter ruled out ("none", as the background would say) without a message.
   * Returns whether it was marked (false when its node has since been recycled for another post).
   */
  markUnrelated(post: ScannedPost): boolean {
    const element = post.draft.element;
    if (this.seen.get(element) !== post) return false;
    post.verdict = UNRELATED;
    this.shown.delete(post);
    element.setAttribute(LEVEL_ATTRIBUTE, 'none');
    return true;
  }

  /** Posts worth showing (engage now or worth a look), highest priority first. */
  relevant(): ScannedPost[] {
    const shown: ScannedPost[] = [];
    for (const post of this.shown) if (post.verdict && worthShowing(post.verdict.level)) shown.push(post);
    // Equal priorities keep the order the posts were read in (the page's).
    return shown.sort((a, b) => (b.verdict?.priority ?? 0) - (a.verdict?.priority ?? 0) || a.seq - b.seq);
  }

  /** The thread's opening post, when the page shows one (the reply review reads it). */
  openingPost(): PostRecord | undefined {
    for (const post of this.results.values()) if (post.draft.record.kind === 'post') return this.complete(post)?.record;
    return undefined;
  }
}

/** "Engage now" and "worth a look" are shown; weakly related posts only carry data-rapport-level. */
export function worthShowing(level: string): boolean {
  return level === 'high' || level === 'medium';
}
