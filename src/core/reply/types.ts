import { z } from 'zod';
import { PostInputSchema } from '../post';

/**
 * What the reply review finds. Each code is a way a brand's reply fails the community (see
 * ../shared/guide/community-rules.md and the seeds): selling instead of helping, pulling people
 * off the site, broadcasting, saying nothing, hiding who is speaking, attacking rivals, brushing
 * off a complaint, shouting, or ignoring the site's form.
 */
export const FINDING_CODES = [
  'hard_sell',
  'off_community_link',
  'megaphone',
  'generic',
  'missing_disclosure',
  'attacks_competitor',
  'dismisses_complaint',
  'spam_format',
  'site_format',
] as const;
export const FindingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCodeSchema>;

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const DraftSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type DraftSpan = z.infer<typeof DraftSpanSchema>;

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  /** Plain words: what is wrong and why it matters to the community. */
  message: z.string(),
  /** The exact part of the draft that caused it (offsets into the draft). */
  span: DraftSpanSchema,
  /** What to do instead. */
  fix: z.string(),
  /**
   * A one-click fix where one is safe: the text to put in place of the span ("" removes it).
   */
  replacement: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ReplyReviewSchema = z.object({
  /** 0..100: 100 is a reply the community would welcome. */
  score: z.number().int().min(0).max(100),
  verdict: z.enum(['good', 'needs_work']),
  findings: z.array(FindingSchema),
});
export type ReplyReview = z.infer<typeof ReplyReviewSchema>;

/** The thread the draft answers: a post as the core reads it. */
export const ThreadSchema = PostInputSchema.partial({ site: true });
export type Thread = z.infer<typeof ThreadSchema>;

export const STANCES = ['answer', 'clarify', 'experience', 'thank', 'apologise', 'compare'] as const;
export const SuggestionSchema = z.object({
  stance: z.enum(STANCES),
  text: z.string().max(5_000),
  /** The suggestion names the brand (and so carries a disclosure). */
  namesBrand: z.boolean(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;
