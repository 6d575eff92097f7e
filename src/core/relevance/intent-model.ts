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
 * The features of a post. Shared by training and judging, so they cannot drift apart.
 * `rules` are the cue rules' intents; `site` the post's site.
 */
export function intentFeatures(fields: Field[], marks: NameMarks, rules: Iterable<Intent>, site: string): string[] {
  const out = new Set<string>();
  for (const intent of rules) out.add(`r:${intent}`);
  for (const field of fields) {
    const roles = marks.get(field);
    const tokens = field.tokens;
    let p1 = '^';
    let p2 = '^';
    let sentence = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.flags & QUOTED) continue;
      if (t.sentence !== sentence) {
        p1 = '^';
        p2 = '^';
        sentence = t.sentence;
      }
      let w: string;
      const role = roles?.get(i);
      if (role) {
        w = role[0];
        i = Math.max(i, role[1]);
      } else w = DIGITS.test(t.w) ? '0' : stem(t.w);
      out.add(`w:${w}`);
      out.add(`b:${p1}_${w}`);
      // Sentiment words as a class, so "zbrand <any praise word>" generalises past the words seen in training.
      const polarity = role ? 0 : polarityAt(tokens, i);
      if (polarity !== 0) {
        const c = polarity > 0 ? 'POS' : 'NEG';
        out.add(`c:${c}`);
        out.add(`cb:${p1}_${c}`);
        if (field.name === 'title') out.add(`ct:${c}`);
      }
      out.add(`3:${p2}_${p1}_${w}`);
      if (field.name === 'title') out.add(`t:${w}`);
      p2 = p1;
      p1 = w;
    }
    if (field.original.includes('?')) out.add(`${field.name}:?`);
    if (field.original.includes('!')) out.add(`${field.name}:!`);
  }
  out.add(`site:${site}`);
  out.add('bias');
  return [...out];
}

export interface IntentModel {
  /** Row of each feature in `weights`. */
  rows: Map<string, number>;
  /** One row a feature, one weight an intent (INTENTS order): flat, so a model is two objects, not thousands. */
  weights: Float32Array;
}

const N = INTENTS.length;

/** Each intent's score: above zero means the post shows it. */
export function intentScores(model: IntentModel, features: string[]): Float64Array {
  const z = new Float64Array(N);
  for (const f of features) {
    const row = model.rows.get(f);
    if (row === undefined) continue;
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
/** The score an intent must pass: a little above even odds, so a lone word ("buzzing") does not decide. */
export const MARGIN = 0.5;

/** The intents whose score, with the rules' verdicts added, passes MARGIN. */
export function predictIntents(model: IntentModel, features: string[], rules: ReadonlySet<Intent> = new Set()): Set<Intent> {
  const z = intentScores(model, features);
  const out = new Set<Intent>();
  INTENTS.forEach((intent, k) => {
    if ((z[k] as number) + (rules.has(intent) ? RULE_WEIGHT : 0) > MARGIN) out.add(intent);
  });
  return out;
}

/**
 * The model's text form (what the training script writes): a header line
 * `rapport-intents 1 <scale>`, then one line a feature, `<feature>\t<w1> <w2> <w3> <w4> <w5>`,
 * the weights as integers to multiply by the scale.
 */
export function parseIntentModel(text: string): IntentModel {
  const lines = text.split('\n');
  const header = /^rapport-intents 1 (\S+)$/.exec(lines[0] ?? '');
  const scale = Number(header?.[1]);
  if (!header || !Number.isFinite(scale) || scale <= 0) throw new Error('intent model: not a rapport-intents 1 file');
  const rows = new Map<string, number>();
  const weights = new Float32Array(lines.length * N);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    const parts = line.slice(tab + 1).split(' ');
    const feature = line.slice(0, tab);
    if (tab < 1 || parts.length !== N || rows.has(feature)) throw new Error(`intent model: line ${i + 1} is malformed`);
    const row = rows.size;
    for (let k = 0; k < N; k++) {
      const q = Number(parts[k]);
      if (!Number.isInteger(q)) throw new Error(`intent model: line ${i + 1} is malformed`);
      weights[row * N + k] = q * scale;
    }
    rows.set(feature, row);
  }
  return { rows, weights: weights.slice(0, rows.size * N) };
}

export function serializeIntentModel(weights: Map<string, number[]>, levels = 127): string {
  let max = 0;
  for (const w of weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / levels : 1;
  const lines = [`rapport-intents 1 ${scale.toPrecision(6)}`];
  for (const [feature, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const q = w.map((x) => Math.round(x / scale));
    if (q.every((x) => x === 0)) continue;
    if (/[\t\n]/.test(feature)) continue;
    lines.push(`${feature}\t${q.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
