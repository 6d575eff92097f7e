import { prefilterTest, type Prefilter } from '../core/relevance/prefilter';
import type { PageVerdict, RequestOf } from '../messages/protocol';
import type { PagePost, SiteAdapter } from '../sites/types';
import { watchReplyBox, type ReviewDraft } from './review-box';
import { LEVEL_ATTRIBUTE, Scanner, worthShowing, type ScannedPost } from './scan';
import { laterTask } from './tasks';
import { mountBadge } from './ui/badge';
import { mountPanel, type Panel } from './ui/panel';

export interface RunOptions {
  adapter: SiteAdapter;
  /** The background's judgement of a batch of posts (`page/posts`); injected so tests can stand in. */
  judge: (batch: RequestOf<'page/posts'>) => Promise<PageVerdict[]>;
  /** The background's review of what the person types in the site's reply box. */
  reviewDraft: ReviewDraft;
  /** Aborted on SPA navigation, a rescan, or the extension going away: everything is torn down. */
  signal: AbortSignal;
  /** The profile's prefilter from the background: posts it rules out are "none" without being sent. */
  prefilter?: Prefilter | null;
}

/** Posts a message carries: big pages go over in several tasks, each well under a frame. */
const BATCH = 200;
/** Longest stretch of sifting in one task (a big page's first read goes on in further tasks). */
const SIFT_MS = 4;
/** Posts sifted between two looks at the clock. */
const SIFT_CHECK = 50;
/** Longest body sent for judging (the engine reads the opening of long posts anyway). */
const BODY_MAX = 10_000;
/** Screens above and below the viewport within which a relevant post gets its badge. */
const BADGE_AHEAD = 3;
/** How long counts of ruled-out posts wait for a batch to ride with before going alone. */
const COUNT_DELAY_MS = 400;

/** A post read whole (see Scanner.complete). */
type Whole = ScannedPost & { page: PagePost };

export interface PageRun {
  scanner: Scanner;
  /** Resolves when the posts on the page at start have been read and judged. */
  firstPass: Promise<void>;
}

/**
 * Read the page, have the background judge the posts, mark them, show what matters, and keep up
 * with posts added later. Work after the first read is batched per idle callback, and only new or
 * changed nodes are read; everything stops when `signal` aborts.
 */
