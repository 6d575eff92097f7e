import { assessCompiled, compileProfile, type CompiledProfile } from '../core';
import type { BrandProfile } from '../core/profile';
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

  constructor(
    private readonly adapter: SiteAdapter,
    profile: BrandProfile,
  ) {
    this.compiled = compileProfile(profile);
  }

  /** Scan `root`; returns the posts that were new or changed. */
  scan(root: ParentNode, url: URL): ScannedPost[] {
    const fresh: ScannedPost[] = [];
    for (const page of this.adapter.readPosts(root, url)) {
      if (this.seen.get(page.element) === page.record.id) continue;
      this.seen.set(page.element, page.record.id);
      this.scanned++;
      const assessment = assessCompiled(page.record, this.compiled);
      page.element.setAttribute('data-rapport-level', assessment.level);
      const post: ScannedPost = { record: page.record, assessment, page };
      this.results.set(page.record.id, post);
      fresh.push(post);
    }
    return fresh;
  }

  /** Posts worth showing, highest priority first. */
  relevant(): ScannedPost[] {
    return [...this.results.values()]
      .filter((p) => p.assessment.level !== 'none')
      .sort((a, b) => b.assessment.priority - a.assessment.priority);
  }
}
