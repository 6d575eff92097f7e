/**
 * Text normalisation shared by the profile compiler and the matcher. Everything is folded the
 * same way (lower case, accents removed, unicode compatibility forms) and keeps a map back to
 * the original offsets so matched spans point at the text the person sees.
 */
export interface FoldedText {
  /** Lower-cased, accent-free text. */
  text: string;
  /** offsets[i] is the index in the original string of folded character i. */
  offsets: number[];
}

const COMBINING = /[\u0300-\u036f]/g;

export function foldChar(ch: string): string {
  return ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

export function fold(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of original) {
    // ASCII fast path: most community text is plain ASCII.
    const code = ch.charCodeAt(0);
    const folded = code < 128 ? ch.toLowerCase() : foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

export function foldPlain(s: string): string {
  return s.normalize('NFKD').replace(COMBINING, '').toLowerCase().trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
