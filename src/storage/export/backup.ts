import { Dexie } from 'dexie';
import type { RapportDB } from '../db';
import { BACKUP_TABLES, zeroCounts, type Counts } from '../tables';
import { GENESIS, canonical, nextHash } from './chain';
import { eventPages, yieldToPage, type Progress } from './paging';

export const BACKUP_FORMAT = 'rapport-backup';
/** The backup's version is the database version whose records it holds. */
export const BACKUP_VERSION = 2;

export interface BackupResult {
  /** The JSON file in pieces, written a page at a time (a Blob takes them as they are). */
  parts: string[];
  counts: Counts;
  /** The last event's hash. */
  head: string;
}

async function* pagesOf(db: RapportDB, name: string, key: string, pageSize: number): AsyncGenerator<Record<string, unknown>[]> {
  let last: unknown = undefined;
  for (;;) {
    const where = db.table(name).where(':id');
    const page = (await (last === undefined ? where.aboveOrEqual(Dexie.minKey) : where.above(last)).limit(pageSize).toArray()) as Record<string, unknown>[];
    if (page.length === 0) return;
    last = page[page.length - 1]![key];
    yield page;
    if (page.length < pageSize) return;
  }
}

/**
 * A full backup as JSON: `{format, version, exportedAt, counts, chain, data: {table: records}}`,
 * one record a line. Events go in time order, each with the hash chaining it to the one before.
 */
export async function createBackup(
  db: RapportDB,
  { pageSize = 1_000, onProgress, now = new Date() }: { pageSize?: number; onProgress?: (p: Progress) => void; now?: Date } = {},
): Promise<BackupResult> {
  const counts = zeroCounts();
  let total = 0;
  for (const { name } of BACKUP_TABLES) total += await db.table(name).count();
  const parts = [`{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":"${now.toISOString()}","data":{`];
  let head = GENESIS;
  let done = 0;
  for (const [t, { name, key }] of BACKUP_TABLES.entries()) {
    parts.push(`${t === 0 ? '' : ','}\n"${name}":[`);
    const pages = name === 'events' ? eventPages(db, {}, pageSize) : pagesOf(db, name, key, pageSize);
    for await (const page of pages) {
      let text = '';
      for (const record of page as Record<string, unknown>[]) {
        let line: string;
        if (name === 'events') {
          head = nextHash(head, canonical(record));
          line = JSON.stringify({ ...record, hash: head });
        } else {
          line = JSON.stringify(record);
        }
        text += `\n${counts[name] === 0 ? '' : ','}${line}`;
        counts[name] += 1;
      }
      parts.push(text);
      done += page.length;
      onProgress?.({ done, total: Math.max(total, done) });
      await yieldToPage();
    }
    parts.push('\n]');
  }
  parts.push(`},\n"counts":${JSON.stringify(counts)},\n"chain":${JSON.stringify({ algorithm: 'SHA-256', head })}\n}\n`);
  return { parts, counts, head };
}

/** 'rapport-backup-YYYY-MM-DD.json', in the rep's local date. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rapport-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
