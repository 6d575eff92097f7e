import { z } from 'zod';

/**
 * The brand profile: what the rep's brand is called, what it sells, who it competes with and
 * what conversations matter. Edited on the options page, stored in settings, exported with backups.
 * Every field has a default so a profile given with only a few arrays still parses.
 */
const term = z.string().trim().min(1).max(200);
const terms = z.array(term).max(500).default([]);

/** A topic, optionally with synonyms that mean the same ("espresso machine" = "espresso maker"). */
export const TopicSchema = z.union([
  term,
  z.object({ term, synonyms: z.array(term).max(50).default([]) }),
]);
export type Topic = z.infer<typeof TopicSchema>;

export { topicTerms } from './topic';

export const BrandProfileSchema = z.object({
  brandNames: terms,
  /** Other spellings and nicknames of the brand ("BB" for Brightbrew). */
  aliases: terms,
  products: terms,
  competitors: terms,
  topics: z.array(TopicSchema).max(500).default([]),
  audienceInterests: terms,
  excludeKeywords: terms,
  /** Communities (r/name, forum category) whose posts are never surfaced. */
  excludeCommunities: terms,
  /** The brand's own web domains (brightbrew.example). */
  domains: terms,
  /** Words that show an ambiguous brand name is meant as the brand ("wallet" for Ledger). */
  contextWords: terms,
  /** Per-site switches keyed by site id; a missing key means on. */
  sites: z.record(z.string(), z.boolean()).default({}),
});

export type BrandProfile = z.infer<typeof BrandProfileSchema>;
export type BrandProfileInput = z.input<typeof BrandProfileSchema>;

export function parseProfile(input: unknown): BrandProfile {
  return BrandProfileSchema.parse(input);
}

export function emptyProfile(): BrandProfile {
  return BrandProfileSchema.parse({});
}

/** True when the profile names nothing to look for, so nothing can be relevant yet. */
export function isProfileEmpty(p: BrandProfile): boolean {
  return [p.brandNames, p.aliases, p.products, p.competitors, p.topics, p.audienceInterests].every(
    (list) => list.length === 0,
  );
}
