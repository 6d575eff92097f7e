import type { Assessment, Intent, Level, MatchKind, MatchSpan } from '../assessment';
import type { BrandProfile, BrandProfileInput } from '../profile';
import { parseProfile } from '../profile';
import type { PostInput } from '../post';
import { compileProfile, type CompiledProfile } from './compile';
import { detectIntents, sentimentOf } from './intents';
import { fold, foldPlain } from './text';

const WEIGHT: Record<MatchKind, number> = {
  brand: 0.55,
  product: 0.5,
  competitor: 0.4,
  domain: 0.45,
  topic: 0.3,
  interest: 0.15,
  exclusion: 0,
  intent: 0,
};

const INTENT_BOOST: Record<Intent, number> = {
  recommendation_request: 0.25,
  complaint: 0.2,
  competitor_comparison: 0.2,
  question: 0.15,
  praise: 0.1,
};

function findSpans(compiled: CompiledProfile, field: 'title' | 'body', original: string): MatchSpan[] {
  if (!original) return [];
  const { text, offsets } = fold(original);
  const spans: MatchSpan[] = [];
  for (const matcher of compiled.matchers) {
    matcher.regex.lastIndex = 0;
    for (const m of text.matchAll(matcher.regex)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const start = offsets[m.index] ?? 0;
      const end = offsets[m.index + m[0].length] ?? original.length;
      const matched = original.slice(start, end);
      spans.push({ field, start, end, text: matched, kind: matcher.kind, term: canonicalTerm(matcher.terms, group, m[0]) });
    }
  }
  return spans;
}

/**
 * The profile term a match stands for. Terms are tried longest first, so "Brightbrew" can be
 * claimed by the alias "Bright Brew" (joiners are optional); prefer a term spelled as matched.
 */
function canonicalTerm(terms: string[], group: number, foldedMatch: string): string {
  const squash = (s: string) => foldPlain(s).replace(/[\s\-_]+/g, '');
  const spelled = terms.find((t) => foldPlain(t) === foldPlain(foldedMatch));
  const squashed = terms.find((t) => squash(t) === squash(foldedMatch));
  return spelled ?? squashed ?? terms[group - 1] ?? foldedMatch;
}

function levelFor(score: number): Level {
  if (score >= 0.6) return 'high';
  if (score >= 0.35) return 'medium';
  if (score >= 0.15) return 'low';
  return 'none';
}

function distinctTerms(spans: MatchSpan[], kind: MatchKind): string[] {
  return [...new Set(spans.filter((s) => s.kind === kind).map((s) => s.term))];
}

function reasonsFor(spans: MatchSpan[], intents: Intent[]): string[] {
  const reasons: string[] = [];
  const topic = distinctTerms(spans, 'topic')[0] ?? distinctTerms(spans, 'product')[0];
  const about = topic ? ` about "${topic}"` : '';
  if (intents.includes('complaint')) reasons.push(`complains${about}`);
  if (intents.includes('recommendation_request')) reasons.push(`asks for a recommendation${about}`);
  else if (intents.includes('question')) reasons.push(`asks a question${about}`);
  for (const t of distinctTerms(spans, 'brand')) reasons.push(`names the brand ${t}`);
  for (const t of distinctTerms(spans, 'product')) reasons.push(`names the product ${t}`);
  for (const t of distinctTerms(spans, 'competitor')) reasons.push(`mentions competitor ${t}`);
  for (const t of distinctTerms(spans, 'domain')) reasons.push(`links to ${t}`);
  if (!topic || intents.length === 0) for (const t of distinctTerms(spans, 'topic')) reasons.push(`talks about "${t}"`);
  if (intents.includes('praise')) reasons.push('praises');
  return reasons;
}

/**
 * Judge one post against a compiled profile. Pure and synchronous: the content script calls it
 * for every post it reads, so it must stay cheap.
 */
export function assessCompiled(post: PostInput, compiled: CompiledProfile): Assessment {
  const spans = [...findSpans(compiled, 'title', post.title ?? ''), ...findSpans(compiled, 'body', post.body)];
  const folded = foldPlain(`${post.title ?? ''}\n${post.body}`);
  const kinds = new Set(spans.map((s) => s.kind));
  const mentionsBrand = kinds.has('brand') || kinds.has('product') || kinds.has('domain');
  const intents = detectIntents(folded, distinctTerms(spans, 'competitor').length, mentionsBrand);
  const sentiment = sentimentOf(folded);

  let score = 0;
  for (const kind of kinds) score += WEIGHT[kind];
  if (score > 0) for (const intent of intents) score += INTENT_BOOST[intent];
  score = Math.min(1, score);
  // "Engage now" needs a reason to speak: someone asking, complaining, comparing, or naming us.
  if (intents.length === 0 && !mentionsBrand) score = Math.min(score, 0.55);

  const community = post.community ? foldPlain(post.community).replace(/^\/?r\//, '') : '';
  const excluded = kinds.has('exclusion') || (community !== '' && compiled.excludedCommunities.has(community));
  // Exclusions win over weak matches; a direct brand mention still shows, one level down.
  if (excluded) score = mentionsBrand ? Math.min(score, 0.34) : 0;

  const level = levelFor(score);
  const complaintAboutBrand = mentionsBrand && intents.includes('complaint');
  const unansweredQuestion =
    (intents.includes('question') || intents.includes('recommendation_request')) && post.replyCount === 0;
  const priority =
    score + (level === 'none' ? 0 : (complaintAboutBrand ? 2 : 0) + (unansweredQuestion ? 1 : 0));

  return {
    score: Math.round(score * 1000) / 1000,
    level,
    intents,
    sentiment,
    mentionsBrand,
    priority,
    reasons: level === 'none' ? [] : reasonsFor(spans, intents),
    spans: spans.filter((s) => s.kind !== 'exclusion'),
  };
}

const cache = new WeakMap<object, CompiledProfile>();

/** Public API: accepts a partial profile (defaults filled in) and compiles it once per object. */
export function assessPost(post: PostInput, profile: BrandProfile | BrandProfileInput): Assessment {
  let compiled = cache.get(profile);
  if (!compiled) {
    compiled = compileProfile(parseProfile(profile));
    cache.set(profile, compiled);
  }
  return assessCompiled(post, compiled);
}
