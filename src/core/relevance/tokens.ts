import { fold, type FoldedText } from './text';

/** Token flags (bits). */
export const HASHTAG = 1;
export const MENTION = 2;
/** Written with a capital first letter in the original. */
export const CAPITAL = 4;
/** First word of a sentence, a line or a field: its capital says nothing. */
export const SENTENCE_START = 8;
/** Inside a quoted line ("> …"): someone else's words. */
export const QUOTED = 16;
/** A bare or linked domain name ("tally.example", "https://beacon.example/pricing"). */
export const DOMAIN = 32;
/** Written all in capitals ("YNAB", "HELP"). */
export const ALL_CAPS = 64;

export interface Token {
  /** Folded word: lower case, accents removed, inner apostrophes kept. */
  w: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  flags: number;
  /** Sentence index within the field. */
  sentence: number;
}

export interface Sentence {
  /** Folded text of the sentence, without its quote marker. */
  text: string;
  start: number;
  end: number;
  quoted: boolean;
  /** Index of the first token of the sentence. */
  firstToken: number;
  endToken: number;
}

export interface Field {
  name: 'title' | 'body';
  original: string;
  folded: FoldedText;
  tokens: Token[];
  sentences: Sentence[];
  /** Most words capitalised (a Title Case title): capitals carry no meaning here. */
  titleCase: boolean;
}

/** Character classes of ASCII codes: 1 = word (a-z, 0-9 after folding). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

const LETTER = /[\p{L}\p{N}]/u;
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c !== c) return false; // NaN: past the end
  return LETTER.test(text[i] ?? '');
}

function isUpperAt(original: string, i: number): boolean {
  const c = original.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = original[i] ?? '';
  return ch !== ch.toLowerCase();
}

const DOMAIN_SHAPE = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Does a URL start at i ("http://", "https://", "www.")? Checked only where a word starts with h or w. */
function urlAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 104) return text.startsWith('http://', i) || text.startsWith('https://', i);
  if (c === 119) return text.startsWith('www.', i);
  return false;
}

/**
 * Split one field into words and sentences in a single pass. URLs become one DOMAIN token (their
 * host); hashtags and @handles are flagged; quoted lines and sentence starts are marked.
 * Written as one plain loop: it runs on every post the content script reads.
 */
export function tokenize(name: 'title' | 'body', original: string): Field {
  const folded = fold(original);
  const text = folded.text;
  const offsets = folded.offsets;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const n = text.length;
  let sentence = 0;
  let sentenceStart = 0;
  let sentenceFirstToken = 0;
  let sentenceQuoted = false;
  let lineQuoted = false;
  let atLineStart = true;
  let nextStartsSentence = true;
  let capitals = 0;
  let words = 0;
  let i = 0;

  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : -1;
    // Sentence ends: a newline, the end, or terminal punctuation followed by space or the end.
    let end = -1;
    let resume = i + 1;
    if (c === -1) end = n;
    else if (c === 10) end = i + 1;
    else if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d !== 46 && d !== 33 && d !== 63) break;
        j++;
      }
      const after = j < n ? text.charCodeAt(j) : 32;
      if (isSpace(after) || after === 41 || after === 34) {
        end = j;
        resume = j;
      } else {
        i = j;
        continue;
      }
    }
    if (end >= 0) {
      if (tokens.length > sentenceFirstToken) {
        const raw = text.slice(sentenceStart, end);
        sentences.push({
          text: sentenceQuoted ? raw.replace(/^\s*>+\s?/, '') : raw,
          start: sentenceStart,
          end,
          quoted: sentenceQuoted,
          firstToken: sentenceFirstToken,
          endToken: tokens.length,
        });
        sentence++;
      }
      sentenceStart = end;
      sentenceFirstToken = tokens.length;
      nextStartsSentence = true;
      if (c === 10) {
        atLineStart = true;
        lineQuoted = false;
      }
      sentenceQuoted = lineQuoted;
      if (c === -1) break;
      i = resume;
      continue;
    }
    if (atLineStart) {
      if (c === 62 /* > */) {
        lineQuoted = true;
        sentenceQuoted = true;
      }
      if (c !== 32 && c !== 9 && c !== 62) atLineStart = false;
    }
    if (c === 58 /* : */ || c === 59 /* ; */) {
      // "Ask HN: …" or "EDIT: …": what follows starts like a sentence, but it is the same sentence.
      nextStartsSentence = true;
      i++;
      continue;
    }
    const word = c < 128 ? ASCII_WORD[c] === 1 : isWordAt(text, i);
    if (!word) {
      i++;
      continue;
    }
    if ((c === 104 || c === 119) && urlAt(text, i)) {
      // URL: consume to whitespace, keep the host as one token.
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      let h = i;
      if (text.startsWith('http', h)) h = text.indexOf('//', h) + 2;
      if (text.startsWith('www.', h)) h += 4;
      let k = h;
      while (k < j) {
        const d = text.charCodeAt(k);
        if (d === 47 || d === 63 || d === 35 || d === 58) break;
        k++;
      }
      let host = text.slice(h, k);
      if (host.endsWith('.')) host = host.slice(0, -1);
      tokens.push({ w: host, start: i, end: j, flags: DOMAIN | (lineQuoted ? QUOTED : 0), sentence });
      i = j;
      continue;
    }
    let j = i + 1;
    let dotted = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128 ? ASCII_WORD[d] === 1 : isWordAt(text, j)) {
        j++;
        continue;
      }
      // Inner apostrophes ("don't", "de'longhi") and inner dots of domains ("tally.example").
      if ((d === 39 || d === 46) && j + 1 < n && isWordAt(text, j + 1)) {
        if (d === 46) dotted = true;
        j++;
        continue;
      }
      break;
    }
    let w = text.slice(i, j);
    let flags = lineQuoted ? QUOTED : 0;
    if (dotted) {
      if (DOMAIN_SHAPE.test(w)) flags |= DOMAIN;
      else {
        // "e.g" or "v2.1": not a domain; keep only the first part as a word.
        const dot = w.indexOf('.');
        w = w.slice(0, dot);
        j = i + dot;
      }
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (prev === 35 /* # */) flags |= HASHTAG;
    else if (prev === 64 /* @ */) flags |= MENTION;
    const oi = offsets === null ? i : (offsets[i] ?? i);
    if (isUpperAt(original, oi)) {
      flags |= CAPITAL;
      const oj = offsets === null ? j : (offsets[j] ?? j);
      if (oj - oi > 1) {
        let all = true;
        for (let k = oi + 1; k < oj && all; k++) {
          const d = original.charCodeAt(k);
          if ((d >= 97 && d <= 122) || (d > 127 && original[k] !== original[k]?.toUpperCase())) all = false;
        }
        if (all) flags |= ALL_CAPS;
      }
    }
    if (nextStartsSentence) {
      flags |= SENTENCE_START;
      nextStartsSentence = false;
    } else if (!(flags & (HASHTAG | MENTION | DOMAIN))) {
      words++;
      if (flags & CAPITAL) capitals++;
    }
    tokens.push({ w, start: i, end: j, flags, sentence });
    i = j;
  }
  const titleCase = words >= 3 && capitals / words > 0.6;
  return { name, original, folded, tokens, sentences, titleCase };
}
