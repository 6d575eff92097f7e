import { z } from 'zod';
import { AssessmentSchema } from '../core/assessment';
import { BrandProfileSchema } from '../core/profile';
import { PostInputSchema, PostRecordSchema, SiteIdSchema } from '../core/post';
import { ReplyReviewSchema, SuggestionSchema } from '../core/reply/types';
import { AiSettingsSchema } from '../core/reply/ai';
import {
  EngagementEventSchema,
  InteractionSchema,
  IsoTimeSchema,
  NewEventSchema,
  NewReminderSchema,
  PersonEditSchema,
  PersonRecordSchema,
  ReminderRecordSchema,
  ThreadRecordSchema,
} from '../storage/schemas';

/**
 * Every message between Rapport's contexts, declared once: its name, who may send it, and the
 * zod schemas of request and response. `send` and `serve` (./bus.ts) are the only users.
 *
 * Who may send (checked by `serve` from `sender`, which the browser sets, not the message):
 * - 'content': a content script in a tab, or an extension page (the demo page runs the content
 *   pipeline). The lowest trust tier: its payload carries page text.
 * - 'page': an extension page (popup, options, dashboard). May read and change the user's data.
 * - 'background': the service worker, to a content script in a tab.
 */
export type Sender = 'content' | 'page' | 'background';

export interface MessageDef<F extends Sender = Sender, Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  from: F;
  request: Req;
  response: Res;
}

function message<F extends Sender, Req extends z.ZodType, Res extends z.ZodType>(def: MessageDef<F, Req, Res>) {
  return def;
}

export const AssessedPostSchema = z.object({ record: PostRecordSchema, assessment: AssessmentSchema });
export type AssessedPost = z.infer<typeof AssessedPostSchema>;

export const PageReportSchema = z.object({
  url: z.string().max(4_000),
  site: SiteIdSchema,
  title: z.string().max(2_000).optional(),
  /** Only the posts worth showing (level above none), highest priority first. */
  posts: z.array(AssessedPostSchema).max(2_000),
  /** How many posts were read on the page in all. */
  scanned: z.number().int().nonnegative(),
  /** The person turned Rapport off for this site in the settings: nothing was read. */
  off: z.boolean().optional(),
});
export type PageReport = z.infer<typeof PageReportSchema>;

const StoredProfileSchema = z.object({ profile: BrandProfileSchema, demo: z.boolean() });

/** Upper bound of the intent model's text (the shipped one is about 200 KB). */
export const INTENT_MODEL_MAX_CHARS = 2_000_000;

/** Upper bound of `commonWords` (a profile holds at most 2,000 names). */
export const COMMON_WORDS_MAX = 10_000;

/**
 * The profile as the content script needs it: with the words of its names that are everyday
 * English words (folded, lower-case), which the background looks up in the dictionary so the
 * content script does not have to bundle it.
 */
const ContentProfileSchema = StoredProfileSchema.extend({
  commonWords: z.array(z.string().max(200)).max(COMMON_WORDS_MAX),
  /**
   * The learned intent model in its text form (core/relevance/intent-model.ts): sent rather than
   * bundled, so the content script stays small; parsed once a page.
   */
  intentModel: z.string().max(INTENT_MODEL_MAX_CHARS),
});

const Empty = z.object({}).strict();

/** Whether a reply was placed in the page's reply box, and if not, why in plain words. */
const InsertResultSchema = z.object({ inserted: z.boolean(), reason: z.string().max(300).optional() });

