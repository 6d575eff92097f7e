// Not '../core': its compileProfile brings the English dictionary (~110 KB), which the page
// must not load. The background looks the profile's name words up instead (`commonWords`).
import type { BrandProfile } from '../core/profile';
import { assessCompiled } from '../core/relevance/assess';
import { compileProfile, type CompiledProfile } from '../core/relevance/compile';
import type { IntentModel } from '../core/relevance/intent-model';
import type { AssessedPost } from '../messages/protocol';
import type { PagePost, SiteAdapter } from '../sites/types';

export interface ScannedPost extends AssessedPost {
  page: PagePost;
}

/**
 * Read and judge posts. Elements already judged are skipped (a WeakMap keyed by the element and
 * the post id, so a recycled node holding a different post is read again).
 */
export class Scanner {
  private readonly compiled: CompiledProfile;
  private readonly seen = new WeakMap<Element, string>();
  readonly results = new Map<string, ScannedPost>();
  scanned = 0;

  /**
   * `commonWords`: the words of the profile's names that are everyday English words, as the
   * background answers them with the profile; a name made only of such words needs context.
   * `intentModel`: the learned intent model the background sends (without it, the cue rules alone).
   */
  constructor(
    private readonly adapter: SiteAdapter,
    profile: BrandProfile,
    commonWords: readonly string[],
    intentModel?: IntentModel,
  ) {
    const common = new Set(commonWords);
    this.compiled = compileProfile(profile, { isCommonWord: (word) => common.has(word), ...(intentModel ? { intentModel } : {}) });
  }

  /** Scan `root`; returns the posts that were new or changed. */
  scan(root: ParentNode, url: URL): ScannedPost[] {
    const fresh: ScannedPost[] = [];
    for (const page of this.adapter.readPosts(root, url)) {
      if (this.seen.get(page.element) === page.record.id) continue;
      this.seen.set(page.element, page.record.id);
      this.scanned++;
      const assessment = assessCompiled(page.record, this.compiled, { skipUnrelated: true });
      page.element.setAttribute('data-rapport-level', assessment.level);
      const post: ScannedPost = { record: page.record, assessment, page };
      this.results.set(page.record.id, post);
      fresh.push(post);
    }
    return fresh;
  }

  /** Posts worth showing (engage now or worth a look), highest priority first. */
  relevant(): ScannedPost[] {
    return [...this.results.values()]
      .filter((p) => worthShowing(p.assessment.level))
      .sort((a, b) => b.assessment.priority - a.assessment.priority);
  }
}

/** "Engage now" and "worth a look" are shown; weakly related posts only carry data-rapport-level. */
export function worthShowing(level: string): boolean {
  return level === 'high' || level === 'medium';
}
