import { z } from 'zod';
import type { RapportDB } from '../db';
import { ChainVerifier, type ChainCheck } from '../export/chain';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup';
import { yieldToPage, type Progress } from '../export/paging';
import { migrateV1 } from '../migrations';
import { splitBackupLines } from './backup-lines';
import { BACKUP_TABLES, zeroCounts, type Counts, type TableInfo, type TableName } from '../tables';

export const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'Not a Rapport backup (its "format" is not "rapport-backup").' }),
  version: z.number().int().min(1),
  exportedAt: z.string().optional(),
  data: z.record(z.string(), z.array(z.unknown())),
  chain: z.object({ head: z.string() }).partial().optional(),
});

/** A record not parsed yet: a line of a backup read by splitBackupLines. */
class Unparsed {
  constructor(readonly text: string) {}
}

export interface InvalidRecord {
  table: TableName | string;
  /** 1-based position in that table's list in the file. */
  position: number;
  id?: string;
  reason: string;
}

export interface ImportReport {
  version: number;
  /** The backup's records were migrated from this older version. */
  migratedFrom?: number;
  added: Counts;
  updated: Counts;
  /** Already here, the same or newer. */
  skipped: Counts;
  invalid: Counts;
  /** The first 500 invalid records, with why. */
  problems: InvalidRecord[];
  chain: ChainCheck;
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    /** What was already imported when it stopped (every finished batch is complete). */
    readonly report?: ImportReport,
  ) {
    super(message);
  }
}

const MAX_PROBLEMS = 500;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function reasonOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/** Parses the file's text and checks the envelope; throws an ImportError saying what is wrong. */
export async function readEnvelope(input: string | unknown): Promise<z.infer<typeof EnvelopeSchema>> {
  let value = input;
  const split = typeof input === 'string' ? await splitBackupLines(input, yieldToPage) : null;
  if (split) {
    // Records stay text until their batch: see backup-lines.ts.
    const data = Object.fromEntries([...split.tables].map(([name, records]) => [name, records.map((r) => new Unparsed(r))]));
    value = { ...split.tail, ...split.head, data };
  } else if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new ImportError(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) throw new ImportError(`Not a Rapport backup: ${reasonOf(envelope.error)}`);
  if (envelope.data.version > BACKUP_VERSION) {
    throw new ImportError(`This backup was made by a newer Rapport (version ${envelope.data.version}); update Rapport to import it.`);
  }
  return envelope.data;
}

interface Batch {
  table: TableInfo;
  records: Record<string, unknown>[];
}

/** Writes one batch in one transaction: all of it or, if anything fails, none of it. */
async function mergeBatch(db: RapportDB, { table, records }: Batch, report: ImportReport): Promise<void> {
  const counts = await db.transaction('rw', db.table(table.name), async () => {
    // The same record twice in one file: the newer copy counts.
    const incoming = new Map<string, Record<string, unknown>>();
    for (const record of records) {
      const key = String(record[table.key]);
      const seen = incoming.get(key);
      if (!seen || (table.mutable && String(record.updatedAt) > String(seen.updatedAt))) incoming.set(key, record);
    }
    const keys = [...incoming.keys()];
    const stored = (await db.table(table.name).bulkGet(keys)) as (Record<string, unknown> | undefined)[];
    const added: Record<string, unknown>[] = [];
    const updated: Record<string, unknown>[] = [];
    keys.forEach((key, i) => {
      const record = incoming.get(key)!;
      const existing = stored[i];
      if (!existing) added.push(record);
      else if (table.mutable && String(record.updatedAt) > String(existing.updatedAt)) updated.push(record);
    });
    // New records are added, not put: Dexie's put reads the old values back first (measured: a
    // restore spent most of its time there).
    if (added.length > 0) await db.table(table.name).bulkAdd(added);
    if (updated.length > 0) await db.table(table.name).bulkPut(updated);
    return { added: added.length, updated: updated.length, skipped: records.length - added.length - updated.length };
  });
  report.added[table.name] += counts.added;
  report.updated[table.name] += counts.updated;
  report.skipped[table.name] += counts.skipped;
}

/**
 * Merges a backup into the database. Every record is validated; invalid ones are reported with
 * their position and reason and left out while the valid ones are kept. Records merge by their
 * stable id: a new one is added, a stored one is replaced only by a newer copy (by its own
 * updatedAt), so importing the same file twice changes nothing and teammates' backups combine
 * into one log. Older backups are migrated first. The events' hash chain is verified. Work goes
 * in batches of `batchSize`, each its own transaction, with a pause for the page between them.
 */
export async function importBackup(
  db: RapportDB,
  input: string | unknown,
  { batchSize = 250, onProgress }: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<ImportReport> {
  const envelope = await readEnvelope(input);
  const now = new Date().toISOString();
  const report: ImportReport = {
    version: envelope.version,
    ...(envelope.version < BACKUP_VERSION ? { migratedFrom: envelope.version } : {}),
    added: zeroCounts(),
    updated: zeroCounts(),
    skipped: zeroCounts(),
    invalid: zeroCounts(),
    problems: [],
    chain: { status: 'absent', count: 0 },
  };
  const problem = (p: InvalidRecord) => {
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(p);
  };
  for (const name of Object.keys(envelope.data)) {
    if (!BACKUP_TABLES.some((t) => t.name === name)) problem({ table: name, position: 0, reason: `unknown table "${name}", ignored` });
  }
  const total = BACKUP_TABLES.reduce((n, t) => n + (envelope.data[t.name]?.length ?? 0), 0);
  const chain = new ChainVerifier();
  let done = 0;
  for (const table of BACKUP_TABLES) {
    const raw = envelope.data[table.name] ?? [];
    for (let start = 0; start < raw.length; start += batchSize) {
      const valid: Record<string, unknown>[] = [];
      raw.slice(start, start + batchSize).forEach((item, i) => {
        const position = start + i + 1;
        let value = item;
        if (item instanceof Unparsed) {
          try {
            value = JSON.parse(item.text);
          } catch {
            report.invalid[table.name] += 1;
            problem({ table: table.name, position, reason: 'not valid JSON' });
            return;
          }
        }
        if (table.name === 'events' && isObject(value)) chain.add(value);
        const migrated = isObject(value) && envelope.version === 1 ? migrateV1[table.name]!(value, now) : value;
        const parsed = table.schema.safeParse(migrated);
        if (parsed.success) {
          valid.push(parsed.data as Record<string, unknown>);
          return;
        }
        report.invalid[table.name] += 1;
        const id = isObject(value) ? value[table.key] : undefined;
        problem({ table: table.name, position, ...(typeof id === 'string' ? { id } : {}), reason: reasonOf(parsed.error) });
      });
      try {
        if (valid.length > 0) await mergeBatch(db, { table, records: valid }, report);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new ImportError(`Import stopped at ${table.name} #${start + 1}: ${why}. Everything before it was imported.`, report);
      }
      done += Math.min(batchSize, raw.length - start);
      onProgress?.({ done, total });
      await yieldToPage();
    }
  }
  report.chain = chain.result(envelope.chain?.head);
  return report;
}