export const protocol = {
  /** The content script asks for the brand profile to score posts with. */
  'profile/get': message({ from: 'content', request: Empty, response: ContentProfileSchema.nullable() }),
  /** The content script reports what it found on its page (kept per tab for the popup). */
  'page/report': message({ from: 'content', request: PageReportSchema, response: z.object({ stored: z.number() }) }),
  /** The content script asks for a review of what the person is typing in the site's reply box. */
  'reply/review-draft': message({
    from: 'content',
    request: z.object({ draft: z.string().max(40_000), thread: PostInputSchema.optional(), site: z.string().max(64) }),
    response: ReplyReviewSchema,
  }),
  /** The demo page installs the demo brand profile when the user has none. */
  'demo/seed': message({ from: 'content', request: Empty, response: z.object({ seeded: z.boolean() }) }),

  'tab/report': message({
    from: 'page',
    request: z.object({ tabId: z.number().int() }),
    response: PageReportSchema.nullable(),
  }),
  'profile/save': message({
    from: 'page',
    request: z.object({ profile: z.unknown() }),
    response: StoredProfileSchema,
  }),
  'engagement/record': message({ from: 'page', request: NewEventSchema, response: EngagementEventSchema }),
  'events/list': message({
    from: 'page',
    request: z.object({ limit: z.number().int().min(1).max(1_000).default(50) }),
    response: z.array(EngagementEventSchema),
  }),
  /** The dashboard's figures for the seven days up to now, read from that week's events only. */
  'events/weekly': message({
    from: 'page',
    request: Empty,
    response: z.object({
      from: z.string(),
      to: z.string(),
      surfaced: z.number(),
      replied: z.number(),
      followedUp: z.number(),
      complaintsResolved: z.number(),
      disclosureRate: z.number().nullable(),
      bySite: z.record(z.string(), z.number()),
    }),
  }),
  /** History (issue 9) for the pages: people the rep talked to, reminders, and text search. */
  'people/list': message({
    from: 'page',
    request: z.object({ limit: z.number().int().min(1).max(500).default(50), before: IsoTimeSchema.optional() }),
    response: z.array(PersonRecordSchema),
  }),
  'people/interaction': message({ from: 'page', request: InteractionSchema, response: PersonRecordSchema }),
  'people/edit': message({
    from: 'page',
    request: z.object({ key: z.string().max(300), edit: PersonEditSchema }),
    response: z.object({ found: z.boolean() }),
  }),
  'people/forget': message({
    from: 'page',
    request: z.object({ key: z.string().max(300) }),
    response: z.object({ people: z.number(), replies: z.number(), reminders: z.number(), eventsUnlinked: z.number(), threadsUnlinked: z.number() }),
  }),
  'reminders/due': message({
    from: 'page',
    request: z.object({ limit: z.number().int().min(1).max(500).default(50), until: IsoTimeSchema.optional() }),
    response: z.array(ReminderRecordSchema),
  }),
  'reminders/add': message({ from: 'page', request: NewReminderSchema, response: ReminderRecordSchema }),
  'reminders/done': message({
    from: 'page',
    request: z.object({ id: z.uuid(), site: SiteIdSchema }),
    response: z.object({ done: z.boolean() }),
  }),
  'history/search': message({
    from: 'page',
    request: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    response: z.object({
      threads: z.array(ThreadRecordSchema),
      people: z.array(PersonRecordSchema),
      reminders: z.array(ReminderRecordSchema),
      total: z.object({ threads: z.number(), people: z.number(), reminders: z.number() }),
      more: z.object({ threads: z.boolean(), people: z.boolean(), reminders: z.boolean() }),
    }),
  }),
  'events/export-csv': message({
    from: 'page',
    request: z.object({ excel: z.boolean().default(false) }),
    response: z.object({ csv: z.string(), filename: z.string(), rows: z.number() }),
  }),
  /** Starting points for a reply to a post (the popup's thread view). */
  'reply/suggest': message({
    from: 'page',
    request: z.object({ post: PostInputSchema }),
    response: z.object({ suggestions: z.array(SuggestionSchema).max(5) }),
  }),
  /** The rep's draft, reviewed against the stored profile and the thread it answers. */
  'reply/review': message({
    from: 'page',
    request: z.object({ draft: z.string().max(40_000), thread: PostInputSchema }),
    response: ReplyReviewSchema,
  }),
  /** The popup asks to put a reply into the page's reply box (the person still presses the site's button). */
  'reply/insert': message({
    from: 'page',
    request: z.object({ tabId: z.number().int().nonnegative(), text: z.string().min(1).max(40_000) }),
    response: InsertResultSchema,
  }),
  /** AI drafting settings (off by default) and what Chrome's built-in model says of itself. */
  'ai/settings': message({ from: 'page', request: Empty, response: z.object({ settings: AiSettingsSchema, chrome: z.string().max(40) }) }),
  'ai/settings-save': message({ from: 'page', request: AiSettingsSchema, response: AiSettingsSchema }),
  /** A draft from the person's AI provider, already reviewed. Sent only when they ask for it. */
  'reply/ai-draft': message({
    from: 'page',
    request: z.object({ post: PostInputSchema }),
    response: z.object({ text: z.string().max(40_000), review: ReplyReviewSchema }),
  }),
  'demo/status': message({ from: 'page', request: Empty, response: z.object({ demo: z.boolean() }) }),
  'demo/clear': message({ from: 'page', request: Empty, response: z.object({ removed: z.number() }) }),

  /** The background asks a tab's content script to read its page again (profile changed). */
  'content/rescan': message({ from: 'background', request: Empty, response: z.object({ scanned: z.number() }) }),
  /** The background hands the content script a reply to place in the site's reply box. */
  'content/insert-reply': message({ from: 'background', request: z.object({ text: z.string().min(1).max(40_000) }), response: InsertResultSchema }),
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;
export type NamesFrom<S extends Sender> = {
  [N in MessageName]: Protocol[N]['from'] extends S ? N : never;
}[MessageName];
