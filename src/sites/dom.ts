// Small DOM helpers shared by the site adapters. No top-level DOM access: vite.config.ts imports
// the registry (and so the adapters) in Node to generate the manifest.

import type { PagePost } from './types';

/**
 * A selector that did not find what the page should have. Thrown while reading a post; `readAll`
 * lets it through in strict mode (tests) and skips the post otherwise (users).
 */
export class SelectorError extends Error {
  constructor(what: string, where: Element) {
    super(`Rapport: ${what} not found in <${where.tagName.toLowerCase()}${where.id ? `#${where.id}` : ''}>`);
    this.name = 'SelectorError';
  }
}

/** The first match under `scope`, or a SelectorError naming what was expected. */
export function $(scope: Element, selector: string, what = selector): Element {
  const found = scope.querySelector(selector);
  if (!found) throw new SelectorError(what, scope);
  return found;
}

/** Elements matching `selector` under `root`, and `root` itself when it is an element that matches. */
export function selectAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  const self = root as Partial<Element>;
  if ((root as Node).nodeType === 1 && self.matches?.(selector)) found.unshift(root as Element);
  return found;
}

/**
 * The first match under `owner` that belongs to it and not to a nested item of the same kind
 * (Reddit nests reply elements inside their parent). `ownerSelector` names the item kind.
 */
export function ownQuery(owner: Element, selector: string, ownerSelector: string): Element | null {
  const first = owner.querySelector(selector);
  if (!first || first.parentElement?.closest(ownerSelector) === owner) return first;
  // The first match was a reply's: rare (the owner's own part is missing), so the slow path is fine.
  for (const el of owner.querySelectorAll(selector)) {
    if (el.parentElement?.closest(ownerSelector) === owner) return el;
  }
  return null;
}

/** The first direct child with `className`. */
export function childWithClass(parent: Element, className: string): Element | null {
  for (const child of parent.children) if (child.classList.contains(className)) return child;
  return null;
}

/**
 * Whitespace collapsed to single spaces, trimmed. Matches only runs and non-space whitespace:
 * `/\s+/g` would also "replace" every single space, several times slower on long posts.
 */
export function collapse(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

// Elements that end a line when rendered: their text is joined with a space, so "a<p>b" reads
// "a b" and not "ab" (textContent alone glues paragraphs together).
const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'TR', 'TD', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);

/**
 * The readable text of `el`: text nodes only (never markup), a space at block boundaries,
 * whitespace collapsed. Elements with class `skipClass` (a reply link inside the body) are left out.
 * Hot path (every post on a page): a plain walk, no selector matching, no layout.
 */
export function textOf(el: Element, skipClass?: string): string {
  if (el.childElementCount === 0) return collapse(el.textContent ?? '');
  const parts: string[] = [];
  appendText(el, skipClass, parts);
  return collapse(parts.join(''));
}

/**
 * The text of `el` for a first look (see PageDraft.glued): textContent as it comes, whitespace
 * not collapsed, block boundaries not spaced. One native call and no pass over the text (the
 * prefilter's search is its first): textOf's walk and collapse cost several times more in
 * Chromium, and most posts on a page need no more than this.
 */
export function firstLookText(el: Element): string {
  return el.textContent ?? '';
}

function appendText(node: Node, skipClass: string | undefined, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      // The class attribute, not classList: a DOMTokenList made for every element walked costs more than the walk.
      if (skipClass !== undefined && hasClass(element.getAttribute('class'), skipClass)) continue;
      if (!BLOCK.has(element.tagName)) {
        // Inline (a, i, code): its text in one call when it holds only text; one holding elements
        // is walked, since a <br> or a block inside a span (LinkedIn, X) would otherwise glue lines.
        if (element.childElementCount === 0) parts.push(element.textContent ?? '');
        else appendText(element, skipClass, parts);
        continue;
      }
      parts.push(' ');
      if (element.childElementCount === 0) parts.push(element.textContent ?? '');
      else appendText(element, skipClass, parts);
      parts.push(' ');
    }
  }
}

