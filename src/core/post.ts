import { z } from 'zod';

/** Site ids Rapport knows. `demo` is the bundled demo community. */
export const SiteIdSchema = z.enum([
  'hacker-news',
  'reddit',
  'x',
  'linkedin',
  'youtube',
  'mastodon',
  'bluesky',
  'discourse',
  'stack-exchange',
  'demo',
]);
export type SiteId = z.infer<typeof SiteIdSchema>;

/**
 * What the core needs to judge a post. Sites read more (see PostRecord); the core only
 * depends on text and a little context. `site` is a free string so the public API accepts
 * sites the core has no special knowledge of.
 */
export const PostInputSchema = z.object({
  site: z.string().max(64),
  title: z.string().max(2_000).optional(),
  body: z.string().max(100_000),
  author: z.string().max(200).optional(),
  community: z.string().max(200).optional(),
  url: z.string().max(2_000).optional(),
  /** Replies already under the post, when the site shows it; 0 means unanswered. */
  replyCount: z.number().int().nonnegative().optional(),
});
export type PostInput = z.infer<typeof PostInputSchema>;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'chrome-extension:', 'moz-extension:']);

/** A link Rapport may render: page-supplied URLs must never be javascript: or data:. */
export const SafeUrlSchema = z
  .string()
  .max(2_000)
  .refine((value) => {
    try {
      return SAFE_PROTOCOLS.has(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'Expected an http(s) URL');

/** A post as read from a page: the wire shape between content script, background and popup. */
export const PostRecordSchema = PostInputSchema.extend({
  /** Stable id within the site (HN item id, Reddit thing id). */
  id: z.string().min(1).max(200),
  site: SiteIdSchema,
  kind: z.enum(['post', 'comment']),
  permalink: SafeUrlSchema,
  authorUrl: SafeUrlSchema.optional(),
  /** ISO 8601 time the post was written, when the page shows it. */
  time: z.string().max(64).optional(),
  score: z.number().int().optional(),
  parentId: z.string().max(200).optional(),
  depth: z.number().int().nonnegative().optional(),
});
export type PostRecord = z.infer<typeof PostRecordSchema>;