export function runOnPage({ adapter, judge, reviewDraft, signal, prefilter }: RunOptions): PageRun {
  const scanner = new Scanner(adapter);
  const badges = new WeakMap<Element, HTMLElement>();
  let panel: Panel | undefined;
  let panelQueued = false;
  signal.addEventListener('abort', () => {
    panel?.remove();
    // Found in the page rather than kept in a list: a list would hold on to badges of posts long gone.
    for (const badge of document.querySelectorAll('[data-rapport-badge]')) badge.remove();
  });

  const refreshPanel = () => {
    if (panelQueued) return;
    panelQueued = true;
    laterTask(() => {
      panelQueued = false;
      if (signal.aborted) return;
      const relevant = scanner.relevant();
      if (relevant.length === 0 && !panel) return;
      panel ??= mountPanel();
      panel.update(relevant);
    });
  };

  /**
   * Badges are built when their post comes within a few screens of the viewport: a long thread's
   * relevant posts far below cost nothing until the person scrolls (or jumps from the panel)
   * toward them. Where IntersectionObserver is missing, at once.
   */
  const waiting = new WeakMap<Element, ScannedPost>();
  const mount = (post: ScannedPost) => {
    const element = post.draft.element;
    // Still this element's post, still worth a badge (the node may have been recycled meanwhile).
    if (!post.verdict || !worthShowing(post.verdict.level) || !scanner.holds(post)) return;
    const page = scanner.complete(post);
    if (page) badges.set(element, mountBadge(page, post.verdict));
  };
  const nearby =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            if (signal.aborted) return;
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              nearby?.unobserve(entry.target);
              const post = waiting.get(entry.target);
              waiting.delete(entry.target);
              if (post) mount(post);
            }
          },
          { rootMargin: `${BADGE_AHEAD * 100}% 0px` },
        )
      : undefined;
  signal.addEventListener('abort', () => nearby?.disconnect());

  const show = (post: ScannedPost) => {
    const element = post.draft.element;
    const old = badges.get(element);
    if (old) {
      old.remove();
      badges.delete(element);
    }
    // Badges only where there is something to do or see; low and none keep just the attribute.
    if (!post.verdict || !worthShowing(post.verdict.level)) {
      if (waiting.delete(element)) nearby?.unobserve(element);
      return;
    }
    if (!nearby) return mount(post);
    waiting.set(element, post);
    nearby.observe(element);
  };

  const mayMention = prefilter ? prefilterTest(prefilter) : null;
  let skipped = 0;
  let countQueued = false;
  /** Posts ruled out are only counted: the count goes with the next batch, or alone after a moment. */
  const reportCount = () => {
    if (countQueued) return;
    countQueued = true;
    setTimeout(() => {
      countQueued = false;
      if (skipped > 0 && !signal.aborted) void sendBatch([]).catch(warnJudge);
    }, COUNT_DELAY_MS);
  };

  const sendBatch = async (posts: Whole[]) => {
    if (signal.aborted) return;
    const records = posts.map(({ page: { record } }) => (record.body.length > BODY_MAX ? { ...record, body: record.body.slice(0, BODY_MAX) } : record));
    const counted = skipped;
    skipped = 0;
    const verdicts = await judge({ url: location.href, site: adapter.id, title: document.title.slice(0, 2_000), posts: JSON.stringify(records), skipped: counted });
    if (signal.aborted) return;
    const judged = scanner.apply(verdicts);
    for (const post of judged) show(post);
    if (judged.some((p) => p.verdict && worthShowing(p.verdict.level))) refreshPanel();
  };

  /** Whether the whole post could be read (then it can be sent). */
  const whole = (post: ScannedPost): post is Whole => scanner.complete(post) !== undefined;

  /**
   * Judge fresh posts, from their drafts: those the profile's prefilter rules out are marked
   * "none" here and only counted, and the rest of them is never read; the others are read whole
   * and go to the background in batches, each serialised in its own task. A big page is sifted
   * for at most SIFT_MS a task (no task of Rapport's over a frame).
   */
  const judgeAll = (fresh: ScannedPost[], countNow = false): Promise<void> => {
    const related: Whole[] = [];
    const sift = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const post = fresh[i]!;
        if (mayMention && !mayMention(post.draft.record, post.draft.glued)) {
          if (scanner.markUnrelated(post)) skipped++;
        } else if (whole(post)) related.push(post);
      }
    };
    // Sifted right after the read, while its strings are fresh (measured: sifting them in a later
    // task cost up to twice as much), for up to SIFT_MS; the rest in tasks of their own.
    return new Promise((resolve) => {
      let at = 0;
      const step = () => {
        if (signal.aborted) return resolve();
        const until = performance.now() + SIFT_MS;
        do {
          const end = Math.min(at + SIFT_CHECK, fresh.length);
          sift(at, end);
          at = end;
        } while (at < fresh.length && performance.now() < until);
        if (at < fresh.length) laterTask(step);
        else void dispatch(related, countNow).then(resolve);
      };
      step();
    });
  };

  /** Send the posts the prefilter let through, or only the count when there are none. */
  const dispatch = (related: Whole[], countNow: boolean): Promise<void> => {
    if (related.length === 0) {
      // The page's first read is counted at once (the popup must not think the page unreadable).
      if (skipped > 0 && countNow) return sendBatch([]).catch(warnJudge);
      if (skipped > 0) reportCount();
      return Promise.resolve();
    }
    const sent: Promise<void>[] = [];
    for (let i = 0; i < related.length; i += BATCH) {
      const batch = related.slice(i, i + BATCH);
      sent.push(new Promise((resolve) => laterTask(() => sendBatch(batch).then(resolve, (error: unknown) => {
        warnJudge(error);
        resolve();
      }))));
    }
    return Promise.all(sent).then(() => undefined);
  };

  const fresh = scanner.read(document, new URL(location.href));
  if (fresh.length === 0 && (adapter.readsPage?.(new URL(location.href)) ?? true)) console.warn(`[Rapport] ${adapter.name}: no posts found on this page yet; its layout may have changed.`);
  const firstPass = judgeAll(fresh, true);
  watchReplyBox(adapter, () => scanner.openingPost(), reviewDraft, (review) => {
    if (review) panel ??= mountPanel();
    panel?.showReview(review);
  }, signal);
  watchAdded(signal, (roots) => {
    const added = scanner.readMany(roots, new URL(location.href));
    if (added.length > 0) void judgeAll(added);
  });
  return { scanner, firstPass };
}

