import { assessCompiled, compileProfile, type CompiledProfile } from '../core';
import type { Assessment } from '../core/assessment';
import type { BrandProfile } from '../core/profile';
import type { PostRecord } from '../core/post';
import type { AssessedPost, PagePosts, PageReport, PageVerdict } from '../messages/protocol';

/**
 * Judging the posts a content script read. The background holds the compiled profile and the
 * intent model, so a page pays only for reading and marking: nothing is compiled or parsed per
 * page, and the content script ships without the relevance engine.
 */

let cached: { key: string; compiled: CompiledProfile } | undefined;

/** The profile compiled once, again only when it changes (the worker may also be restarted). */
export function compiledFor(profile: BrandProfile): CompiledProfile {
  const key = JSON.stringify(profile);
  if (cached?.key !== key) cached = { key, compiled: compileProfile(profile) };
  return cached.compiled;
}

/** Most reasons a badge lists; the popup reads the whole assessment from the tab's report. */
const BADGE_REASONS = 8;
/** Posts a tab's report keeps for the popup: the highest priority first. */
export const REPORT_LIMIT = 200;
/** Longest body kept in a report (the popup shows an excerpt; suggestions use the opening lines). */
const REPORT_BODY = 2_000;

export interface Judged {
  verdicts: PageVerdict[];
  /** The posts worth keeping in the report and the threads table: any level above none. */
  related: AssessedPost[];
}

export function judgePosts(posts: readonly PostRecord[], compiled: CompiledProfile): Judged {
  const verdicts: PageVerdict[] = [];
  const related: AssessedPost[] = [];
  for (const record of posts) {
    const assessment: Assessment = assessCompiled(record, compiled, { skipUnrelated: true });
    const { score, level, priority, intents, reasons } = assessment;
    verdicts.push({ id: record.id, score, level, priority, intents, reasons: reasons.slice(0, BADGE_REASONS) });
    if (level !== 'none') related.push({ record: { ...record, body: record.body.slice(0, REPORT_BODY) }, assessment });
  }
  return { verdicts, related };
}

/**
 * The tab's report with one more batch: a new URL starts a new report; a post read again (a
 * recycled node, an edited post) replaces its earlier entry. Pure, for tests.
 */
export function mergeReport(previous: PageReport | null, batch: Pick<PagePosts, 'url' | 'site' | 'title'>, read: number, related: readonly AssessedPost[]): PageReport {
  const same = previous !== null && previous.url === batch.url && !previous.off;
  const byId = new Map<string, AssessedPost>(same ? previous.posts.map((p) => [p.record.id, p]) : []);
  for (const post of related) byId.set(post.record.id, post);
  const posts = [...byId.values()]
    .filter((p) => p.assessment.level === 'high' || p.assessment.level === 'medium')
    .sort((a, b) => b.assessment.priority - a.assessment.priority)
    .slice(0, REPORT_LIMIT);
  const title = batch.title ?? (same ? previous.title : undefined);
  return {
    url: batch.url,
    site: batch.site,
    ...(title !== undefined && { title }),
    posts,
    scanned: (same ? previous.scanned : 0) + read,
  };
}

/**
 * Run `work` after the tab's earlier batches: each batch reads and rewrites the tab's report, so
 * two batches in flight must not interleave.
 */
const queues = new Map<number, Promise<unknown>>();
export function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
