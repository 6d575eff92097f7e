import { z } from 'zod';
import { AssessmentSchema } from '../core/assessment';
import { BrandProfileSchema } from '../core/profile';
import { PostInputSchema, PostRecordSchema, SafeUrlSchema, SiteIdSchema } from '../core/post';
import { ReplyReviewSchema, SuggestionSchema } from '../core/reply/types';
import { AiSettingsSchema } from '../core/reply/ai';
import {
  EngagementEventSchema,
  GoalInputSchema,
  GoalRecordSchema,
  InteractionSchema,
  IsoTimeSchema,
  NewEventSchema,
  NewReminderSchema,
  RepliedSchema,
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

/** JSON text parsed; text that is not JSON fails as a validation issue. */
function parseJsonText(value: string, ctx: z.RefinementCtx): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
    return z.NEVER;
  }
}

/** Posts a content script sends in one `page/posts` batch (it splits bigger pages). */
export const PAGE_BATCH_MAX = 500;

/** Whether a page is read at all: only with a brand profile, and with the site switched on. */
export const PageStartSchema = z.object({
  run: z.boolean(),
  /**
   * The profile's prefilter (core/relevance/prefilter.ts) as regular-expression sources: the page
   * runs it and sends only the posts that may mention the profile. Null: send every post.
   */
  prefilter: z.object({ words: z.string().max(200_000), loose: z.string().max(200_000), glued: z.string().max(200_000) }).nullable().optional(),
  /** The content script's strings in the person's language (content-strings.ts). */
  strings: z.record(z.string().max(64), z.string().max(1_000)).optional(),
  /** Why not: no brand profile yet, or the person switched this site off. */
  reason: z.enum(['no-profile', 'off']).optional(),
});

/**
 * Posts read from a page, for the background to judge. Scoring lives in the background: the page
 * pays only for reading and marking, and the content script stays small (issue 3: 30 KB gzip).
 */
export const PagePostsSchema = z.object({
  url: z.string().max(4_000),
  site: SiteIdSchema,
  title: z.string().max(2_000).optional(),
  /**
   * The posts, as one JSON string: the browser copies one string across to the worker several
   * times faster than it converts hundreds of objects field by field (measured by the content
   * bench), and the page pays that cost. Parsed and checked here like any other payload.
   */
  posts: z.string().max(PAGE_BATCH_MAX * 12_000).transform(parseJsonText).pipe(z.array(PostRecordSchema).max(PAGE_BATCH_MAX)),
  /** Posts read but not sent: the prefilter found no word of the profile in them (judged "none" on the page). */
  skipped: z.number().int().nonnegative().max(1_000_000),
});
export type PagePosts = z.output<typeof PagePostsSchema>;

/** The verdict on one post, as the page's badge and panel show it. */
export const PageVerdictSchema = AssessmentSchema.pick({ score: true, level: true, priority: true, intents: true }).extend({
  id: z.string().max(200),
  reasons: z.array(z.string().max(400)).max(8),
});
export type PageVerdict = z.infer<typeof PageVerdictSchema>;

/** Upper bound of `commonWords` (a profile holds at most 2,000 names). */
export const COMMON_WORDS_MAX = 10_000;

/**
 * The profile as the settings page shows it: with the words of its names that are everyday
 * English words (folded, lower-case), which such a name needs context for.
 */
const ContentProfileSchema = StoredProfileSchema.extend({
  commonWords: z.array(z.string().max(200)).max(COMMON_WORDS_MAX),
});

const Empty = z.object({}).strict();

/** `https://host`: the only kind of origin Rapport is turned on for. */
const HttpsOriginSchema = z
  .string()
  .max(300)
  .regex(/^https:\/\/[a-z0-9.-]+\.[a-z0-9-]+(:\d+)?$/i, 'Expected an https origin such as https://forum.example.org');

export const TabSiteSchema = z.object({
  mode: z.enum(['static', 'enabled-host', 'on-demand', 'can-enable', 'unsupported']),
  url: z.string().max(4_000).optional(),
  origin: z.string().max(300).optional(),
  site: SiteIdSchema.optional(),
  readsPage: z.boolean().optional(),
});
export type TabSite = z.infer<typeof TabSiteSchema>;

