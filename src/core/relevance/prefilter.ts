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
  /**
   * For a body read as the page holds it (see mayMention's `glued`): words may run together, and
   * whitespace is not collapsed, so a phrase's gap may hold a line break.
   */
  glued: RegExp;
}

/** The prefilter as plain text (regular expression sources), to hand to another context. */
export interface PrefilterSource {
  words: string;
  loose: string;
  glued: string;
}

/** Longest stretch of title or body judged (the rest of a very long post is not read). */
export const MAX_CHARS = 6_000;
const HASHTAGS = /#[^\s#]+/g;

export const prefilterSource = (pf: Prefilter): PrefilterSource => ({ words: pf.words.source, loose: pf.loose.source, glued: pf.glued.source });
export const prefilterFrom = (source: PrefilterSource): Prefilter => ({ words: new RegExp(source.words), loose: new RegExp(source.loose), glued: new RegExp(source.glued) });

/**
 * Whether the post may mention the profile. `communities` caches the answer per community name
 * (a page's posts share a handful of them).
 *
 * `glued`: the body was read as the page holds it, textContent as it comes (see the sites'
 * drafts): block boundaries run together ("end of one paragraph" + "Espresso…" as
 * "paragraphEspresso…"), whitespace not collapsed. It is searched whole with `glued`, which does
 * not look back and lets a phrase's gap hold a line break: the openings hold no whitespace and
 * their gaps may be empty, so whatever `words` finds in the spaced, collapsed text, `glued` finds
 * here. Still a superset, a little wider.
 */
export function mayMention(post: Pick<PostInput, 'title' | 'body' | 'community'>, pf: Prefilter, communities: Map<string, boolean>, glued = false): boolean {
  let searches = searchesOf.get(pf);
  if (searches === undefined) searchesOf.set(pf, (searches = searchesFor(pf)));
  return test(searches, post, communities, glued);
}

/**
 * mayMention for one prefilter, its expressions prepared once: the content script's test of every
 * post on a page. Keeps its own cache of community names.
 */
export function prefilterTest(pf: Prefilter): (post: Pick<PostInput, 'title' | 'body' | 'community'>, glued?: boolean) => boolean {
  const searches = searchesFor(pf);
  const communities = new Map<string, boolean>();
  return (post, glued = false) => test(searches, post, communities, glued);
}

/** A prefilter's expressions, with the one-pass forms `mentions` searches raw text with. */
interface Searches {
  pf: Prefilter;
  first: RegExp | null;
  /** `glued` in the place of `words` (for a body read glued). */
  gluedPf: Prefilter;
  gluedFirst: RegExp | null;
}

const searchesOf = new WeakMap<Prefilter, Searches>();
function searchesFor(pf: Prefilter): Searches {
  const gluedPf = { words: pf.glued, loose: pf.loose, glued: pf.glued };
  return { pf, first: onePass(pf.words), gluedPf, gluedFirst: onePass(pf.glued) };
}

function test({ pf, first, gluedPf, gluedFirst }: Searches, post: Pick<PostInput, 'title' | 'body' | 'community'>, communities: Map<string, boolean>, glued: boolean): boolean {
  const title = post.title ? post.title.slice(0, MAX_CHARS) : '';
  // Glued text is longer than the text it stands for (whitespace kept): cut, it could lose a word.
  const body = glued ? post.body : post.body.slice(0, MAX_CHARS);
  const inBody = glued ? mentions(body, gluedPf, gluedFirst) : mentions(body, pf, first);
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
  // A glued body's tags need no search of their own: a tag is a stretch of the folded body, and
  // `glued` finds in the body whatever `loose` finds in that stretch.
  return (!glued && taggedWith(body, inBody, pf)) || (title !== '' && taggedWith(title, inTitle, pf));
}

/** `mentions` found nothing in text it saw was plain ASCII: folding it only lower-cases it. */
const PLAIN = 0;
/** `mentions` found nothing, and the text may hold more than ASCII. */
const FOLDED = 1;

/** Whether the folded text holds a hashtag the loose expression finds. */
function taggedWith(raw: string, seen: typeof PLAIN | typeof FOLDED, pf: Prefilter): boolean {
  // Folding makes a '#' only of a character it changes ("＃"): text without one has no tag, and
  // text where folding changes nothing the expressions see (PLAIN) is searched lower-cased.
  const plain = seen === PLAIN || !FOLDING_CHANGES.test(raw);
  if (raw.indexOf('#') < 0 && plain) return false;
  const text = plain ? raw.toLowerCase() : foldText(raw);
  if (text.indexOf('#') < 0) return false;
  for (const tag of text.match(HASHTAGS) ?? []) if (pf.loose.test(tag)) return true;
  return false;
}


/**
 * Characters outside ASCII the prefilter's expressions treat as they treat their folded forms,
 * so text holding them needs no folding: marks that fold to themselves and are no letter, digit
 * or space (©, «, •, €, →, ✓, ☕, most emoji, bidi and zero-width marks), and the typographic forms the
 * expressions name beside their plain ones (no-break space, dashes, curly quotes, "…"; see
 * compile.ts's PHRASE_GAP). Those are most of what English posts hold beyond ASCII. A test
 * checks that every one folds to itself or to an equivalent, and that the answers do not change.
 */
export const SAME_FOLDED =
  '\\u00a0-\\u00a7\\u00a9\\u00ab-\\u00ae\\u00b0\\u00b1\\u00b6\\u00b7\\u00bb\\u00bf\\u00d7\\u00f7\\u02bc\\u200b-\\u200d\\u2010\\u2012-\\u2016\\u2018-\\u2023\\u2026\\u2027\\u2030-\\u2032\\u2038-\\u203b\\u20a9-\\u20cf\\u2190-\\u2199\\u2500-\\u2775\\ufe0f\\ud83c-\\ud83e\\udc00-\\udfff';
/**
 * A character folding may change in a way the expressions see: outside ASCII and SAME_FOLDED,
 * or an emoji-plane pair that folds to letters or digits ("🄰", segmented digits).
 */
const CHANGED_BY_FOLDING = `[^\\x00-\\x7f${SAME_FOLDED}]|\\ud83c[\\udd00-\\ude51]|\\ud83e[\\udff0-\\udff9]`;
const FOLDING_CHANGES = new RegExp(CHANGED_BY_FOLDING);


/**
 * `words` with the `i` flag, or the first character folding may change: one pass over the text as
 * the page gave it, instead of a pass to find out whether it needs folding, one to lower-case it
 * and one to search it. Null when `words` has capitals of its own (the `i` flag would then find more).
 */
function onePass(words: RegExp): RegExp | null {
  return /[A-Z]/.test(words.source.replace(/\\./g, '')) ? null : new RegExp(`${words.source}|${CHANGED_BY_FOLDING}`, 'i');
}

/**
 * Whether `words` finds a word in the folded text (true), or else what was learnt of the text.
 * Where folding changes nothing `words` sees up to the end of the first match `first` finds
 * (ASCII and SAME_FOLDED), folding is lower-casing, which the `i` flag does, and `words` would
 * find that same match in the folded text (everything it looks back at is of that kind too); no
 * match at all means text folding leaves alone, without a word. Anything else is folded and
 * searched as it was.
 */
function mentions(raw: string, pf: Prefilter, first: RegExp | null): true | typeof PLAIN | typeof FOLDED {
  if (first) {
    const m = first.exec(raw);
    if (m === null) return PLAIN;
    if (!FOLDING_CHANGES.test(m[0])) return true;
  }
  return pf.words.test(foldText(raw)) || FOLDED;
}
