import { Dexie } from 'dexie';
import { z } from 'zod';
import type { RapportDB } from './db';
import {
  EngagementEventSchema,
  IsoTimeSchema,
  NewEventSchema,
  type EngagementEvent,
  type NewEventInput,
} from './schemas';

/**
 * Adds one event to the engagement log. A 'replied' event on a known thread marks the thread
 * engaged in the same transaction, so the log and the thread never disagree.
 * Throws a ZodError (and writes nothing) when the input is not a valid event.
 */
export async function recordEvent(db: RapportDB, input: NewEventInput): Promise<EngagementEvent> {
  const { time, ...fields } = NewEventSchema.parse(input);
  const event = EngagementEventSchema.parse({
    ...fields,
    id: crypto.randomUUID(),
    time: time ?? new Date().toISOString(),
  });
  await db.transaction('rw', db.events, db.threads, async () => {
    await db.events.add(event);
    if (event.type === 'replied' && event.threadKey) {
      const thread = await db.threads.get(event.threadKey);
      if (thread && thread.status !== 'engaged') {
        await db.threads.put({ ...thread, status: 'engaged', updatedAt: event.time > thread.updatedAt ? event.time : thread.updatedAt });
      }
    }
  });
  return event;
}

/** IndexedDB counts are unsigned 32-bit: a larger limit makes the browser throw a TypeError. */
const MAX_IDB_COUNT = 2 ** 32 - 1;

export const ListEventsQuerySchema = z.object({
  /** Number.MAX_SAFE_INTEGER for the whole log (export). */
  limit: z.number().int().positive().default(50),
  /** Only events strictly before this time (for paging back). */
  before: IsoTimeSchema.optional(),
  /** Only events at or after this time. */
  since: IsoTimeSchema.optional(),
});
export type ListEventsQuery = z.input<typeof ListEventsQuerySchema>;

/** Events newest first. */
export async function listEvents(db: RapportDB, query: ListEventsQuery = {}): Promise<EngagementEvent[]> {
  const { limit, before, since } = ListEventsQuerySchema.parse(query);
  return db.events
    .where('time')
    .between(since ?? Dexie.minKey, before ?? Dexie.maxKey, true, false)
    .reverse()
    .limit(Math.min(limit, MAX_IDB_COUNT))
    .toArray();
}
