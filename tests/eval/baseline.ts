import type { Intent, Level } from '../../src/core/index';

/**
 * The keyword alert every listening tool starts from: case-insensitive whole-word matches of the
 * profile's terms, negative keywords respected. A brand or product name means "engage now", a
 * competitor or topic means "related"; more hits rank higher. Its intents are the obvious words.
 */
export interface BaselineResult {
  level: Level;
  score: number;
  intents: Intent[];
}

interface Profile {
  brandNames?: string[];
  aliases?: string[];
  products?: string[];
  competitors?: string[];
  topics?: (string | { term: string; synonyms?: string[] })[];
  excludeKeywords?: string[];
  domains?: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function wordsRegex(terms: string[]): RegExp | null {
  const list = terms.filter(Boolean);
  if (list.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function keywordBaseline(profile: Profile) {
  const topics = (profile.topics ?? []).flatMap((t) => (typeof t === 'string' ? [t] : [t.term, ...(t.synonyms ?? [])]));
  const brand = wordsRegex([...(profile.brandNames ?? []), ...(profile.aliases ?? []), ...(profile.products ?? []), ...(profile.domains ?? [])]);
  const other = wordsRegex([...(profile.competitors ?? []), ...topics]);
  const excluded = wordsRegex(profile.excludeKeywords ?? []);
  return (post: { title?: string; body: string }): BaselineResult => {
    const text = `${post.title ?? ''}\n${post.body}`;
    const brandHits = brand ? (text.match(brand)?.length ?? 0) : 0;
    const otherHits = other ? (text.match(other)?.length ?? 0) : 0;
    const isExcluded = excluded ? excluded.test(text) : false;
    if (excluded) excluded.lastIndex = 0;
    let level: Level = brandHits > 0 ? 'high' : otherHits > 0 ? 'medium' : 'none';
    if (isExcluded) level = 'none';
    const intents: Intent[] = [];
    const lower = text.toLowerCase();
    if (lower.includes('?')) intents.push('question');
    if (/\brecommend/.test(lower)) intents.push('recommendation_request');
    if (/\b(?:broken|terrible|worst|refund|awful|disappointed)\b/.test(lower)) intents.push('complaint');
    if (/\b(?:love|great|thanks|amazing)\b/.test(lower)) intents.push('praise');
    if (/\b(?:vs|versus)\b/.test(lower)) intents.push('competitor_comparison');
    return { level, score: level === 'none' ? 0 : brandHits * 2 + otherHits, intents };
  };
}
