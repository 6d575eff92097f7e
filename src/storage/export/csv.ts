import type { EngagementEvent } from '../schemas';

/**
 * The engagement log as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF, embedded quotes doubled. Pure: no storage, no DOM.
 */

const COLUMNS: ReadonlyArray<readonly [string, (event: EngagementEvent) => string | undefined]> = [
  ['time', (e) => e.time],
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

export function eventsToCsv(events: readonly EngagementEvent[], options: CsvOptions = {}): string {
  const header = COLUMNS.map(([name]) => name).join(',');
  const rows = events.map((event) => COLUMNS.map(([, read]) => csvCell(read(event))).join(','));
  const body = [header, ...rows].map((line) => line + CRLF).join('');
  return options.excel ? BOM + body : body;
}

/** 'rapport-engagement-log-YYYY-MM-DD.csv', in the rep's local date. */
export function csvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rapport-engagement-log-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
