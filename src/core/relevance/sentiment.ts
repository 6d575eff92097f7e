import type { Intent } from '../assessment';
import type { Field } from './tokens';

/**
 * Lexicon sentiment in -1..1 with negation ("not great", "never had an issue") and intensifiers
 * ("really", "so"), nudged by the intents already found (a complaint is negative however politely
 * it is written).
 */
const POSITIVE = new Set(
  `love loved loving lovely like liked great good nice amazing awesome fantastic excellent happy glad pleased impressed
  recommend recommended perfect perfectly solid reliable thanks thank grateful best better smooth smoothly easy easier
  helpful quick fast friendly beautiful gorgeous superb stellar brilliant wonderful enjoy enjoyed enjoying fun works
  worked fixed resolved improved upgrade win winner delighted thrilled stoked satisfied worth incredible outstanding
  flawless flawlessly favorite favourite fan kudos props glowing clear cleared calm soothing gentle consistent
  affordable bargain`.split(/\s+/),
);
const NEGATIVE = new Set(
  `broke broken leak leaking leaks leaked terrible awful horrible worst worse bad poor disappointed disappointing
  disappointment refund hate hated useless defective angry frustrated frustrating frustration annoying annoyed waste
  scam stopped crash crashes crashed crashing bug buggy glitch glitchy slow fail failed failing failure error errors
  problem problems issue issues nightmare ridiculous unacceptable overpriced expensive pricey garbage trash junk sucks
  sucked rash irritation irritated sting stings burning breakout breakouts greasy sticky ugly painful pain hurt hurts
  blister blisters sore wrong lost missing confused confusing regret regretting unhappy upset sad worried concern
  concerned complaint complain complaining outage down downtime noisy flaky unreliable clunky bloated predatory
  ghosted ignored wtf ugh meh mediocre`.split(/\s+/),
);
const NEGATORS = new Set(['not', 'no', 'never', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't", 'wasnt', "won't", 'wont', "can't", 'cant', 'without', 'hardly', 'zero', "aren't", "haven't", "hasn't"]);
const INTENSIFIERS = new Set(['very', 'really', 'so', 'super', 'extremely', 'incredibly', 'absolutely', 'totally', 'truly', 'insanely', 'beyond']);

/** +1 for a positive word, -1 for a negative one: one lookup a word. */
const POLARITY = new Map<string, number>([...[...NEGATIVE].map((w): [string, number] => [w, -1]), ...[...POSITIVE].map((w): [string, number] => [w, 1])]);

/**
 * The polarity of token i after negation in the three words before it ("not great" is negative):
 * +1, -1, or 0 for a word with none.
 */
export function polarityAt(tokens: Field['tokens'], i: number): number {
  const token = tokens[i];
  const polarity = token ? POLARITY.get(token.w) : undefined;
  if (polarity === undefined || !token) return 0;
  let flip = false;
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const prev = tokens[k] as (typeof tokens)[number];
    if (prev.sentence === token.sentence && NEGATORS.has(prev.w)) flip = !flip;
  }
  return flip ? -polarity : polarity;
}

export function sentimentOf(fields: Field[], intents: Set<Intent>): number {
  let pos = 0;
  let neg = 0;
  for (const field of fields) {
    const tokens = field.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as (typeof tokens)[number];
      const polarity = POLARITY.get(token.w);
      if (polarity === undefined) continue;
      let weight = 1;
      let flip = false;
      for (let k = Math.max(0, i - 3); k < i; k++) {
        const prev = tokens[k] as (typeof tokens)[number];
        if (prev.sentence !== token.sentence) continue;
        if (NEGATORS.has(prev.w)) flip = !flip;
        if (INTENSIFIERS.has(prev.w)) weight = 1.5;
      }
      // "No issues", "never had a problem": a negated negative is mildly positive, not strongly.
      if (polarity > 0 !== flip) pos += flip ? weight * 0.5 : weight;
      else neg += flip ? weight * 0.5 : weight;
    }
  }
  if (intents.has('complaint')) neg += 1.5;
  if (intents.has('praise')) pos += 1.5;
  const total = pos + neg;
  if (total === 0) return 0;
  const raw = (pos - neg) / (total + 1);
  return Math.round(Math.max(-1, Math.min(1, raw)) * 1000) / 1000;
}
