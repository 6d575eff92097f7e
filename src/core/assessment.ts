import { z } from 'zod';

export const LEVELS = ['high', 'medium', 'low', 'none'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const INTENTS = [
  'question',
  'recommendation_request',
  'complaint',
  'praise',
  'competitor_comparison',
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

export const MatchKindSchema = z.enum([
  'brand',
  'product',
  'competitor',
  'topic',
  'interest',
  'domain',
  'exclusion',
  'intent',
]);
export type MatchKind = z.infer<typeof MatchKindSchema>;

/** A span of the post that caused a reason, so the UI can highlight it. */
export const MatchSpanSchema = z.object({
  field: z.enum(['title', 'body']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MatchKindSchema,
  /** The profile term that matched (may differ from the text: plural, accent, hashtag). */
  term: z.string(),
});
export type MatchSpan = z.infer<typeof MatchSpanSchema>;

export const AssessmentSchema = z.object({
  score: z.number().min(0).max(1),
  level: LevelSchema,
  intents: z.array(IntentSchema),
  sentiment: z.number().min(-1).max(1),
  mentionsBrand: z.boolean(),
  /** Higher comes first: complaints about the brand, then unanswered questions. */
  priority: z.number(),
  reasons: z.array(z.string()),
  spans: z.array(MatchSpanSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
