import type { Intent } from '../assessment';

/**
 * First-pass intent cues over folded text. Each cue is a phrase a real post uses; the relevance
 * issue replaces these with a fuller model, keeping this function's signature.
 */
const CUES: Record<Exclude<Intent, 'competitor_comparison'>, RegExp> = {
  question:
    /\?|(?:^|[.!\n]\s*)(?:how|what|why|where|which|who|when|is there|are there|can|could|should|does|do|did|has anyone|have you)\b|\b(?:anyone know|any idea|wondering|not sure (?:how|what|if|whether)|help me)\b/,
  recommendation_request:
    /\b(?:recommend(?:ation)?s?|suggestions?|looking for|in the market for|what(?:'s| is) the best|which (?:one|\w+) should i|alternatives? to|worth (?:it|buying|the money)|should i (?:get|buy)|good (?:option|choice)s?|advice on|what (?:do|would) you (?:use|buy|get|recommend)|what should i (?:buy|get)|regret (?:buying|getting))\b/,
  complaint:
    /\b(?:broke|broken|stopped working|doesn'?t work|does not work|won'?t (?:turn on|work|start)|leak(?:s|ing|ed)?|terrible|awful|worst|disappointed|refund|never again|waste of money|customer (?:service|support) (?:is|was) (?:useless|terrible|awful|non-existent)|no response|still waiting|defective|returning it|rip ?off|scam)\b/,
  praise:
    /\b(?:love (?:my|it|this|the)|amazing|fantastic|excellent|best (?:purchase|thing)|highly recommend|game changer|shout ?out|kudos|thank you|thanks to|so happy with|impressed)\b/,
};

const COMPARISON = /\b(?:vs\.?|versus|compared (?:to|with)|or the|better than|worse than|switch(?:ed|ing)? (?:from|to))\b/;

export function detectIntents(text: string, competitorCount: number, brandNamed: boolean): Intent[] {
  const intents: Intent[] = [];
  for (const [intent, cue] of Object.entries(CUES) as [Intent, RegExp][]) {
    if (cue.test(text)) intents.push(intent);
  }
  // Naming two rivals in passing ("a used Gaggia and a Baratza") is not yet a comparison with us.
  if (competitorCount > 0 && (brandNamed || COMPARISON.test(text))) {
    intents.push('competitor_comparison');
  }
  return intents;
}

const POSITIVE = /\b(?:love|great|amazing|fantastic|excellent|happy|impressed|recommend|perfect|solid|reliable|thanks|awesome|best)\b/g;
const NEGATIVE =
  /\b(?:broke|broken|leak\w*|terrible|awful|worst|disappointed|refund|hate|useless|defective|angry|frustrat\w*|annoy\w*|waste|scam|stopped working|never again|bad)\b/g;

/** Lexicon sentiment in -1..1; a crude first pass kept deliberately simple. */
export function sentimentOf(text: string): number {
  const pos = text.match(POSITIVE)?.length ?? 0;
  const neg = text.match(NEGATIVE)?.length ?? 0;
  if (pos + neg === 0) return 0;
  return Math.max(-1, Math.min(1, (pos - neg) / (pos + neg + 1)));
}
