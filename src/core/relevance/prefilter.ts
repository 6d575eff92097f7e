import type { PostInput } from '../post';
import { foldText } from './text';

/**
 * The feed path's first look at a post: could its title, body, community or a hashtag hold a word
 * of the profile? Most posts on a page hold none, and those are judged "none" without being read
 * further. Small and dependency-light on purpose: the content script runs the same test on the
 * page (with the sources the background sends), so posts that cannot matter are never sent.
 */
export interface Prefilter {
  /** For title and body: words must start where a word starts. */
  words: RegExp;
  /** For the community and hashtags, where words run together ("r/CampingandHiking"). */
  loose: RegExp;
}

/** The prefilter as plain text (regular expression sources), to hand to another context. */
export interface PrefilterSource {
  words: string;
  loose: string;
}

/** Longest stretch of title or body judged (the rest of a very long post is not read). */
export const MAX_CHARS = 6_000;
const HASHTAGS = /#[^\s#]+/g;

export const prefilterSource = (pf: Prefilter): PrefilterSource => ({ words: pf.words.source, loose: pf.loose.source });
export const prefilterFrom = (source: PrefilterSource): Prefilter => ({ words: new RegExp(source.words), loose: new RegExp(source.loose) });

/**
 * Whether the post may mention the profile. `communities` caches the answer per community name
 * (a page's posts share a handful of them).
 */
export function mayMention(post: Pick<PostInput, 'title' | 'body' | 'community'>, pf: Prefilter, communities: Map<string, boolean>): boolean {
  const title = post.title ? foldText(post.title.slice(0, MAX_CHARS)) : '';
  const body = foldText(post.body.slice(0, MAX_CHARS));
  if (pf.words.test(body) || (title && pf.words.test(title))) return true;
  // Community names and hashtags run words together ("r/CampingandHiking", "#espressomachine").
  if (post.community) {
    let hit = communities.get(post.community);
    if (hit === undefined) {
      hit = pf.loose.test(foldText(post.community));
      if (communities.size >= 1000) communities.clear();
      communities.set(post.community, hit);
    }
    if (hit) return true;
  }
  for (const text of [title, body]) {
    if (text.indexOf('#') < 0) continue;
    for (const tag of text.match(HASHTAGS) ?? []) if (pf.loose.test(tag)) return true;
  }
  return false;
}
