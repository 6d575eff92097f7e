import { INTENTS, type Intent } from '../assessment';
import { polarityAt } from './sentiment';
import { stem } from './stem';
import { QUOTED, type Field } from './tokens';

/**
 * The learned half of intent detection: a linear model (one logistic regression an intent) over
 * the post's words and word pairs and triples, with the profile's names replaced by their role
 * ("zbrand", "zrival", "ztopic") so that what it learns about "zbrand stopped charging" carries to
 * every brand, and with the cue rules' verdicts as features of their own.
 *
 * Why both: the cue rules (intents.ts) are precise and explain themselves, but people complain,
 * praise and ask in more ways than any list holds; the model learns the wider vocabulary from the
 * labeled posts (scripts/train-intents.mjs) and how far to trust each rule. On posts neither was
 * built on, the two together beat the rules alone (see README, "Relevance").
 *
 * Pure and deterministic: features are strings, the model a map from feature to five weights.
 */

/** What the profile matched, by token: the role a span of tokens plays. */
export interface NameMarks {
  /** For a field, token index -> [role, index of the last token of the name]. */
  get(field: Field): Map<number, [Role, number]> | undefined;
}
export type Role = 'zbrand' | 'zrival' | 'ztopic';

const DIGITS = /^\d+$/;

/**
 * Receives one feature as pieces: `prefix` then up to three parts joined by "_" ("b:" + "how" +
 * "_" + "do"), with each part's hash (see `partHash`) so the hashing side never rehashes a word.
 */
type Emit = (prefix: string, ph: number, n: 0 | 1 | 2 | 3, a: string, b: string, c: string, ha: number, hb: number, hc: number) => void;

