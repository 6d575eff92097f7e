import { Dexie } from 'dexie';
import { z } from 'zod';
import { SiteIdSchema } from '../../core/post';
import type { RapportDB } from '../db';
import { IsoTimeSchema, type EngagementEvent } from '../schemas';

/** Which events an export covers: a time range (from inclusive, to exclusive), sites, communities. */
export const LogFilterSchema = z.object({
  from: IsoTimeSchema.optional(),
  to: IsoTimeSchema.optional(),
  sites: z.array(SiteIdSchema).max(50).optional(),
  communities: z.array(z.string().max(200)).max(200).optional(),
});
export type LogFilter = z.input<typeof LogFilterSchema>;

export interface Progress {
  done: number;
  total: number;
}

/** Lets the page paint and handle input between chunks. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The log in time order (ties by id), `pageSize` events at a time, each page read in its own
 * short transaction through the [time+id] index: no page holds the page's thread for long, and
 * the next page starts just after the last event read, so paging never rescans.
 */
export async function* eventPages(db: RapportDB, filter: LogFilter = {}, pageSize = 2_000): AsyncGenerator<EngagementEvent[]> {
  const { from, to, sites, communities } = LogFilterSchema.parse(filter);
  const siteSet = sites && sites.length > 0 ? new Set<string>(sites) : undefined;
  const communitySet = communities && communities.length > 0 ? new Set(communities.map((c) => c.toLowerCase())) : undefined;
  const keep = (e: EngagementEvent) =>
    (!siteSet || siteSet.has(e.site)) && (!communitySet || communitySet.has((e.community ?? '').toLowerCase()));
  let lower: [string, string] | undefined;
  for (;;) {
    const range = db.events
      .where('[time+id]')
      .between(lower ?? [from ?? Dexie.minKey, Dexie.minKey], [to ?? Dexie.maxKey, Dexie.minKey], lower === undefined, false);
    // Unfiltered pages come back whole; a filtered page needs to know where its scan stopped too.
    const page = await range.limit(pageSize).toArray();
    if (page.length === 0) return;
    const last = page[page.length - 1]!;
    lower = [last.time, last.id];
    const kept = siteSet || communitySet ? page.filter(keep) : page;
    if (kept.length > 0) yield kept;
    if (page.length < pageSize) return;
  }
}

/** How many events a filter covers (for progress): counted from the indexes when it can be. */
export async function countEvents(db: RapportDB, filter: LogFilter = {}): Promise<number> {
  const { from, to } = LogFilterSchema.parse(filter);
  return db.events.where('[time+id]').between([from ?? Dexie.minKey, Dexie.minKey], [to ?? Dexie.maxKey, Dexie.minKey], true, false).count();
}
