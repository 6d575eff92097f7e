import type { RapportDB } from '../db';
import type { EngagementEvent } from '../schemas';
import { GENESIS, nextHash } from './chain';
import { eventPages, countEvents, yieldToPage, type LogFilter, type Progress } from './paging';

/**
 * The engagement log as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF, embedded quotes doubled. Pure: no storage, no DOM.
 */

const COLUMNS: ReadonlyArray<readonly [string, (event: EngagementEvent) => string | undefined]> = [
  ['time', (e) => e.time],
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['site', (e) => e.site],
  ['community', (e) => e.community],
  ['title', (e) => e.title],
  ['url', (e) => e.url],
  ['thread', (e) => e.threadKey],
  ['person', (e) => e.personKey],
  ['named_brand', (e) => (e.namedBrand === null ? 'unknown' : String(e.namedBrand))],
  ['disclosed', (e) => (e.disclosed === null ? 'unknown' : String(e.disclosed))],
  ['note', (e) => e.note],
  ['demo', (e) => String(e.demo)],
];

const CRLF = '\r\n';
const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab / CR, which some strip first) as a
 * formula: a post title like `=HYPERLINK(...)` must stay text, so such cells get a leading apostrophe.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const csvCell = (value: string | undefined): string => quote(neutraliseFormula(value ?? ''));

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark so Excel reads non-ASCII text correctly. */
  excel?: boolean;
}

export const CSV_HEADER = `${COLUMNS.map(([name]) => name).join(',')},hash`;

const row = (event: EngagementEvent): string => COLUMNS.map(([, read]) => csvCell(read(event))).join(',');

/**
 * Rows with the chain's last column: each row's hash is SHA-256 of the previous row's hash and
 * the row's text before its hash cell, so editing, removing or reordering a row is detectable.
 */
export function csvRows(events: readonly EngagementEvent[], previous: string): { text: string; head: string } {
  let text = '';
  let head = previous;
  for (const event of events) {
    const line = row(event);
    head = nextHash(head, line);
    text += `${line},${head}${CRLF}`;
  }
  return { text, head };
}

export function eventsToCsv(events: readonly EngagementEvent[], options: CsvOptions = {}): string {
  const body = CSV_HEADER + CRLF + csvRows(events, GENESIS).text;
  return options.excel ? BOM + body : body;
}

export interface CsvExport {
  /** The file in pieces (a Blob takes them as they are). */
  parts: string[];
  rows: number;
  /** The last row's hash: note it down to prove later the file is as exported. */
  head: string;
}

/**
 * The engagement log as CSV, read and written a page at a time with a pause between pages, so a
 * long log never freezes the page; `onProgress` hears after each page.
 */
export async function exportCsv(
  db: RapportDB,
  filter: LogFilter = {},
  options: CsvOptions & { pageSize?: number; onProgress?: (progress: Progress) => void } = {},
): Promise<CsvExport> {
  const total = await countEvents(db, filter);
  const parts = [(options.excel ? BOM : '') + CSV_HEADER + CRLF];
  let head = GENESIS;
  let rows = 0;
  for await (const page of eventPages(db, filter, options.pageSize)) {
    const chunk = csvRows(page, head);
    parts.push(chunk.text);
    head = chunk.head;
    rows += page.length;
    options.onProgress?.({ done: rows, total: Math.max(total, rows) });
    await yieldToPage();
  }
  return { parts, rows, head };
}

/**
 * Checks a CSV written by exportCsv: splits it into records (RFC 4180: CRLF outside quotes ends
 * one), recomputes each row's hash and returns the 1-based data rows where the chain breaks.
 */
export function verifyCsvChain(csv: string): { rows: number; breaks: number[]; head: string } {
  const text = csv.startsWith(BOM) ? csv.slice(1) : csv;
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  const breaks: number[] = [];
  let previous = GENESIS;
  records.slice(1).forEach((record, i) => {
    const cut = record.lastIndexOf(',');
    const stated = record.slice(cut + 1);
    if (nextHash(previous, record.slice(0, cut)) !== stated) breaks.push(i + 1);
    previous = stated;
  });
  return { rows: records.length - 1, breaks, head: previous };
}

/** 'rapport-engagement-log-YYYY-MM-DD.csv', in the rep's local date. */
export function csvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rapport-engagement-log-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
