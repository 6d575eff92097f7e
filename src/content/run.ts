import type { BrandProfile } from '../core/profile';
import type { IntentModel } from '../core/relevance/intent-model';
import type { PageReport } from '../messages/protocol';
import type { SiteAdapter } from '../sites/types';
import { mountBadge } from './ui/badge';
import { watchReplyBox } from './review-box';
import { mountPanel } from './ui/panel';
import { Scanner, worthShowing, type ScannedPost } from './scan';

export interface RunOptions {
  adapter: SiteAdapter;
  profile: BrandProfile;
  /** The profile's name words that are everyday English words (from the background). */
  commonWords: readonly string[];
  /** The learned intent model (from the background); without it, intents come from the cue rules. */
  intentModel?: IntentModel;
  signal: AbortSignal;
  report: (report: PageReport) => void;
}

const REPORT_LIMIT = 200;

function toReport(adapter: SiteAdapter, scanner: Scanner, posts: ScannedPost[]): PageReport {
  return {
    url: location.href,
    site: adapter.id,
    title: document.title.slice(0, 2_000),
    scanned: scanner.scanned,
    posts: posts.slice(0, REPORT_LIMIT).map(({ record, assessment }) => ({
      record: { ...record, body: record.body.slice(0, 2_000) },
      assessment,
    })),
  };
}

/**
 * Read the page, mark what matters, show it, and keep up with posts added later. Work after the
 * first pass is batched to idle time; everything stops when `signal` aborts (SPA navigation,
 * extension reload).
 */
export function runOnPage({ adapter, profile, commonWords, intentModel, signal, report }: RunOptions): Scanner {
  const scanner = new Scanner(adapter, profile, commonWords, intentModel);
  const panel = mountPanel();
  const badges: HTMLElement[] = [];
  signal.addEventListener('abort', () => {
    panel.remove();
    for (const badge of badges) badge.remove();
  });

  const process = (root: ParentNode) => {
    const fresh = scanner.scan(root, new URL(location.href));
    // Badges only where there is something to do or see; low and none keep just the attribute.
    for (const post of fresh) if (worthShowing(post.assessment.level)) badges.push(mountBadge(post));
    if (fresh.length === 0) return;
    const relevant = scanner.relevant();
    panel.update(relevant);
    report(toReport(adapter, scanner, relevant));
  };

  process(document);
  watchReplyBox(adapter, scanner, (review) => panel.showReview(review), signal);
  if (scanner.scanned === 0) {
    console.warn(`[Rapport] ${adapter.name}: no posts found on this page; its layout may have changed.`);
    report(toReport(adapter, scanner, []));
  }

  let pending: Element[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const roots = pending;
    pending = [];
    for (const root of roots) if (root.isConnected) process(root.parentElement ?? root);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !node.hasAttribute('data-rapport-badge')) pending.push(node);
      }
    }
    if (pending.length > 0 && !scheduled) {
      scheduled = true;
      requestIdleCallback(flush, { timeout: 500 });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  return scanner;
}
