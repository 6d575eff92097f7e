import { z } from 'zod';
import { LevelSchema } from '../core/assessment';
import { SafeUrlSchema, SiteIdSchema, type SiteId } from '../core/post';
import { BrandProfileSchema } from '../core/profile';

/**
 * The shape of every record Rapport keeps. Each table's writes are checked against these
 * (see validate-writes.ts), so a record read back always parses.
 */

/**
 * An ISO 8601 date-time, stored in UTC with milliseconds ("2024-05-01T12:00:00.000Z") so that
 * string order is time order: the `time`/`lastSeen`/`due` indexes rely on it.
 */
export const IsoTimeSchema = z
  .iso.datetime({ offset: true, error: 'Expected an ISO 8601 date-time, e.g. 2024-05-01T12:00:00Z' })
  .overwrite((value) => {
    // Overwrites run even after a failed format check, so leave bad input for the error above.
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  });

const text = (max: number) => z.string().max(max);
const Uuid = z.uuid();

export const threadKey = (site: SiteId, postId: string): string => `${site}:${postId}`;
export const personKey = (site: SiteId, handle: string): string => `${site}:${handle}`;

/** Checks that a record's `key` is `${site}:${id}`, so two keys never name one thing. */
function keyMatches(idField: 'postId' | 'handle') {
  return (record: { key: string; site: SiteId; postId?: string; handle?: string }, ctx: z.RefinementCtx) => {
    const expected = `${record.site}:${record[idField] ?? ''}`;
    if (record.key !== expected) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: `key must be ${expected} (site:id)` });
    }
  };
}

export const ThreadStatusSchema = z.enum(['new', 'saved', 'engaged', 'done', 'dismissed']);
export type ThreadStatus = z.infer<typeof ThreadStatusSchema>;

export const RelevanceSchema = z.object({ score: z.number().min(0).max(1), level: LevelSchema });

/** What a site reports about a thread; the store adds key, first/last seen and status. */
export const ThreadInputSchema = z.object({
  site: SiteIdSchema,
  postId: text(200).min(1),
  /** Rendered as a link: only http(s) and extension URLs pass. */
  url: SafeUrlSchema,
  title: text(2_000).optional(),
  community: text(200).optional(),
  author: text(200).optional(),
  relevance: RelevanceSchema,
  demo: z.boolean().default(false),
  /** When the thread was seen; now if absent. */
  seenAt: IsoTimeSchema.optional(),
});
export type ThreadInput = z.input<typeof ThreadInputSchema>;

export const ThreadRecordSchema = ThreadInputSchema.omit({ seenAt: true })
  .extend({
    key: text(300),
    firstSeen: IsoTimeSchema,
    lastSeen: IsoTimeSchema,
    status: ThreadStatusSchema,
    demo: z.boolean(),
    /** v2: when this record last changed (seen again, status set): an import keeps the newer copy. */
    updatedAt: IsoTimeSchema,
  })
  .superRefine(keyMatches('postId'));
export type ThreadRecord = z.infer<typeof ThreadRecordSchema>;

export const KNOWN_PERSON_TAGS = ['advocate', 'customer', 'critic', 'influencer'] as const;

export const PersonRecordSchema = z
  .object({
    key: text(300),
    site: SiteIdSchema,
    handle: text(200).min(1),
    displayName: text(200).optional(),
    profileUrl: SafeUrlSchema.optional(),
    firstInteraction: IsoTimeSchema,
    lastInteraction: IsoTimeSchema,
    count: z.number().int().nonnegative(),
    notes: text(10_000),
    /** One of KNOWN_PERSON_TAGS or the rep's own word. */
    tags: z.array(z.string().trim().min(1).max(64)).max(50),
    demo: z.boolean(),
    /** v2: when this record last changed (an interaction, a note, a tag). */
    updatedAt: IsoTimeSchema,
  })
  .superRefine(keyMatches('handle'));
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

/**
 * v2 replaced v1's `done: boolean` with `state`: a boolean cannot be an IndexedDB key, and the
 * `[state+due]` index is what lists the open reminders soonest first without reading done ones.
 */
export const ReminderStateSchema = z.enum(['open', 'done']);
export const ReminderRecordSchema = z.object({
  id: Uuid,
  threadKey: text(300).optional(),
  /** v2: the person to follow up with. */
  personKey: text(300).optional(),
  due: IsoTimeSchema,
  note: text(2_000),
  state: ReminderStateSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  demo: z.boolean(),
});
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

