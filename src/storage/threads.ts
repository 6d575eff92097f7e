import type { RapportDB } from './db';
import {
  ThreadInputSchema,
  ThreadStatusSchema,
  threadKey,
  type ThreadInput,
  type ThreadRecord,
  type ThreadStatus,
} from './schemas';

type ParsedInput = ReturnType<typeof ThreadInputSchema.parse>;

/** Latest of two ISO times (both normalised to UTC, so string order is time order). */
const latest = (a: string, b: string): string => (a > b ? a : b);

/** Drops undefined fields, so a site that did not read the title does not erase a known one. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function merge(existing: ThreadRecord | undefined, input: ParsedInput, now: string): ThreadRecord {
  const { seenAt = now, ...fields } = input;
  const key = threadKey(input.site, input.postId);
  if (!existing) {
    return { ...fields, key, firstSeen: seenAt, lastSeen: seenAt, status: 'new', updatedAt: now };
  }
  return {
    ...existing,
    ...defined(fields),
    key,
    firstSeen: existing.firstSeen,
    lastSeen: latest(existing.lastSeen, seenAt),
    status: existing.status,
    updatedAt: now,
  };
}

/**
 * Records threads a site surfaced, in one transaction. New threads start as 'new'; known ones
 * keep their firstSeen and status and take the newer lastSeen, relevance and title.
 * Throws a ZodError (and writes nothing) if any input is invalid.
 */
export async function upsertThreads(db: RapportDB, threads: readonly ThreadInput[]): Promise<ThreadRecord[]> {
  const inputs = threads.map((thread) => ThreadInputSchema.parse(thread));
  const now = new Date().toISOString();
  return db.transaction('rw', db.threads, async () => {
    const keys = [...new Set(inputs.map((input) => threadKey(input.site, input.postId)))];
    const stored = await db.threads.bulkGet(keys);
    const merged = new Map(keys.map((key, i) => [key, stored[i]]));
    for (const input of inputs) {
      const key = threadKey(input.site, input.postId);
      merged.set(key, merge(merged.get(key), input, now));
    }
    const records = [...merged.values()].filter((record) => record !== undefined);
    await db.threads.bulkPut(records);
    return records;
  });
}

export async function getThreadByUrl(db: RapportDB, url: string): Promise<ThreadRecord | undefined> {
  return db.threads.where('url').equals(url).first();
}

/** Sets a known thread's status (saved, done, dismissed...). Returns false if there is no such thread. */
export async function setThreadStatus(db: RapportDB, key: string, status: ThreadStatus): Promise<boolean> {
  const parsed = ThreadStatusSchema.parse(status);
  return db.transaction('rw', db.threads, async () => {
    const thread = await db.threads.get(key);
    if (thread) await db.threads.put({ ...thread, status: parsed, updatedAt: new Date().toISOString() });
    return thread !== undefined;
  });
}

/** The links of known threads by key (a reminder names its thread by key only); unknown keys are left out. */
export async function threadUrls(db: RapportDB, keys: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  const threads = await db.threads.bulkGet(unique);
  return new Map(threads.filter((thread) => thread !== undefined).map((thread) => [thread.key, thread.url]));
}
