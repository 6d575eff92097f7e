/**
 * Reads a backup written by createBackup without parsing it in one go: that writer puts the
 * envelope's head on the first line and every record on a line of its own, so the file splits into
 * records that are parsed a batch at a time (JSON.parse of a 50 MB file would hold the page for
 * most of a second). A file in any other layout (pretty-printed, edited by hand) returns null,
 * and the caller parses it whole.
 */
export interface BackupLines {
  head: Record<string, unknown>;
  /** Each table's records, one JSON text each, not parsed yet. */
  tables: Map<string, string[]>;
  /** What follows the data: counts and chain. */
  tail: Record<string, unknown>;
}

function* lines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
  }
}

const TABLE_START = /^,?"([a-z_]+)":\[$/;

/** Lines read between pauses for the page. */
const LINES_A_TASK = 10_000;

export async function splitBackupLines(text: string, pause: () => Promise<void>): Promise<BackupLines | null> {
  const reader = lines(text);
  const first = reader.next();
  if (first.done || !first.value.endsWith('"data":{')) return null;
  let head: Record<string, unknown>;
  try {
    head = JSON.parse(`${first.value}}}`) as Record<string, unknown>;
  } catch {
    return null;
  }
  const tables = new Map<string, string[]>();
  let current: string[] | undefined;
  const tail: string[] = [];
  let inTail = false;
  let count = 0;
  for (const line of reader) {
    if (++count % LINES_A_TASK === 0) await pause();
    if (inTail) {
      tail.push(line);
    } else if (current) {
      // A table ends with "]", then "," before the next table or "}," after the last one.
      if (line === ']' || line === '],') current = undefined;
      else if (line === ']},') [current, inTail] = [undefined, true];
      else current.push(line.replace(/^,|,$/g, ''));
    } else if (line === '},') {
      inTail = true;
    } else {
      const table = TABLE_START.exec(line)?.[1];
      if (!table || tables.has(table)) return null;
      current = [];
      tables.set(table, current);
    }
  }
  if (current || !inTail) return null;
  try {
    return { head, tables, tail: JSON.parse(`{${tail.join('\n')}`) as Record<string, unknown> };
  } catch {
    return null;
  }
}
