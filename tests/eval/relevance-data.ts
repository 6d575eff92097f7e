import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BrandProfileSchema, INTENTS } from '../../src/core/index';

/** RAPPORT_ROOT lets a bundled copy (npm run bench builds one) find the data from elsewhere. */
export const DATA_DIR = join(process.env.RAPPORT_ROOT ?? join(import.meta.dirname, '../..'), 'tests/data/relevance');

export const LabeledPostSchema = z.object({
  id: z.string().min(1),
  profile: z.string().min(1),
  site: z.enum(['hacker-news', 'reddit', 'x', 'linkedin', 'youtube', 'mastodon', 'bluesky', 'discourse', 'stack-exchange']),
  community: z.string().optional(),
  title: z.string().optional(),
  body: z.string(),
  author: z.string().optional(),
  replyCount: z.number().int().nonnegative().optional(),
  label: z.enum(['engage', 'related', 'not']),
  intents: z.array(z.enum(INTENTS)),
  hard: z.array(z.enum(['ambiguous', 'keywordless', 'negation', 'exclusion', 'no_question_mark', 'social', 'unicode'])),
  note: z.string(),
});
export type LabeledPost = z.infer<typeof LabeledPostSchema> & { set: 'dev' | 'holdout' };

const ProfilesSchema = z.record(z.string(), z.object({ field: z.string(), profile: z.unknown() }));

/**
 * Every profiles*.json in the data folder, merged: profiles.json plus the extra sets' own profiles.
 * `dir` lets the reply eval load its own profiles (tests/data/replies) the same way.
 */
export function loadProfiles(dir = DATA_DIR): Record<string, { field: string; profile: Record<string, unknown> }> {
  const raw: z.infer<typeof ProfilesSchema> = {};
  for (const file of readdirSync(dir).filter((f) => /^profiles.*\.json$/.test(f)).sort()) {
    const part = ProfilesSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    for (const [name, value] of Object.entries(part)) {
      if (name in raw) throw new Error(`${file}: profile ${name} is defined twice`);
      raw[name] = value;
    }
  }
  for (const [name, { profile }] of Object.entries(raw)) {
    const parsed = BrandProfileSchema.safeParse(profile);
    if (!parsed.success) throw new Error(`${dir === DATA_DIR ? 'profiles.json' : dir}: ${name}: ${parsed.error.message}`);
  }
  return raw as Record<string, { field: string; profile: Record<string, unknown> }>;
}

export function loadPosts(): LabeledPost[] {
  const posts: LabeledPost[] = [];
  for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const set = file.startsWith('holdout') ? 'holdout' : 'dev';
    readFileSync(join(DATA_DIR, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const parsed = LabeledPostSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
        posts.push({ ...parsed.data, set });
      });
  }
  return posts;
}
