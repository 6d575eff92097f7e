import type { Assessment } from '../assessment';
import type { PostInput } from '../post';
import type { BrandProfile, BrandProfileInput } from '../profile';
import { parseProfile } from '../profile';
import { reviewReply, SITE_LIMITS } from './review';
import type { STANCES, Suggestion } from './types';

/**
 * Starting points for a reply, deterministic and offline: 3 to 5 of different stances that fit
 * what the person wants (answer, ask, share, thank, own a complaint, compare fairly). Each one
 * refers to their own words, names the brand only with a disclosure, sells nothing, fits the
 * site, and passes `reviewReply`. Square brackets mark what only the rep can fill in (their
 * experience, the actual fix): a starting point, not a finished reply to paste unread.
 */
export type Stance = (typeof STANCES)[number];

export type { Suggestion };

export interface SuggestOptions {
  /** At most this many (3 to 5; default 4). */
  count?: number;
  /** The judgement of the post, when the caller has it (saves reading it again). */
  assessment?: Assessment;
}

/** Sites where replies open by addressing the person by name. */
const GREETS = new Set(['reddit', 'discourse', 'youtube', 'linkedin', 'mastodon', 'demo']);

/** Clip to at most `max` characters at a word boundary, preferring a clause end. */
function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/^[\s"'“”‘’([{>*#-]+/, '');
  if (t.length <= max) return t.replace(/[\s"'“”‘’)\]}.,;:!?]+$/, '');
  const head = t.slice(0, max);
  const clause = head.search(/[,;:—–(](?=[^,;:—–(]*$)/);
  const cut = clause >= max * 0.5 ? clause : head.lastIndexOf(' ');
  return head.slice(0, cut > 0 ? cut : max).replace(/[\s"'“”‘’)\]}.,;:!?]+$/, '');
}

/**
 * Their words to refer to: the sentence where they ask, complain or praise (as the engine found
 * it), else the title, else their first sentence; clipped to a short quote.
 */
function theirWords(post: PostInput, a: Assessment | undefined, prefer: readonly string[], max: number): string {
  for (const intent of prefer) {
    const hit = a?.spans.find((x) => x.kind === 'intent' && x.term === intent);
    if (!hit) continue;
    const text = hit.field === 'title' ? (post.title ?? '') : post.body;
    // Sentence ends: ! ? a line break, or a full stop before a space ("booking.com" is one word).
    const boundary = (i: number) => /[!?\n]/.test(text[i] as string) || (text[i] === '.' && /\s/.test(text[i + 1] ?? ' '));
    let start = hit.start;
    while (start > 0 && !boundary(start - 1)) start--;
    let end = hit.end;
    while (end < text.length && !boundary(end)) end++;
    const sentence = text.slice(start, end).trim();
    // A long sentence: keep the part from the cue on, or up to it.
    const quote = sentence.length <= max ? sentence : clip(text.slice(Math.max(start, hit.start - Math.floor(max / 3)), end), max);
    // A few words of theirs ("it works I guess") say less than their title.
    if (quote.split(/\s+/).length >= (post.title ? 6 : 3)) return clip(quote, max);
  }
  if (post.title && post.title.trim().split(/\s+/).length >= 2) return clip(post.title, max);
  const first = post.body.split(/(?<=[.!?])\s|\n/).find((x) => x.trim().split(/\s+/).length >= 3) ?? post.body;
  return clip(first, max);
}

function nameOf(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const n = author.replace(/^@/, '').replace(/^u\//, '').split('@')[0]?.trim();
  return n && n.length <= 40 && !/\s{2,}/.test(n) ? n : undefined;
}

export function suggestRepliesWith(post: PostInput, profile: BrandProfile | BrandProfileInput, options: SuggestOptions = {}): Suggestion[] {
  const p = parseProfile(profile);
  const count = Math.max(3, Math.min(5, options.count ?? 4));
  const site = post.site;
  const a = options.assessment;
  const intents = new Set(a?.intents ?? []);
  const limit = SITE_LIMITS[site];
  const short = limit !== undefined;
  const prefer = intents.has('complaint') ? ['complaint', 'question'] : intents.has('praise') && !intents.has('question') ? ['praise'] : ['recommendation_request', 'question', 'competitor_comparison', 'praise'];
  const phrase = theirWords(post, a, prefer, short ? 60 : 90);
  const quoted = `“${phrase}”`;
  const brand = p.brandNames[0] ?? p.aliases[0];
  const product = p.products[0];
  const rival = a?.spans.find((s) => s.kind === 'competitor')?.term ?? p.competitors[0];
  const who = nameOf(post.author);
  const greet = GREETS.has(site) && who ? `${who}, ` : '';
  const Greet = (s: string) => (greet ? `${greet}${s}` : s.charAt(0).toUpperCase() + s.slice(1));
  const mentionsBrandPost = a?.mentionsBrand ?? false;

  const out: Suggestion[] = [];
  const push = (stance: Stance, text: string, namesBrand = false) => out.push({ stance, text: text.replace(/\s+/g, ' ').trim(), namesBrand });

  if (intents.has('complaint')) {
    if (brand && mentionsBrandPost) {
      push('apologise', Greet(`I'm sorry about ${quoted}. That shouldn't happen, and it's ours to fix (I work at ${brand}). ${short ? 'What model and since when? I’ll follow up here.' : 'Could you say here which model or version you have and when it started? I’ll follow up in this thread until it’s sorted.'}`), true);
    } else {
      push('apologise', Greet(`sorry you're dealing with ${quoted}, that sounds genuinely frustrating. ${short ? 'When did it start?' : 'When did it start, and did anything change around then (an update, a setting, a move)?'}`));
    }
    push('clarify', Greet(`to narrow ${quoted} down: does it happen every time or only sometimes, and ${short ? 'since when?' : 'what have you already tried? Happy to work through it here.'}`));
    push('answer', Greet(`one thing worth checking with ${quoted}: [the first step you would try]. ${short ? 'Say if it helps.' : 'If that changes nothing, post what you see and we can dig further here.'}`));
  }
  if (intents.has('recommendation_request') || intents.has('competitor_comparison')) {
    push('clarify', Greet(`happy to help with ${quoted}. ${short ? 'What will you use it for most, and any budget?' : 'What will you use it for most, and is there a budget or a must-have? That changes the answer a lot.'}`));
    if (brand && !short) {
      const fair = rival ? ` If [the other need matters more], ${rival} is a fair pick too.` : '';
      push('compare', `Disclosure: I work at ${brand}, so weigh this accordingly. For ${quoted}, ${product ?? brand} fits if [their main need].${fair} Happy to answer questions here either way.`, true);
    } else if (brand && short) {
      push('compare', `For ${quoted}: ${product ?? brand} fits if [their need]${rival ? `; ${rival} if [other need]` : ''}. (I work at ${brand}.)`, true);
    }
    push('experience', `I was in the same spot with ${quoted}. ${short ? 'What decided it for me: [the factor].' : 'What decided it for me was [the factor that mattered], and what I’d do differently is [your lesson].'}`);
  }
  if (intents.has('question') && !intents.has('recommendation_request') && !intents.has('complaint')) {
    push('answer', Greet(`for ${quoted}, ${short ? '[the short answer].' : 'the short answer is [the answer], because [why]. If your setup differs from [the usual case], say so and I can get more specific.'}`));
    push('clarify', Greet(`quick question before answering ${quoted}: ${short ? 'what’s your setup?' : 'what does your setup look like (version, what you’ve tried)? The right answer depends on it.'}`));
    push('experience', `Had the same question about ${quoted}. ${short ? 'What worked for me: [it].' : 'What worked for me was [what you did], and the thing I wish I’d known earlier is [the gotcha].'}`);
  }
  if (intents.has('praise')) {
    if (brand && mentionsBrandPost) {
      push('thank', Greet(`thank you, this genuinely made our day (I work at ${brand}). Glad ${quoted} is working out. ${short ? 'Anything you’d change?' : 'If there is one thing you’d change, I’d love to hear it.'}`), true);
    } else {
      push('thank', Greet(`thanks for writing this up, it's useful. What made ${quoted} click for you?`));
    }
    push('experience', `Same experience here with ${quoted}. ${short ? 'The part I like most: [it].' : 'The part that surprised me most was [your detail].'}`);
  }
  // Always some stances to choose from, whatever the intent.
  push('clarify', Greet(`curious about ${quoted}: ${short ? 'what’s the context?' : 'what’s the context, and what would a good outcome look like for you?'}`));
  push('experience', `My experience with ${quoted}: [what happened for you, good and bad]${short ? '.' : ', and [what you would do differently now].'}`);
  push('answer', Greet(`on ${quoted}: [the most useful thing you know about it]. ${short ? '' : 'Happy to go into detail here if it helps.'}`));

  // Distinct stances first, then fill up; keep only what the review calls good. A quote that
  // names a competitor (or the brand) needs the disclosure too: added, then reviewed again.
  const seen = new Set<string>();
  const byStance = new Set<Stance>();
  const ordered = [...out.filter((s) => !byStance.has(s.stance) && byStance.add(s.stance)), ...out];
  const result: Suggestion[] = [];
  for (const candidate of ordered) {
    if (result.length >= count || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    let s = candidate;
    let review = reviewReply(s.text, { profile, thread: post, site });
    if (brand && review.findings.some((f) => f.code === 'missing_disclosure')) {
      s = { ...s, text: `${s.text} (I work at ${brand}.)`, namesBrand: true };
      review = reviewReply(s.text, { profile, thread: post, site });
    }
    if (limit !== undefined && [...s.text].length > limit) continue;
    if (review.verdict !== 'good') continue;
    result.push(s);
  }
  return result;
}
