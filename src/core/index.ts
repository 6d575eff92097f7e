// The public core API: pure TypeScript, no browser APIs. An independent evaluation calls it.
export { assessPost, assessCompiled } from './relevance/assess';
export { compileProfile, type CompiledProfile } from './relevance/compile';
export { BrandProfileSchema, parseProfile, emptyProfile, isProfileEmpty } from './profile';
export type { BrandProfile, BrandProfileInput } from './profile';
export { PostInputSchema, PostRecordSchema, SiteIdSchema } from './post';
export type { PostInput, PostRecord, SiteId } from './post';
export { AssessmentSchema, INTENTS, LEVELS } from './assessment';
export type { Assessment, Intent, Level, MatchSpan } from './assessment';
export { weeklyFigures, type WeeklyFigures, type EventLike } from './metrics/weekly';