export const EventTypeSchema = z.enum([
  'surfaced',
  'opened',
  'replied',
  'followed_up',
  'dismissed',
  'reminder_done',
  'complaint_resolved',
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const EngagementEventSchema = z.object({
  id: Uuid,
  time: IsoTimeSchema,
  type: EventTypeSchema,
  threadKey: text(300).optional(),
  site: SiteIdSchema,
  community: text(200).optional(),
  url: SafeUrlSchema.optional(),
  title: text(2_000).optional(),
  personKey: text(300).optional(),
  /** The rep's reply named the brand; null when Rapport did not see the reply's text. */
  namedBrand: z.boolean().nullable(),
  /** The rep disclosed the affiliation; null when unknown. */
  disclosed: z.boolean().nullable(),
  note: text(2_000).optional(),
  demo: z.boolean(),
});
export type EngagementEvent = z.infer<typeof EngagementEventSchema>;

/**
 * v2: a reply the rep sent, or one they received, in a thread. Immutable once recorded (an edit
 * on the site is a new reply), so an import only ever adds replies it does not have.
 */
export const ReplyRecordSchema = z.object({
  id: Uuid,
  direction: z.enum(['sent', 'received']),
  time: IsoTimeSchema,
  site: SiteIdSchema,
  threadKey: text(300).optional(),
  /** Who wrote it (received) or whom it answered (sent). */
  personKey: text(300).optional(),
  url: SafeUrlSchema.optional(),
  text: text(40_000),
  namedBrand: z.boolean().nullable(),
  disclosed: z.boolean().nullable(),
  demo: z.boolean(),
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;

/** v2: a measurable goal ("20 replies a week on r/coffee", "disclose in every reply naming us"). */
export const GoalMetricSchema = z.enum(['replied', 'followed_up', 'complaint_resolved', 'disclosure_rate']);
export const GoalRecordSchema = z.object({
  id: Uuid,
  metric: GoalMetricSchema,
  /** A count per period, or a share from 0 to 1 for disclosure_rate. */
  target: z.number().nonnegative().max(1_000_000),
  period: z.enum(['week', 'month']),
  site: SiteIdSchema.optional(),
  community: text(200).optional(),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  archived: z.boolean(),
  demo: z.boolean(),
});
export type GoalRecord = z.infer<typeof GoalRecordSchema>;

/**
 * A goal as the rep sets or edits it (no id: a new goal). A count is a whole number of at least
 * one; a disclosure target is a share from 0 to 1.
 */
export const GoalInputSchema = GoalRecordSchema.pick({ metric: true, target: true, period: true, site: true })
  .extend({ id: Uuid.optional(), community: z.string().trim().max(200).optional() })
  .superRefine((goal, ctx) => {
    const share = goal.metric === 'disclosure_rate';
    if (share ? goal.target > 1 : !Number.isInteger(goal.target) || goal.target < 1) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: share ? 'A disclosure target is a share from 0 to 1' : 'A target is a whole number of at least 1' });
    }
  });
export type GoalInput = z.input<typeof GoalInputSchema>;

/** One interaction of the rep with a person (people.ts's recordInteraction). */
export const InteractionSchema = z.object({
  site: SiteIdSchema,
  handle: z.string().min(1).max(200),
  displayName: z.string().max(200).optional(),
  at: IsoTimeSchema.optional(),
});
export type Interaction = z.input<typeof InteractionSchema>;

/** The rep's own notes and tags on a person. */
export const PersonEditSchema = z.object({
  notes: z.string().max(10_000).optional(),
  tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  displayName: z.string().max(200).optional(),
});

/** A follow-up the rep sets. */
export const NewReminderSchema = z.object({
  due: IsoTimeSchema,
  note: z.string().max(2_000),
  threadKey: z.string().max(300).optional(),
  personKey: z.string().max(300).optional(),
});

/** What callers give recordEvent: the store adds the id, and the time when absent. */
export const NewEventSchema = EngagementEventSchema.omit({ id: true, time: true }).extend({
  time: IsoTimeSchema.optional(),
  namedBrand: z.boolean().nullable().default(null),
  disclosed: z.boolean().nullable().default(null),
  demo: z.boolean().default(false),
});
export type NewEventInput = z.input<typeof NewEventSchema>;

/** v2: the log's running aggregates, one row an hour (see hourly.ts); derived, never exported. */
const Counts = z.record(z.string().max(64), z.number().int());
export const HourRowSchema = z.object({
  hour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/),
  types: Counts,
  naming: z.number().int(),
  namingDisclosed: z.number().int(),
  repliedBySite: Counts,
});

/** The brand profile as stored under settings key 'profile'. */
export const ProfileSettingSchema = z.object({ profile: BrandProfileSchema, demo: z.boolean() });
export type ProfileSetting = z.infer<typeof ProfileSettingSchema>;

/** Settings whose value has a known shape; other keys hold any structured-cloneable value. */
/** How long the engagement log and replies are kept: null keeps everything (the default). */
export const RetentionSettingSchema = z.object({ days: z.number().int().min(1).max(36_500).nullable() });
export type RetentionSetting = z.infer<typeof RetentionSettingSchema>;

export const SETTING_VALUE_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['profile', ProfileSettingSchema],
  ['retention', RetentionSettingSchema],
]);

export const SettingRecordSchema = z
  .object({ key: text(200).min(1), value: z.unknown(), updatedAt: IsoTimeSchema })
  .superRefine((record, ctx) => {
    const result = SETTING_VALUE_SCHEMAS.get(record.key)?.safeParse(record.value);
    for (const issue of result?.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
    }
  });
export type SettingRecord = z.infer<typeof SettingRecordSchema>;

/** "I replied" on a post: what the popup knows about the post and the reply. */
export const RepliedSchema = z.object({
  site: SiteIdSchema,
  postId: z.string().min(1).max(200),
  url: SafeUrlSchema,
  title: z.string().max(2_000),
  community: z.string().max(200).optional(),
  /** The post's author: the person the rep talked to. */
  author: z.string().min(1).max(200).optional(),
  /** The reply as the rep last had it in the coach, when they drafted it there. */
  text: z.string().min(1).max(40_000).optional(),
  /** Whether that reply named the brand and disclosed the rep's connection (null: not seen). */
  namedBrand: z.boolean().nullable(),
  disclosed: z.boolean().nullable(),
  /** Hours until "check back for answers"; 0 sets no reminder. */
  remindInHours: z.number().int().min(0).max(24 * 30),
  /** The reminder's note, in the person's language (the popup words it). */
  reminderNote: z.string().min(1).max(2_000).optional(),
  demo: z.boolean(),
});
export type RepliedInput = z.input<typeof RepliedSchema>;
