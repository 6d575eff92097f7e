import { z } from 'zod';
import type { PostInput } from '../post';
import { parseProfile, type BrandProfile, type BrandProfileInput } from '../profile';
import { SITE_LIMITS } from './review';

/**
 * Optional AI drafting, the part that is pure: what a model is asked, and how its answer is
 * cleaned. The providers (Chrome's built-in model, an OpenAI-compatible endpoint the person
 * configures) live in the background; every draft they return goes through `reviewReply`
 * before the person sees it, and the person still edits and posts it themselves.
 */
/** Which provider drafts, if any (off by default); the endpoint is one the person chose. */
export const AiSettingsSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('off') }),
  z.object({ provider: z.literal('chrome') }),
  z.object({
    provider: z.literal('openai'),
    endpoint: z
      .string()
      .url()
      .max(500)
      .refine((u) => /^https?:\/\//.test(u), 'An http(s) URL'),
    model: z.string().trim().min(1).max(200),
    apiKey: z.string().max(500).optional(),
  }),
]);
export type AiSettings = z.infer<typeof AiSettingsSchema>;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const SITE_NORMS: Record<string, string> = {
  x: 'X: at most 280 characters, one or two sentences.',
  bluesky: 'Bluesky: at most 300 characters.',
  mastodon: 'Mastodon: short, at most 500 characters, no hashtags unless the thread uses them.',
  'hacker-news': 'Hacker News: plain text, no markdown, no emoji, no marketing tone.',
  'stack-exchange': 'Stack Exchange: start with the answer, no greeting or thanks.',
  linkedin: 'LinkedIn: professional but personal, a few sentences.',
  reddit: 'Reddit: conversational, specific, markdown allowed but not needed.',
};

/** The messages for a draft reply to `post`, written as a person who works for the brand. */
export function draftMessages(post: PostInput, profile: BrandProfile | BrandProfileInput): ChatMessage[] {
  const p = parseProfile(profile);
  const brand = p.brandNames[0] ?? 'the brand';
  const products = p.products.slice(0, 8).join(', ') || 'none listed';
  const rivals = p.competitors.slice(0, 8).join(', ') || 'none listed';
  const system = [
    `You help someone who works at ${brand} reply to a post in an online community, as a person, not as the brand.`,
    'Rules:',
    '- Help with what the person actually asked or said; refer to their own words.',
    `- If you name ${brand}, its products (${products}) or a competitor (${rivals}), say plainly in the reply "I work at ${brand}".`,
    '- No calls to action, discount codes, urgency, pricing pitches, "DM me" or links to sign-up or pricing pages.',
    '- Stay in the thread: put the answer in the reply itself.',
    '- Be fair to competitors; never disparage them.',
    '- If the post is a complaint, own it: say sorry and give a concrete next step; never blame the person.',
    '- Where you do not know a fact (a setting, a number), write [check: what to confirm] instead of guessing.',
    `- ${SITE_NORMS[post.site] ?? 'Fit the site: short and specific.'}`,
    'Answer with the reply text only.',
  ].join('\n');
  const user = [
    `Site: ${post.site}${post.community ? `, community: ${post.community}` : ''}${post.author ? `, author: ${post.author}` : ''}`,
    post.title ? `Title: ${post.title.slice(0, 300)}` : '',
    `Post:\n${post.body.slice(0, 4_000)}`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** A model's answer as a reply: no wrapping quotes or code fences, no "Here is a reply:" preface, within the site's limit. */
export function cleanDraft(answer: string, site: string): string {
  let text = answer.replace(/\r\n/g, '\n').trim();
  text = text.replace(/^```[a-z]*\n?|\n?```$/g, '').trim();
  text = text.replace(/^(?:sure[,!.]?\s*)?(?:here(?:'s| is) (?:a|the|my|your) (?:possible |suggested |draft )*(?:reply|response|draft)[^:\n]*:\s*)/i, '').trim();
  if (/^["“].*["”]$/s.test(text)) text = text.slice(1, -1).trim();
  const limit = SITE_LIMITS[site];
  if (limit !== undefined && [...text].length > limit) {
    const cut = [...text].slice(0, limit).join('');
    const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
    text = end > limit / 2 ? cut.slice(0, end + 1) : cut.slice(0, cut.lastIndexOf(' ')).trim();
  }
  return text.slice(0, 40_000);
}