/** FNV-1a of a string: the hash of one part of a feature. */
function partHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const stems = new Map<string, [string, number]>();
/** A word's stem and the stem's hash, cached: a feed repeats its words. */
function stemOf(word: string): [string, number] {
  let s = stems.get(word);
  if (s === undefined) {
    const w = DIGITS.test(word) ? '0' : stem(word);
    s = [w, partHash(w)];
    if (stems.size >= 20_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

const START: [string, number] = ['^', partHash('^')];
const ROLE: Record<Role, [string, number]> = { zbrand: ['zbrand', partHash('zbrand')], zrival: ['zrival', partHash('zrival')], ztopic: ['ztopic', partHash('ztopic')] };
const CLASS = { POS: ['POS', partHash('POS')], NEG: ['NEG', partHash('NEG')] } as const;
const P = (prefix: string): [string, number] => [prefix, partHash(prefix)];
const R = P('r:');
const W = P('w:');
const B = P('b:');
const C = P('c:');
const CB = P('cb:');
const CT = P('ct:');
const T3 = P('3:');
const T = P('t:');
const SITE = P('site:');
const BIAS = P('bias');
const MARKS = { 'title:?': P('title:?'), 'body:?': P('body:?'), 'title:!': P('title:!'), 'body:!': P('body:!') } as Record<string, [string, number]>;

/** The one walk over a post that both the text features (training) and the hashed ones (judging) come from. */
function walk(fields: Field[], marks: NameMarks, rules: Iterable<Intent>, site: string, emit: Emit): void {
  for (const intent of rules) emit(R[0], R[1], 1, intent, '', '', partHash(intent), 0, 0);
  for (const field of fields) {
    const roles = marks.get(field);
    const tokens = field.tokens;
    const title = field.name === 'title';
    let p1 = START;
    let p2 = START;
    let sentence = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.flags & QUOTED) continue;
      if (t.sentence !== sentence) {
        p1 = START;
        p2 = START;
        sentence = t.sentence;
      }
      let w: [string, number];
      let polarity = 0;
      const role = roles?.get(i);
      if (role) {
        w = ROLE[role[0]];
        i = Math.max(i, role[1]);
      } else {
        w = stemOf(t.w);
        polarity = polarityAt(tokens, i);
      }
      emit(W[0], W[1], 1, w[0], '', '', w[1], 0, 0);
      emit(B[0], B[1], 2, p1[0], w[0], '', p1[1], w[1], 0);
      // Sentiment words as a class, so "zbrand <any praise word>" generalises past the words seen in training.
      if (polarity !== 0) {
        const c = polarity > 0 ? CLASS.POS : CLASS.NEG;
        emit(C[0], C[1], 1, c[0], '', '', c[1], 0, 0);
        emit(CB[0], CB[1], 2, p1[0], c[0], '', p1[1], c[1], 0);
        if (title) emit(CT[0], CT[1], 1, c[0], '', '', c[1], 0, 0);
      }
      emit(T3[0], T3[1], 3, p2[0], p1[0], w[0], p2[1], p1[1], w[1]);
      if (title) emit(T[0], T[1], 1, w[0], '', '', w[1], 0, 0);
      p2 = p1;
      p1 = w;
    }
    if (field.original.includes('?')) {
      const m = MARKS[`${field.name}:?`] as [string, number];
      emit(m[0], m[1], 0, '', '', '', 0, 0, 0);
    }
    if (field.original.includes('!')) {
      const m = MARKS[`${field.name}:!`] as [string, number];
      emit(m[0], m[1], 0, '', '', '', 0, 0, 0);
    }
  }
  emit(SITE[0], SITE[1], 1, site, '', '', partHash(site), 0, 0);
  emit(BIAS[0], BIAS[1], 0, '', '', '', 0, 0, 0);
}

/**
 * The features of a post as text. Shared by training and judging, so they cannot drift apart.
 * `rules` are the cue rules' intents; `site` the post's site.
 */
export function intentFeatures(fields: Field[], marks: NameMarks, rules: Iterable<Intent>, site: string): string[] {
  const out = new Set<string>();
  walk(fields, marks, rules, site, (prefix, _ph, n, a, b, c) => {
    out.add(n === 0 ? prefix : n === 1 ? prefix + a : n === 2 ? `${prefix}${a}_${b}` : `${prefix}${a}_${b}_${c}`);
  });
  return [...out];
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
function combine(ph: number, n: number, ha: number, hb: number, hc: number): number {
  let h = ph;
  if (n >= 1) h = mix(h, ha);
  if (n >= 2) h = mix(h, hb);
  if (n >= 3) h = mix(h, hc);
  return h >>> 0;
}

/** Features whose text after the prefix is several parts joined by "_"; other prefixes take one part. */
const FEATURE = /^(r:|w:|c:|ct:|t:|site:|b:|cb:|3:)([^]*)$/;
const SPLIT = new Set(['b:', 'cb:', '3:']);

/** A feature's 32-bit hash from its text: what the model's rows are keyed by. */
export function featureHash(feature: string): number {
  const m = FEATURE.exec(feature);
  if (!m) return combine(partHash(feature), 0, 0, 0, 0);
  const prefix = m[1] as string;
  const parts = SPLIT.has(prefix) ? (m[2] as string).split('_') : [m[2] as string];
  const [a = '', b = '', c = ''] = parts;
  return combine(partHash(prefix), parts.length, partHash(a), partHash(b), partHash(c));
}

/**
 * The same features as `intentFeatures`, as their hashes. A unit test checks both agree on every
 * labeled post.
 */
export function intentFeatureHashes(fields: Field[], marks: NameMarks, rules: Iterable<Intent>, site: string): Set<number> {
  const out = new Set<number>();
  walk(fields, marks, rules, site, (_prefix, ph, n, _a, _b, _c, ha, hb, hc) => out.add(combine(ph, n, ha, hb, hc)));
  return out;
}

export interface IntentModel {
  /**
   * Row in `weights` of each feature, by the feature's hash. Two features of 12,000 sharing a
   * 32-bit hash is unlikely (the parser refuses a model where it happens); a post's unseen
   * feature hitting a model row by chance is about one in 300,000.
   */
  rows: Map<number, number>;
  /** The same rows as an open-addressing table (hash, row, hash, row, …; row -1 for empty): the hot path's lookup. */
  table: Int32Array;
  mask: number;
  /** Scratch for scorePost: [stamp, then the stamp a row was last counted at]. */
  seen: Int32Array;
  /** One row a feature, one weight an intent (INTENTS order): flat, so a model is two objects, not thousands. */
  weights: Float32Array;
}

const N = INTENTS.length;

/** The row of a feature hash, or -1. */
export function rowOf(model: IntentModel, hash: number): number {
  const key = hash | 0;
  const { table, mask } = model;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const row = table[slot * 2 + 1] as number;
    if (row < 0 || table[slot * 2] === key) return row;
  }
}

function buildTable(rows: Map<number, number>): { table: Int32Array; mask: number } {
  let size = 16;
  while (size < rows.size * 2.5) size *= 2;
  const table = new Int32Array(size * 2).fill(-1);
  const mask = size - 1;
  for (const [hash, row] of rows) {
    let slot = (hash | 0) & mask;
    while ((table[slot * 2 + 1] as number) >= 0) slot = (slot + 1) & mask;
    table[slot * 2] = hash | 0;
    table[slot * 2 + 1] = row;
  }
  return { table, mask };
}

/**
 * The model's scores for a post, computed while its features are walked: each feature is
 * hashed and looked up, no string or set built; a row counts once however often its feature recurs.
 */
export function scorePost(model: IntentModel, fields: Field[], marks: NameMarks, rules: Iterable<Intent>, site: string): Float64Array {
  const z = new Float64Array(N);
  const { weights, seen } = model;
  // A fresh stamp a post: a row counts once, and no set is built or cleared.
  const stamp = (seen[0] = ((seen[0] as number) + 1) | 0);
  walk(fields, marks, rules, site, (_prefix, ph, n, _a, _b, _c, ha, hb, hc) => {
    const row = rowOf(model, combine(ph, n, ha, hb, hc));
    if (row < 0 || seen[row + 1] === stamp) return;
    seen[row + 1] = stamp;
    for (let k = 0; k < N; k++) z[k] = (z[k] as number) + (weights[row * N + k] as number);
  });
  return z;
}

/** The intents whose score, with the rules' verdicts added, passes MARGIN. */
export function intentsFromScores(z: Float64Array, rules: ReadonlySet<Intent>): Set<Intent> {
  const out = new Set<Intent>();
  INTENTS.forEach((intent, k) => {
    if ((z[k] as number) + (rules.has(intent) ? RULE_WEIGHT : 0) > MARGIN) out.add(intent);
  });
  return out;
}

/** Each intent's score (features as text or as hashes). */
export function intentScores(model: IntentModel, features: Iterable<string | number>): Float64Array {
  const z = new Float64Array(N);
  for (const f of features) {
    const row = rowOf(model, typeof f === 'number' ? f : featureHash(f));
    if (row < 0) continue;
    for (let k = 0; k < N; k++) z[k] = (z[k] as number) + (model.weights[row * N + k] as number);
  }
  return z;
}

/**
 * How much a cue rule's verdict adds to the model's score. The rules were written for the
 * language they match and are right most of the time they fire; the model finds what they miss,
 * and overrules a rule only when it is confident (measured: rules OR model, and the model alone,
 * both do worse on held-out posts; see the README).
 */
export const RULE_WEIGHT = 3;
/** The score an intent must pass: clearly above even odds, so a lone word ("buzzing") does not decide. */
export const MARGIN = 0.5;

/** The intents whose score, with the rules' verdicts added, passes MARGIN. */
export function predictIntents(model: IntentModel, features: Iterable<string | number>, rules: ReadonlySet<Intent> = new Set()): Set<Intent> {
  return intentsFromScores(intentScores(model, features), rules);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out += B64[a >> 2] + (B64[((a & 3) << 4) | (b >> 4)] as string) + (i + 1 < bytes.length ? (B64[((b & 15) << 2) | (c >> 6)] as string) : '=') + (i + 2 < bytes.length ? (B64[c & 63] as string) : '=');
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const d = c < 128 ? (B64_INDEX[c] as number) : -1;
    if (d < 0) throw new Error('intent model: the payload is not base64');
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function fromRows(hashes: ArrayLike<number>, q: ArrayLike<number>, scale: number): IntentModel {
  const rows = new Map<number, number>();
  const weights = new Float32Array(hashes.length * N);
  for (let row = 0; row < hashes.length; row++) {
    const hash = hashes[row] as number;
    if (rows.has(hash)) throw new Error(`intent model: row ${row + 1} repeats a feature (or its hash)`);
    rows.set(hash, row);
    for (let k = 0; k < N; k++) weights[row * N + k] = (q[row * N + k] as number) * scale;
  }
  return { rows, ...buildTable(rows), seen: new Int32Array(rows.size + 1), weights };
}

/**
 * Read a model in either of its two forms (both written by `npm run train:intents`):
 *
 * - text, for people: `rapport-intents 1 <scale>`, then one line a feature,
 *   `<feature>\t<w1> <w2> <w3> <w4> <w5>`, the weights integers to multiply by the scale;
 * - packed, what ships: `rapport-intents-packed 1 <scale> <rows>`, then base64 of each row's
 *   feature hash (uint32, little-endian) followed by every row's five weights (int8). It parses
 *   in about a millisecond, where the text form takes tens: the content script reads it on every page.
 */
export function parseIntentModel(text: string): IntentModel {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  const packed = /^rapport-intents-packed 1 (\S+) (\d+)$/.exec(first);
  if (packed) {
    const scale = Number(packed[1]);
    const count = Number(packed[2]);
    if (!Number.isFinite(scale) || scale <= 0) throw new Error('intent model: bad scale');
    const bytes = fromBase64(text.slice(newline + 1).trim());
    if (bytes.length !== count * (4 + N)) throw new Error(`intent model: ${bytes.length} bytes for ${count} rows`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hashes = new Uint32Array(count);
    for (let row = 0; row < count; row++) hashes[row] = view.getUint32(row * 4, true);
    return fromRows(hashes, new Int8Array(bytes.buffer, bytes.byteOffset + count * 4, count * N), scale);
  }
  const lines = text.split('\n');
  const header = /^rapport-intents 1 (\S+)$/.exec(lines[0] ?? '');
  const scale = Number(header?.[1]);
  if (!header || !Number.isFinite(scale) || scale <= 0) throw new Error('intent model: not a rapport-intents 1 file');
  const hashes: number[] = [];
  const q: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    const parts = line.slice(tab + 1).split(' ');
    if (tab < 1 || parts.length !== N) throw new Error(`intent model: line ${i + 1} is malformed`);
    for (const part of parts) {
      const x = Number(part);
      if (!Number.isInteger(x)) throw new Error(`intent model: line ${i + 1} is malformed`);
      q.push(x);
    }
    hashes.push(featureHash(line.slice(0, tab)));
  }
  return fromRows(hashes, q, scale);
}

function quantised(weights: Map<string, number[]>, levels: number): { scale: number; rows: [string, number[]][] } {
  let max = 0;
  for (const w of weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = Number((max > 0 ? max / levels : 1).toPrecision(6));
  const rows: [string, number[]][] = [];
  for (const [feature, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const q = w.map((x) => Math.max(-127, Math.min(127, Math.round(x / scale))));
    if (q.every((x) => x === 0) || /[\t\n]/.test(feature)) continue;
    rows.push([feature, q]);
  }
  return { scale, rows };
}

/** The text form (see parseIntentModel). */
export function serializeIntentModel(weights: Map<string, number[]>, levels = 127): string {
  const { scale, rows } = quantised(weights, levels);
  return `${[`rapport-intents 1 ${scale}`, ...rows.map(([f, q]) => `${f}\t${q.join(' ')}`)].join('\n')}\n`;
}

/** The packed form that ships (see parseIntentModel). */
export function packIntentModel(weights: Map<string, number[]>, levels = 127): string {
  const { scale, rows } = quantised(weights, levels);
  const bytes = new Uint8Array(rows.length * (4 + N));
  const view = new DataView(bytes.buffer);
  rows.forEach(([feature, q], row) => {
    view.setUint32(row * 4, featureHash(feature), true);
    q.forEach((x, k) => view.setInt8(rows.length * 4 + row * N + k, x));
  });
  return `rapport-intents-packed 1 ${scale} ${rows.length}\n${toBase64(bytes)}\n`;
}
