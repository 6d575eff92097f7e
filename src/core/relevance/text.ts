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

export function foldChar(ch: string): string {
  return PLAIN[ch] ?? ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

/** Fold with an offset map; plain ASCII (most community text) takes a fast path with no map. */
export function fold(original: string): FoldedText {
  if (!NON_ASCII.test(original)) return { text: original.toLowerCase(), offsets: null };
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    const folded = code < 128 ? ch.toLowerCase() : foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** Original index of folded index i. */
export function originalIndex(folded: FoldedText, i: number, originalLength: number): number {
  if (folded.offsets === null) return i;
  return folded.offsets[i] ?? originalLength;
}

export function foldPlain(s: string): string {
  return fold(s).text.trim();
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
