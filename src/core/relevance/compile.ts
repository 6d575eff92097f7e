import type { MatchKind } from '../assessment';
import type { BrandProfile } from '../profile';
import { escapeRegExp, foldPlain } from './text';

export interface TermMatcher {
  kind: MatchKind;
  /** One alternation over every term of this kind; group i+1 is terms[i]. */
  regex: RegExp;
  terms: string[];
}

export interface CompiledProfile {
  profile: BrandProfile;
  matchers: TermMatcher[];
  /** Folded community names that are never surfaced. */
  excludedCommunities: Set<string>;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * One term as a pattern: words may be joined by spaces, hyphens or nothing ("espresso-machine",
 * "#espressomachine"), and the last word may take a plural or possessive ending.
 */
function termPattern(term: string, kind: MatchKind): string {
  const words = foldPlain(term).split(/[\s\-_]+/).filter(Boolean).map(escapeRegExp);
  if (kind === 'domain') return escapeRegExp(foldPlain(term));
  const joined = words.join('[\\s\\-_]*');
  return `${joined}(?:s|es|'s|’s)?`;
}

function buildMatcher(kind: MatchKind, rawTerms: string[]): TermMatcher | undefined {
  const terms = [...new Set(rawTerms.map((t) => t.trim()).filter(Boolean))];
  if (terms.length === 0) return undefined;
  // Longest first so "Brightbrew Duo" wins over "Brightbrew" at the same position.
  terms.sort((a, b) => b.length - a.length);
  const alternation = terms.map((t) => `(${termPattern(t, kind)})`).join('|');
  const regex = new RegExp(`${BOUNDARY_BEFORE}(?:${alternation})${BOUNDARY_AFTER}`, 'gu');
  return { kind, regex, terms };
}

/** Compile once per profile; assessing a post then only runs the prepared expressions. */
export function compileProfile(profile: BrandProfile): CompiledProfile {
  const lists: [MatchKind, string[]][] = [
    ['product', profile.products],
    ['brand', [...profile.brandNames, ...profile.aliases]],
    ['competitor', profile.competitors],
    ['domain', profile.domains],
    ['topic', profile.topics],
    ['interest', profile.audienceInterests],
    ['exclusion', profile.excludeKeywords],
  ];
  const matchers = lists
    .map(([kind, terms]) => buildMatcher(kind, terms))
    .filter((m): m is TermMatcher => m !== undefined);
  const excludedCommunities = new Set(
    profile.excludeCommunities.map((c) => foldPlain(c).replace(/^\/?r\//, '')),
  );
  return { profile, matchers, excludedCommunities };
}
