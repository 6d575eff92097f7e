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
  const first = onePass(pf);
  const title = post.title ? post.title.slice(0, MAX_CHARS) : '';
  const body = post.body.slice(0, MAX_CHARS);
  const inBody = mentions(body, pf, first);
  if (inBody === true) return true;
  const inTitle = title === '' ? PLAIN : mentions(title, pf, first);
  if (inTitle === true) return true;
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
  return taggedWith(body, inBody, pf) || (title !== '' && taggedWith(title, inTitle, pf));
}

/** `mentions` found nothing in text it saw was plain ASCII: folding it only lower-cases it. */
const PLAIN = 0;
/** `mentions` found nothing, and the text may hold more than ASCII. */
const FOLDED = 1;

/** Whether the folded text holds a hashtag the loose expression finds. */
function taggedWith(raw: string, seen: typeof PLAIN | typeof FOLDED, pf: Prefilter): boolean {
  // Folding makes a '#' only of a non-ASCII character ("＃"): plain text without one has no tag.
  if (raw.indexOf('#') < 0 && (seen === PLAIN || !NON_ASCII.test(raw))) return false;
  const text = foldText(raw);
  if (text.indexOf('#') < 0) return false;
  for (const tag of text.match(HASHTAGS) ?? []) if (pf.loose.test(tag)) return true;
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `words` with the `i` flag, or the first character outside ASCII: one pass over the text as the
 * page gave it, instead of a pass to find out whether it is ASCII, one to lower-case it and one to
 * search it. Null when `words` has capitals of its own (the `i` flag would then find more).
 */
const onePassOf = new WeakMap<Prefilter, RegExp | null>();
function onePass(pf: Prefilter): RegExp | null {
  let re = onePassOf.get(pf);
  if (re === undefined) {
    re = /[A-Z]/.test(pf.words.source.replace(/\\./g, '')) ? null : new RegExp(`${pf.words.source}|[^\\x00-\\x7f]`, 'i');
    onePassOf.set(pf, re);
  }
  return re;
}

/**
 * Whether `words` finds a word in the folded text (true), or else what was learnt of the text.
 * Where the text is ASCII up to the end of the first match `first` finds, folding is
 * lower-casing, which the `i` flag does, and `words` would find that same match in the folded
 * text (everything it looks back at is ASCII too); no match at all means ASCII text without a
 * word. Anything else is folded and searched as it was.
 */
function mentions(raw: string, pf: Prefilter, first: RegExp | null): true | typeof PLAIN | typeof FOLDED {
  if (first) {
    const m = first.exec(raw);
    if (m === null) return PLAIN;
    if (!NON_ASCII.test(m[0])) return true;
  }
  return pf.words.test(foldText(raw)) || FOLDED;
}
