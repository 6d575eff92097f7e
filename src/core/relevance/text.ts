/**
 * Text normalisation shared by the profile compiler and the matcher. Everything is folded the
 * same way (lower case, accents removed, unicode compatibility forms, typographic quotes and
 * dashes made plain) and keeps a map back to the original offsets, so matched spans point at
 * the text the person sees.
 */
export interface FoldedText {
  /** Lower-cased, accent-free text. */
  text: string;
  /** offsets[i] is the index in the original string of folded character i; null when identical. */
  offsets: number[] | null;
}

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u00df': 'ss',
  '\u00e6': 'ae',
  '\u0153': 'oe',
  '\u00f8': 'o',
  '\u0142': 'l',
};

const foldCache = new Map<string, string>();

export function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = PLAIN[ch] ?? ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    if (foldCache.size < 4096) foldCache.set(ch, folded);
  }
  return folded;
}

const NON_ASCII_CHARS = /[^\x00-\x7f]/gu;

/**
 * `fold(text).text` without the offset map, in one pass of the engine's own replace: for the
 * prefilter, which only asks whether a word occurs (equal to fold's text; a test checks it on
 * every labeled post).
 */
export function foldText(original: string): string {
  if (!NON_ASCII.test(original)) return original.toLowerCase();
  return original.replace(NON_ASCII_CHARS, foldChar).toLowerCase();
}

/** Fold with an offset map; plain ASCII (most community text) takes a fast path with no map. */
export function fold(original: string): FoldedText {
  if (!NON_ASCII.test(original)) return { text: original.toLowerCase(), offsets: null };
  const parts: string[] = [];
  const offsets: number[] = [];
  let runStart = 0;
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      offsets.push(i);
      continue;
    }
    // Flush the ASCII run before this character, then fold the character (a surrogate pair whole).
    if (runStart < i) parts.push(original.slice(runStart, i).toLowerCase());
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    const ch = pair ? original.slice(i, i + 2) : (original[i] as string);
    const folded = foldChar(ch);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    if (pair) i++;
    runStart = i + 1;
  }
  if (runStart < n) parts.push(original.slice(runStart).toLowerCase());
  offsets.push(n);
  return { text: parts.join(''), offsets };
}

/** Original index of folded index i. */
export function originalIndex(folded: FoldedText, i: number, originalLength: number): number {
  if (folded.offsets === null) return i;
  return folded.offsets[i] ?? originalLength;
}

export function foldPlain(s: string): string {
  return fold(s).text.trim();
}
