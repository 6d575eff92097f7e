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

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const LETTER = /[\p{L}\p{N}]/u;
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isWordCode(c);
  if (Number.isNaN(c)) return false;
  return LETTER.test(text[i] ?? '');
}

function isUpperAt(original: string, i: number): boolean {
  const c = original.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = original[i] ?? '';
  return ch !== ch.toLowerCase();
}

const URL_START = /^(?:https?:\/\/|www\.)/;
const DOMAIN_SHAPE = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;

/**
 * Split one field into words and sentences in a single pass. URLs become one DOMAIN token (their
 * host); hashtags and @handles are flagged; quoted lines and sentence starts are marked.
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
  let lineQuoted = false;
  let atLineStart = true;
  let nextStartsSentence = true;
  let capitals = 0;
  let words = 0;

  const closeSentence = (end: number): void => {
    if (tokens.length > sentenceFirstToken) {
      const raw = text.slice(sentenceStart, end);
      sentences.push({
        text: lineQuoted ? raw.replace(/^\s*>+\s?/, '') : raw,
        start: sentenceStart,
        end,
        quoted: lineQuoted,
        firstToken: sentenceFirstToken,
        endToken: tokens.length,
      });
      sentence++;
    }
    sentenceStart = end;
    sentenceFirstToken = tokens.length;
    nextStartsSentence = true;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      closeSentence(i + 1);
      sentenceStart = i + 1;
      atLineStart = true;
      lineQuoted = false;
      i++;
      continue;
    }
    if (atLineStart) {
      if (c === 62 /* > */) lineQuoted = true;
      if (c !== 32 && c !== 9 && c !== 62) atLineStart = false;
    }
    if (c === 46 || c === 33 || c === 63 /* . ! ? */) {
      // A sentence ends at terminal punctuation followed by space or the end.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      const after = text.charCodeAt(j);
      if (j >= n || after === 32 || after === 10 || after === 9 || after === 41 || after === 34) {
        closeSentence(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    if (c === 58 /* : */ || c === 59 /* ; */) {
      // "Ask HN: …" or "EDIT: …": what follows starts like a sentence, but it is the same sentence.
      nextStartsSentence = true;
      i++;
      continue;
    }
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    // URL or bare domain: consume to whitespace, keep the host as one token.
    const rest = text.slice(i, i + 8);
    if (URL_START.test(rest)) {
      let j = i;
      while (j < n && !/\s/.test(text[j] ?? ' ')) j++;
      const host = text.slice(i, j).replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#:]/)[0] ?? '';
      tokens.push({ w: host.replace(/\.$/, ''), start: i, end: j, flags: DOMAIN | (lineQuoted ? QUOTED : 0), sentence });
      i = j;
      continue;
    }
    let j = i;
    while (j < n) {
      if (isWordAt(text, j)) {
        j++;
        continue;
      }
      const cj = text.charCodeAt(j);
      // Inner apostrophes ("don't", "de'longhi") and inner dots of domains ("tally.example").
      if ((cj === 39 || cj === 46) && isWordAt(text, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    let word = text.slice(i, j);
    let flags = lineQuoted ? QUOTED : 0;
    if (word.includes('.')) {
      if (DOMAIN_SHAPE.test(word)) flags |= DOMAIN;
      else {
        // "e.g" or "v2.1": not a domain; keep only the first part as a word.
        const dot = word.indexOf('.');
        word = word.slice(0, dot);
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
      if (oj - oi > 1 && original.slice(oi, oj) === original.slice(oi, oj).toUpperCase()) flags |= ALL_CAPS;
    }
    if (nextStartsSentence) {
      flags |= SENTENCE_START;
      nextStartsSentence = false;
    } else if (!(flags & (HASHTAG | MENTION | DOMAIN))) {
      words++;
      if (flags & CAPITAL) capitals++;
    }
    tokens.push({ w: word, start: i, end: j, flags, sentence });
    i = j;
  }
  closeSentence(n);
  const titleCase = words >= 3 && capitals / words > 0.6;
  return { name, original, folded, tokens, sentences, titleCase };
}