/**
 * Whether a class attribute's value holds `name` as one of its classes: a string search, where
 * `classList` would make a DOMTokenList for the element.
 */
export function hasClass(value: string | null, name: string): boolean {
  if (value === null) return false;
  for (let at = value.indexOf(name); at >= 0; at = value.indexOf(name, at + 1)) {
    const before = at === 0 ? 32 : value.charCodeAt(at - 1);
    const after = at + name.length === value.length ? 32 : value.charCodeAt(at + name.length);
    if ((before === 32 || before === 9 || before === 10 || before === 12 || before === 13) && (after === 32 || after === 9 || after === 10 || after === 12 || after === 13)) return true;
  }
  return false;
}

/**
 * A time as ISO 8601, from what sites put in attributes:
 * - HN `.age[title]`: "2026-11-20T14:03:11 1795183391" (UTC without a zone, then unix seconds);
 * - new Reddit: "2026-11-20T14:03:11.123000+0000" (microseconds, offset without a colon);
 * - old Reddit and `<time datetime>`: "2026-11-20T14:03:11+00:00";
 * - bare unix seconds or milliseconds.
 * The ISO part wins over the unix part. Undefined when nothing parses.
 */
export function toIso(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  const space = text.search(/\s/);
  const first = space < 0 ? text : text.slice(0, space);
  const second = space < 0 ? undefined : text.slice(space).trim();
  const fromIso = parseIsoish(first);
  if (fromIso !== undefined) return fromIso;
  for (const token of [first, second]) {
    if (token && /^\d{9,13}$/.test(token)) {
      const n = Number(token);
      const date = new Date(token.length > 11 ? n : n * 1000);
      if (!Number.isNaN(date.getTime())) return date.toISOString();
    }
  }
  return undefined;
}