/** A goal's progress over its current period (core/metrics/goals.ts). */
export const GoalProgressSchema = z.object({
  from: z.string(),
  to: z.string(),
  value: z.number().nullable(),
  target: z.number(),
  ratio: z.number().nullable(),
  elapsed: z.number(),
  met: z.boolean(),
  onTrack: z.boolean().nullable(),
});
export const GoalWithProgressSchema = z.object({ goal: GoalRecordSchema, progress: GoalProgressSchema });
export type GoalWithProgress = z.infer<typeof GoalWithProgressSchema>;

/** Whether a reply was placed in the page's reply box, and if not, why in plain words. */
const InsertResultSchema = z.object({ inserted: z.boolean(), reason: z.string().max(300).optional() });

export const protocol = {
  /** The brand profile, for the settings page and the popup. */
  'profile/get': message({ from: 'content', request: Empty, response: ContentProfileSchema.nullable() }),
  /** A content script asks whether to read its page; the tab's report starts afresh. */
  'page/start': message({ from: 'content', request: z.object({ url: z.string().max(4_000), site: SiteIdSchema }), response: PageStartSchema }),
  /** A content script hands over posts it read; the background judges them, keeps the tab's report and records the threads. */
  'page/posts': message({ from: 'content', request: PagePostsSchema, response: z.object({ verdicts: z.array(PageVerdictSchema).max(PAGE_BATCH_MAX) }) }),
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
  /** What Rapport can do on a tab's page: read it (fixed or turned-on host), read it on demand, or be turned on for its host. */
  'tab/site': message({ from: 'page', request: z.object({ tabId: z.number().int() }), response: TabSiteSchema }),
  /** After the popup got the host permission: run on that host from now on, and on the tab now. */
  'sites/enable-host': message({ from: 'page', request: z.object({ origin: HttpsOriginSchema, tabId: z.number().int().optional() }), response: z.object({ enabled: z.boolean(), reason: z.string().max(300).optional() }) }),
  /** Stop running on a host turned on earlier, and give its permission back. */
  'sites/disable-host': message({ from: 'page', request: z.object({ origin: HttpsOriginSchema }), response: z.object({ disabled: z.boolean() }) }),
  /** The hosts Rapport was turned on for (settings page). */
  'sites/enabled-hosts': message({ from: 'page', request: Empty, response: z.object({ origins: z.array(z.string().max(300)).max(10_000) }) }),
  /** Read an on-demand page (LinkedIn) once, at the person's request; the results show in the popup. */
  'tab/read-on-demand': message({ from: 'page', request: z.object({ tabId: z.number().int() }), response: z.object({ started: z.boolean(), reason: z.string().max(300).optional() }) }),
  'profile/save': message({
    from: 'page',
    request: z.object({ profile: z.unknown() }),
    response: StoredProfileSchema,
  }),
  /** "I replied": the event, the person, the reply's text and a follow-up reminder, in one transaction. */
  'engagement/replied': message({
    from: 'page',
    request: RepliedSchema.omit({ namedBrand: true, disclosed: true }),
    response: z.object({ eventId: z.string(), reminderDue: z.string().optional(), namedBrand: z.boolean().nullable(), disclosed: z.boolean().nullable() }),
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
    /** Each with its thread's link when the thread is known. */
    response: z.array(ReminderRecordSchema.and(z.object({ threadUrl: SafeUrlSchema.optional() }))),
  }),
  /** Move an open reminder's due time (a postponed follow-up is not a done one: nothing is logged). */
  'reminders/snooze': message({ from: 'page', request: z.object({ id: z.uuid(), due: IsoTimeSchema }), response: z.object({ snoozed: z.boolean() }) }),
  'reminders/add': message({ from: 'page', request: NewReminderSchema, response: ReminderRecordSchema }),
  'reminders/done': message({
    from: 'page',
    request: z.object({ id: z.uuid() }),
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
  /** The goals being worked on, each with its progress this week or month (archived ones too when asked). */
  'goals/list': message({
    from: 'page',
    request: z.object({ archived: z.boolean().default(false) }),
    response: z.array(GoalWithProgressSchema).max(10_000),
  }),
  /** Create a goal, or edit the one `id` names (null: no such goal). */
  'goals/save': message({ from: 'page', request: GoalInputSchema, response: GoalRecordSchema.nullable() }),
  'goals/archive': message({ from: 'page', request: z.object({ id: z.uuid() }), response: z.object({ archived: z.boolean() }) }),
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