const warnJudge = (error: unknown) => console.warn('[Rapport] could not judge posts', error);

/**
 * Call `onRoots` with the nodes to read after the page changed: the outermost added elements,
 * and, for a change inside a post already marked, that post's element. Virtualised lists recycle
 * nodes by swapping their children, their text or their links' href (X, YouTube): each of those
 * inside a marked post reads that post again. Batched: one call per idle period, at most 300 ms
 * after the change.
 */
function watchAdded(signal: AbortSignal, onRoots: (roots: Element[]) => void): void {
  let added = new Set<Element>();
  let changed = new Set<Element>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const nodes = added;
    const touched = changed;
    added = new Set();
    changed = new Set();
    if (signal.aborted) return;
    const roots = new Set<Element>();
    // Rows appended by infinite scroll share one parent: its ancestors are walked once a flush, not once a row.
    const covered = new Map<Element, boolean>();
    const inPost = new Map<Element, Element | null>();
    for (const node of nodes) {
      const parent = node.parentElement;
      if (!node.isConnected || (parent && coveredBy(parent, nodes, covered))) continue;
      // Added inside a post read before: read that post again (it may now be another post).
      let post = parent ? inPost.get(parent) : null;
      if (parent && post === undefined) inPost.set(parent, (post = parent.closest(`[${LEVEL_ATTRIBUTE}]`)));
      roots.add(post ?? node);
    }
    for (const node of touched) {
      const post = node.isConnected ? node.closest(`[${LEVEL_ATTRIBUTE}]`) : null;
      if (post && !(post.parentElement && coveredBy(post.parentElement, nodes, covered))) roots.add(post);
    }
    if (roots.size > 0) onRoots([...roots]);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) {
            // Rapport's own badges and panel are not the page's.
            const element = node as Element;
            if (!element.hasAttribute('data-rapport-badge') && !element.hasAttribute('data-rapport-panel')) added.add(element);
          } else if (node.nodeType === 3 && node.parentElement) changed.add(node.parentElement);
        }
      } else {
        const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
        if (target) changed.add(target);
      }
    }
    if ((added.size > 0 || changed.size > 0) && !scheduled) {
      scheduled = true;
      if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 300 });
      else setTimeout(flush, 50);
    }
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });
  signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Whether `element` or one of its ancestors is in `set` (then reading that one covers the nodes
 * under it). `known` remembers the answer for every element walked, so siblings cost one lookup.
 */
function coveredBy(element: Element, set: Set<Element>, known: Map<Element, boolean>): boolean {
  const walked: Element[] = [];
  let answer = false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const before = known.get(at);
    if (before !== undefined) {
      answer = before;
      break;
    }
    walked.push(at);
    if (set.has(at)) {
      answer = true;
      break;
    }
  }
  for (const at of walked) known.set(at, answer);
  return answer;
}