const ISOISH = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))?$/i;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Two digits at `i` as a number, or -1. */
function two(token: string, i: number): number {
  const a = token.charCodeAt(i) - 48;
  const b = token.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * "2026-11-22T14:03:11", optionally with "Z" or ".000Z": the UTC form most sites put in
 * attributes, checked digit by digit without a regular expression (once a post, on every page).
 */
function utcSeconds(token: string): string | undefined {
  const n = token.length;
  if (n !== 19 && !(n === 20 && token[19] === 'Z') && !(n === 24 && token.endsWith('.000Z'))) return undefined;
  if (token[4] !== '-' || token[7] !== '-' || token[10] !== 'T' || token[13] !== ':' || token[16] !== ':') return undefined;
  const century = two(token, 0);
  const year = century * 100 + two(token, 2);
  const month = two(token, 5);
  const day = two(token, 8);
  const hour = two(token, 11);
  const minute = two(token, 14);
  const second = two(token, 17);
  if (century < 0 || year < century * 100 || month < 1 || month > 12 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);
  if (day < 1 || day > monthDays) return undefined;
  return `${token.slice(0, 19)}.000Z`;
}

// Computed from the numbers, not by re-parsing a string: this runs once per post.
function parseIsoish(token: string): string | undefined {
  const fast = utcSeconds(token);
  if (fast !== undefined) return fast;
  const m = ISOISH.exec(token);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);
  if (day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) : 0;
  if (offset !== 0) return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000).toISOString();
  // UTC already (HN, Reddit): format the validated parts, several times faster than toISOString.
  return `${m[1]}-${m[2]}-${m[3]}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** The first integer in `text` ("1,234 points", "87&nbsp;comments", "-3"), or undefined. */
export function intIn(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const m = /-?\d[\d,]*/.exec(text);
  if (!m) return undefined;
  const n = Number.parseInt(m[0].replace(/,/g, ''), 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A count as sites abbreviate it: "12", "1,284", "1.2K", "38.5k", "3M", "1B" (and "1,5K" where a
 * comma is the decimal mark). Undefined when there is no number. English suffixes only; a letter
 * right after one means it is a word ("2 Kommentare"), not a suffix.
 */
export function shortCount(text: string | null | undefined): number | undefined {
  const m = text ? /(\d[\d.,]*)\s*([KMB])?(?![a-z])/i.exec(text) : null;
  if (!m?.[1]) return undefined;
  const digits = m[1].replace(/[.,]$/, '');
  const suffix = m[2]?.toLowerCase();
  const scale = suffix === 'k' ? 1_000 : suffix === 'm' ? 1_000_000 : suffix === 'b' ? 1_000_000_000 : 1;
  // "1,284" and "1.284" without a suffix are thousands; with one, "1,5K" is 1.5 thousand.
  const n = scale === 1 ? Number(digits.replace(/[.,](?=\d{3}(?:\D|$))/g, '')) : Number(digits.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * scale) : undefined;
}

/** An absolute URL from a page's href ("/u/dana", or already absolute): string work where it can. */
export function absoluteUrl(href: string, origin: string): string {
  if (href.startsWith('https://') || href.startsWith('http://')) return href;
  return href.startsWith('/') && !href.startsWith('//') ? origin + href : new URL(href, `${origin}/`).href;
}

/** A non-negative count, or undefined (scores may be negative; counts may not). */
export function countIn(text: string | null | undefined): number | undefined {
  const n = intIn(text);
  return n !== undefined && n >= 0 ? n : undefined;
}

/**
 * Read each candidate element into a post. `readOne` returns null for elements that are not
 * posts (a deleted comment, a "load more" row) and throws SelectorError when the page lacks
 * what it should have. Strict (tests) lets the error out; otherwise the post is skipped, so a
 * broken selector degrades to fewer posts and never throws into the page.
 */
export function readAll<T = PagePost>(
  candidates: Iterable<Element>,
  readOne: (el: Element) => T | null,
  strict: boolean,
): T[] {
  const posts: T[] = [];
  for (const el of candidates) {
    if (strict) {
      const post = readOne(el);
      if (post) posts.push(post);
      continue;
    }
    try {
      const post = readOne(el);
      if (post) posts.push(post);
    } catch {
      // Skipped quietly: the caller sees fewer (or no) posts and warns once.
    }
  }
  return posts;
}

/** An adapter's `readPosts`: never throws for users; strict readers are exported for tests. */
export function forgiving<T = PagePost, R = ParentNode>(
  read: (root: R, url: URL, strict: boolean) => T[],
): (root: R, url: URL) => T[] {
  return (root, url) => {
    try {
      return read(root, url, false);
    } catch {
      return [];
    }
  };
}

/**
 * A DraftReader's `complete` from a strict one: null (the post is skipped) instead of a
 * SelectorError, as readAll does for users.
 */
export function forgivingComplete<D>(complete: (draft: D) => PagePost | null): (draft: D) => PagePost | null {
  return (draft) => {
    try {
      return complete(draft);
    } catch {
      return null;
    }
  };
}

/** The active element when it matches `selector`, else the first match that is not disabled. */
export function pickReplyBox(doc: Document, selectors: readonly string[]): HTMLElement | null {
  const active = doc.activeElement;
  for (const selector of selectors) {
    if (active?.matches(selector)) return active as HTMLElement;
  }
  for (const selector of selectors) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (!el.hasAttribute('disabled') && !el.closest('[hidden]')) return el;
    }
  }
  return null;
}

/**
 * A selector with how many elements it matches, document-wide, on each kind of page (keyed by
 * the committed fixture's name). The adapter's test checks every count against the fixtures, so
 * a selector that drifts from its expectation fails in CI instead of silently on users' pages.
 */
export interface Expected<Page extends string> {
  css: string;
  expect: Record<Page, number>;
}

export function expected<Page extends string>(css: string, expect: Record<Page, number>): Expected<Page> {
  return { css, expect };
}

/** `{ [key]: value }`, or `{}` when the value is missing: optional record fields stay absent, not undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
