// The public core API: pure TypeScript, no browser APIs. An independent evaluation calls it.
import type { Assessment } from './assessment';
import { isCommonWord } from './lexicon/english';
import type { PostInput } from './post';
import type { BrandProfile, BrandProfileInput } from './profile';
import { parseProfile } from './profile';
import { suggestRepliesWith, type SuggestOptions, type Suggestion } from './reply/suggest';
import { assessCompiled } from './relevance/assess';
import { shippedIntentModel } from './relevance/shipped-model';
import { compileProfile as compileWith, type CompiledProfile } from './relevance/compile';

/**
 * How much a post matters to the brand, what its author wants, and why. `profile` may be partial:
 * `{brandNames, products, competitors, topics, excludeKeywords, domains}` is enough, the rest
 * defaults. A profile object is compiled once and reused.
 */
export function assessPost(post: PostInput, profile: BrandProfile | BrandProfileInput): Assessment {
  let compiled = compiledProfiles.get(profile);
  if (!compiled) {
    compiled = compileWith(parseProfile(profile), { isCommonWord, intentModel: shippedIntentModel() });
    compiledProfiles.set(profile, compiled);
  }
  return assessCompiled(post, compiled);
}

export { shippedIntentModel };

const compiledProfiles = new WeakMap<object, CompiledProfile>();

/** Compile a profile once for many posts (then call assessCompiled). */
export function compileProfile(profile: BrandProfile | BrandProfileInput): CompiledProfile {
  return compileWith(parseProfile(profile), { isCommonWord, intentModel: shippedIntentModel() });
}

export { assessCompiled } from './relevance/assess';

/**
 * 3 to 5 starting points for a reply to `post`, of different stances that fit what the person
 * wants; each refers to their words, discloses when it names the brand, and passes reviewReply.
 */
export function suggestReplies(post: PostInput, profile: BrandProfile | BrandProfileInput, options: SuggestOptions = {}): Suggestion[] {
  return suggestRepliesWith(post, profile, { ...options, assessment: options.assessment ?? assessPost(post, profile) });
}
export { reviewReply, SITE_LIMITS, type ReplyContext } from './reply/review';
export { FINDING_CODES, FindingSchema, ReplyReviewSchema, SuggestionSchema, STANCES, type Finding, type FindingCode, type ReplyReview, type Severity, type Thread } from './reply/types';
export type { Stance, Suggestion, SuggestOptions } from './reply/suggest';
export type { CompiledProfile } from './relevance/compile';
export { isCommonWord } from './lexicon/english';
export { BrandProfileSchema, TopicSchema, parseProfile, emptyProfile, isProfileEmpty, topicTerms } from './profile';
export type { BrandProfile, BrandProfileInput, Topic } from './profile';
export { PostInputSchema, PostRecordSchema, SiteIdSchema } from './post';
export type { PostInput, PostRecord, SiteId } from './post';
export { AssessmentSchema, INTENTS, LEVELS } from './assessment';
export type { Assessment, Intent, Level, MatchSpan } from './assessment';
export { weeklyFigures, type WeeklyFigures, type EventLike } from './metrics/weekly';
