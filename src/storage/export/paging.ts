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
 * The log in time order (ties in id order, as the time index keeps them), `pageSize` events at a
 * time, each page one request. A page starts at the last time read and skips the events of that
 * time already read (counted), so events sharing a time are neither lost nor repeated. (Thousands
 * sharing one millisecond would make each page reread them; the log's times are not like that.)
 */
export async function* eventPages(db: RapportDB, filter: LogFilter = {}, pageSize = 1_000): AsyncGenerator<EngagementEvent[]> {
  const { from, to, sites, communities } = LogFilterSchema.parse(filter);
  const siteSet = sites && sites.length > 0 ? new Set<string>(sites) : undefined;
  const communitySet = communities && communities.length > 0 ? new Set(communities.map((c) => c.toLowerCase())) : undefined;
  const keep = (e: EngagementEvent) =>
    (!siteSet || siteSet.has(e.site)) && (!communitySet || communitySet.has((e.community ?? '').toLowerCase()));
  const upper = to ?? Dexie.maxKey;
  // From the last time read, inclusive: its first readAtLast events (id order) were read already.
  // One getAll a page: reading those few again is cheaper than a second request.
  const readFrom = (time: string | undefined, skip: number) =>
    db.events
      .where('time')
      .between(time ?? from ?? Dexie.minKey, upper, true, false)
      .limit(pageSize + skip)
      .toArray();
  let lastTime: string | undefined;
  /** How many events at lastTime have been read. */
  let readAtLast = 0;
  let request = readFrom(undefined, 0);
  for (;;) {
    const read = await request;
    const page = readAtLast > 0 ? read.slice(readAtLast) : read;
    if (page.length === 0) return;
    const last = page[page.length - 1]!.time;
    const atLast = page.reduce((n, e) => n + (e.time === last ? 1 : 0), 0);
    readAtLast = last === lastTime ? readAtLast + atLast : atLast;
    lastTime = last;
    const more = page.length >= pageSize;
    if (more) {
      // The next page is asked for before this one is handed over: IndexedDB reads it while the
      // caller writes and hashes this one. (A caller that stops early leaves it unread, quietly.)
      request = readFrom(lastTime, readAtLast);
      request.catch(() => undefined);
    }
    const kept = siteSet || communitySet ? page.filter(keep) : page;
    if (kept.length > 0) yield kept;
    if (!more) return;
  }
}

/** How many events a filter covers (for progress): counted from the indexes when it can be. */
export async function countEvents(db: RapportDB, filter: LogFilter = {}): Promise<number> {
  const { from, to } = LogFilterSchema.parse(filter);
  return db.events.where('time').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, false).count();
}
