import type { Assessment } from '../assessment';
import { isCommonWord } from '../lexicon/english';
import { parseProfile, type BrandProfile, type BrandProfileInput } from '../profile';
import { assessCompiled } from '../relevance/assess';
import { compileProfile, escapeRe, type CompiledProfile } from '../relevance/compile';
import { stem } from '../relevance/stem';
import { shippedIntentModel } from '../relevance/shipped-model';
import { foldPlain } from '../relevance/text';
import {
  ACRONYM,
  BLATANT,
  BROADCAST,
  CALL_TO_ACTION,
  CHEER,
  COMPANY_INSULTS,
  DAY_DEADLINE,
  DISCLOSURE_GENERIC,
  DISCOUNT,
  DEFENDS,
  FORMULA_APOLOGY,
  DISMISSIVE,
  DM_ME,
  EMOJI,
  EMPTY_AGREEMENT,
  HASHTAG,
  HELP_TARGET,
  INSULTS,
  LANDING_PATH,
  OFFSITE,
  OWNS_IT,
  PLATITUDE,
  POINTER,
  PRICING_PITCH,
  PROMO_CODE_SHAPE,
  SALES_WORDS,
  SHOUT,
  STEER_OFF,
  STOP,
  SUPERLATIVES,
  SUPPORT_BOILERPLATE,
  URGENCY,
  URL,
  WEAK_TAGS,
} from './cues';
import type { DraftSpan, Finding, FindingCode, ReplyReview, Severity, Thread } from './types';

/**
 * The reply review: reads a draft the rep wrote under a thread (the writer is assumed to work for
 * the brand) and says, with the exact words that caused each finding and a fix, whether the
 * community would welcome it. Deterministic and offline; pure TypeScript.
 *
 * The checks follow the rules in ../shared/guide/community-rules.md: help before selling, stay in
 * the thread, talk to the person, say who you are next to what you say (FTC 16 CFR 255: a bio or
 * an #ad tag is not enough), be fair to competitors, own complaints, and fit the site.
 */
export interface ReplyContext {
  profile: BrandProfile | BrandProfileInput;
  /** The post being answered, when known: its words and intents make "generic" and complaint checks possible. */
  thread?: Thread;
  /** Site id ("x", "hacker-news", …): length and format norms. Defaults to the thread's site. */
  site?: string;
}

const PENALTY: Record<Severity, number> = { high: 35, medium: 20, low: 6 };

/** Characters a reply may hold on sites that count them (X counts a link as 23; close enough here). */
export const SITE_LIMITS: Record<string, number> = { x: 280, bluesky: 300, mastodon: 500 };
/** Where a one-to-three-line reply is the norm even below the hard limit. */
const SHORT_FORM = new Set(['x', 'bluesky', 'mastodon']);

interface Compiled {
  compiled: CompiledProfile;
  profile: BrandProfile;
  brandWords: string[];
  domains: string[];
}

const cache = new WeakMap<object, Compiled>();

function prepare(input: BrandProfile | BrandProfileInput): Compiled {
  let c = cache.get(input);
  if (!c) {
    const profile = parseProfile(input);
    // With the learned intent model, as assessPost judges: whether the thread complains decides how a brush-off weighs.
    const compiled = compileProfile(profile, { isCommonWord, intentModel: shippedIntentModel() });
    // The compiler already normalised the domains ("https://www.brand.example/x" -> "brand.example").
    const domains = compiled.domains.map((d) => d.domain);
    const brandWords = [...profile.brandNames, ...profile.aliases, ...profile.products].map(foldPlain).filter(Boolean);
    c = { compiled, profile, brandWords, domains };
    cache.set(input, c);
  }
  return c;
}

/** Curly apostrophes (’) as typed on phones and Macs, read as straight ones: same length, so offsets hold. */
const straightApostrophes = (text: string): string => text.replace(/[\u2018\u2019\u02bc]/g, "'");

/** Whether the draft names the brand itself: its name, a product or its domain. */
const namesOwn = (names: Assessment): boolean => names.spans.some((x) => x.kind === 'brand' || x.kind === 'product' || x.kind === 'domain');

/** Every match of `re` (global) in `text`, as spans. */
function spansOf(re: RegExp, text: string): DraftSpan[] {
  const out: DraftSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function whole(draft: string): DraftSpan {
  return { start: 0, end: draft.length, text: draft };
}

/** The sentence around offset i (for fixes that cut a sentence). */
function sentenceAround(draft: string, start: number, end: number): DraftSpan {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(draft[a - 1] as string)) a--;
  let b = end;
  while (b < draft.length && !/[.!?\n]/.test(draft[b] as string)) b++;
  if (b < draft.length) b++;
  while (a < b && /\s/.test(draft[a] as string)) a++;
  return { start: a, end: b, text: draft.slice(a, b) };
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldPlain(text).match(/[a-z0-9][a-z0-9'-]*/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(stem(w.replace(/'s$/, '')));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Draft {
  /** The draft with the thread's own words it quotes blanked out (same length): what the writer says. */
  text: string;
  lower: string;
  /** The draft as written. */
  original: string;
  site: string;
  /** The thread asks about price or cost: a price in the reply answers it. */
  askedPrice: boolean;
}

const QUOTED = /“([^”\n]{3,400})”|"([^"\n]{3,400})"|^>\s?(.{3,400})$/gm;

/**
 * Blank out what the draft quotes from the thread: the person's own "referral code" or "is a
 * joke", quoted back to them, is not the writer selling or insulting. Only quotes whose text is
 * in the thread count; anything else in quotation marks is the writer's.
 */
function maskQuotes(text: string, thread: Thread | undefined): string {
  if (!thread) return text;
  const source = `${thread.title ?? ''}\n${thread.body ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
  return text.replace(QUOTED, (all, a?: string, b?: string, c?: string) => {
    const inner = (a ?? b ?? c ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    return inner.length >= 3 && source.includes(inner) ? ' '.repeat(all.length) : all;
  });
}

function add(out: Finding[], code: FindingCode, severity: Severity, span: DraftSpan, message: string, fix: string, replacement?: string): void {
  // One finding a code and span: overlapping cue lists must not repeat themselves.
  if (out.some((f) => f.code === code && f.span.start === span.start && f.span.end === span.end)) return;
  out.push(replacement === undefined ? { code, severity, span, message, fix } : { code, severity, span, message, fix, replacement });
}

function hardSell(d: Draft, out: Finding[]): void {
  const { text, lower } = d;
  for (const s of spansOf(CALL_TO_ACTION, lower)) {
    // "check out our troubleshooting guide" points at help, not at a sale.
    if (POINTER.test(lower.slice(s.start, s.end)) && HELP_TARGET.test(lower.slice(s.end, s.end + 60))) continue;
    const span = { ...s, text: text.slice(s.start, s.end) };
    add(out, 'hard_sell', 'high', span, `"${span.text}" is a call to action: it sells where the person asked for help.`, 'Cut the call to action; if the product fits, say what it does for their case and let them decide.', '');
  }
  for (const s of [...spansOf(DISCOUNT, lower), ...spansOf(PROMO_CODE_SHAPE, text)]) {
    // The offer is usually a sentence of its own ("Use code X for 20% off!"): removing it is the fix.
    const sentence = sentenceAround(text, s.start, s.end);
    const own = sentence.text.length < 160 && sentence.text.length < text.trim().length * 0.8;
    add(out, 'hard_sell', 'high', own ? sentence : { ...s, text: text.slice(s.start, s.end) }, 'A discount or promo code turns a helpful reply into an ad.', 'Remove the code and the offer; a good answer does not need a coupon.', own ? '' : undefined);
  }
  // "through Sunday" is a deadline only beside an offer ("buy 3 get 1 free through Sunday");
  // "I'll follow up before Friday" is support.
  for (const m of lower.matchAll(DAY_DEADLINE)) {
    const sentence = sentenceAround(lower, m.index, m.index + m[0].length);
    if (!SALES_WORDS.test(sentence.text)) continue;
    add(out, 'hard_sell', 'high', { start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) }, `"${text.slice(m.index, m.index + m[0].length)}" puts a deadline on an offer: sales pressure.`, 'Drop the offer and its deadline.', '');
  }
  for (const s of spansOf(URGENCY, lower)) {
    add(out, 'hard_sell', 'high', { ...s, text: text.slice(s.start, s.end) }, `"${text.slice(s.start, s.end)}" is sales urgency; in a community it reads as pressure.`, 'Drop the deadline; nothing in a helpful reply expires.', '');
  }
  for (const s of spansOf(PRICING_PITCH, lower)) {
    add(out, 'hard_sell', d.askedPrice ? 'low' : 'medium', { ...s, text: text.slice(s.start, s.end) }, 'A pricing pitch: nobody asked what the plans cost.', 'Mention price only if they asked about cost, and then plainly (with the trade-offs).');
  }
  for (const s of spansOf(DM_ME, lower)) {
    // "DM me your order number (please don't post it here)" asks for what must stay private.
    const privateDetails = /^[^.!?\n]{0,40}\b(?:order|account|ticket|case|reference|booking|invoice|tracking|serial|policy|member|claim)(?: number| no\.?| id| #)?\b|^[^.!?\n]{0,40}\byour (?:email address|phone number|address|account details|details)\b/.test(lower.slice(s.end, s.end + 60));
    add(out, 'hard_sell', privateDetails ? 'low' : 'medium', { ...s, text: text.slice(s.start, s.end) }, `"${text.slice(s.start, s.end)}" moves the conversation out of sight; others with the same problem never see the answer.`, 'Answer here; if you need private details (an order number), say exactly what and why, and post the outcome back in the thread.');
  }
}

function offCommunity(d: Draft, c: Compiled, out: Finding[]): { brandLink: boolean } {
  const { text } = d;
  let brandLink = false;
  const words = (text.replace(URL, ' ').match(/[\p{L}\p{N}']+/gu) ?? []).length;
  for (const s of spansOf(URL, text)) {
    const raw = s.text.replace(/[.,;:!?]+$/, '');
    const m = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)(.*)$/i.exec(raw);
    const host = (m?.[1] ?? '').toLowerCase();
    const path = (m?.[2] ?? '').toLowerCase();
    const ours = c.domains.some((dom) => host === dom || host.endsWith(`.${dom}`));
    if (!ours) continue;
    brandLink = true;
    const span = { start: s.start, end: s.start + raw.length, text: raw };
    const landing = LANDING_PATH.test(path);
    const thin = words < 25;
    if (landing) {
      add(out, 'off_community_link', 'high', span, 'This link sends people to a sign-up, pricing or landing page: off the community, into a funnel.', 'Answer in the thread; link only a specific help page that adds to the answer, if any.', '');
    } else if (thin) {
      add(out, 'off_community_link', 'medium', span, 'The reply mostly points away to the brand’s site instead of answering here.', 'Put the answer itself in the reply (the steps, the setting, the number); a link can follow as a source.');
    }
  }
  for (const p of spansOf(OFFSITE, d.lower)) {
    add(out, 'off_community_link', 'medium', { ...p, text: text.slice(p.start, p.end) }, 'The help is a pointer off the thread; the person (and everyone reading later) gets no answer here.', 'Say the answer in the reply itself; a link can follow as a source.');
  }
  return { brandLink };
}

function megaphone(d: Draft, names: Assessment, out: Finding[]): void {
  const { text, lower } = d;
  for (const s of spansOf(BROADCAST, lower)) {
    // "now available on Android" can answer a question; the announcement family cannot.
    const weak = /^(?:now available|stay tuned|big news|(?:is|are) (?:finally )?here)/.test(lower.slice(s.start, s.end));
    add(out, 'megaphone', weak ? 'low' : 'high', { ...s, text: text.slice(s.start, s.end) }, 'Announcement voice: a community reply is a conversation, not a press release.', 'Talk to this person about their situation; news can be mentioned in one plain sentence if it answers them.');
  }
  const supers = spansOf(SUPERLATIVES, lower);
  const pitches = namesOwn(names);
  for (const s of supers) {
    const claim = /#1|number one|best[- ]in[- ]class|industry[- ]leading|world[- ]class|revolution|game[- ]?chang|unparalleled|unmatched|second to none/.test(lower.slice(s.start, s.end));
    // One "game changer" about a thing nobody sells here is the writer's own enthusiasm; about
    // the brand's product or in the brand's "we" voice it is marketing copy.
    const sentence = sentenceAround(lower, s.start, s.end).text;
    const aboutUs = pitches || /\b(?:we|we're|our|ours|us)\b/.test(sentence);
    add(out, 'megaphone', supers.length >= 2 || (claim && aboutUs) ? 'medium' : 'low', { ...s, text: text.slice(s.start, s.end) }, `"${text.slice(s.start, s.end)}" is marketing language; people trust specifics, not superlatives.`, 'Replace it with a concrete fact (a number, a limit, what it does).');
  }
  // "we/our" far more than "you": the brand talking about itself.
  const we = (lower.match(/\b(?:we|we're|we've|we'll|our|ours|us)\b/g) ?? []).length;
  const you = (lower.match(/\b(?:you|you're|you've|you'll|your|yours|u)\b/g) ?? []).length;
  if (we >= 4 && we > 2 * you + 1) {
    add(out, 'megaphone', we >= 8 && we > 3 * you + 1 ? 'medium' : 'low', whole(text), `The reply says "we/our" ${we} times and "you" ${you}: it is about the brand, not the person.`, 'Rewrite around their problem: what they asked, what they can do, what you would do in their place.');
  }
}

function generic(d: Draft, thread: Thread | undefined, names: Assessment, threadNames: Assessment, out: Finding[]): void {
  // Their words quoted back count here: quoting them is referring to what they said.
  const text = d.original;
  const trimmed = text.trim();
  const words = trimmed.match(/[\p{L}\p{N}']+/gu) ?? [];
  const empty = EMPTY_AGREEMENT.exec(trimmed.toLowerCase());
  const lowerOriginal = text.toLowerCase();
  const boiler = spansOf(SUPPORT_BOILERPLATE, lowerOriginal);
  // What the draft says beyond the empty phrase and the boilerplate.
  let rest = trimmed.toLowerCase();
  if (empty) rest = rest.slice(empty[0].length);
  for (const b of boiler) rest = rest.replace(lowerOriginal.slice(b.start, b.end), ' ');
  rest = rest.replace(CHEER, ' ').replace(PLATITUDE, ' ');
  const author = thread?.author?.replace(/^[@u/]+/, '').toLowerCase();
  if (author) rest = rest.split(author).join(' ');
  const restWords = contentWords(rest);
  // What the reply adds beyond echoing them ("meal planning is so important" under a meal-planning post).
  const theirWords = thread ? contentWords(`${thread.title ?? ''} ${thread.body ?? ''}`) : new Set<string>();
  const added = [...restWords].filter((w) => !theirWords.has(w));
  // Padding is what the writer says: cheer inside a quote of their post is theirs.
  CHEER.lastIndex = 0;
  PLATITUDE.lastIndex = 0;
  const padded = empty !== null || CHEER.test(d.lower) || PLATITUDE.test(d.lower);
  PLATITUDE.lastIndex = 0;
  CHEER.lastIndex = 0;
  if (padded && (restWords.size < 4 || added.length < 4)) {
    add(out, 'generic', 'high', whole(text), 'Empty agreement: it adds nothing anyone could use, and reads as a brand collecting visibility.', 'Add something of substance: an answer, an experience, a question about their case, or do not reply.');
    return;
  }
  if (boiler.length > 0 && restWords.size < 6) {
    const b = boiler[0] as DraftSpan;
    add(out, 'generic', 'high', { ...b, text: text.slice(b.start, b.end) }, 'Support boilerplate: it could be pasted under any thread and helps no one here.', 'Respond to what they actually wrote: name the problem, give the next concrete step.');
    return;
  }
  if (!thread) return;
  // Does the draft touch anything the person said? Their content words, or a name or topic that
  // both mention (our own product named in the draft only is not their words).
  const theirs = contentWords(`${thread.title ?? ''} ${thread.body ?? ''}`);
  if (theirs.size < 3 || words.length < 4) return;
  const ours = contentWords(text);
  let shared = 0;
  for (const w of ours) if (theirs.has(w)) shared++;
  const threadTerms = new Set(threadNames.spans.map((s) => s.term));
  const namesShared = names.spans.some((s) => (s.kind === 'topic' || s.kind === 'competitor' || s.kind === 'product' || s.kind === 'brand') && threadTerms.has(s.term));
  // Different words can answer well ("bassinet seat" for "first flight with a baby"): a reply of
  // substance that shares none is only generic when it is short or pitches our own names.
  const pitches = namesOwn(names);
  // Asked "anyone know a helpdesk that…?", a reply naming two or more options answers it in their own terms.
  const options = new Set(names.spans.filter((x) => x.kind === 'brand' || x.kind === 'product' || x.kind === 'competitor').map((x) => x.term)).size;
  const answersAsk = threadNames.intents.includes('recommendation_request') && options >= 2;
  if (shared + (namesShared ? 1 : 0) === 0 && (ours.size < 10 || pitches) && !answersAsk) {
    add(out, 'generic', 'medium', whole(text), 'Nothing in the reply refers to what they wrote: it could sit under any thread.', 'Answer their specific question or situation; use their words (the model, the error, the use) so they know you read it.');
    return;
  }
  // An empty opener ("Great question!") and then nothing of theirs but a word or two: a pitch in a compliment.
  if (empty && shared <= 1 && !namesShared) {
    add(out, 'generic', 'medium', { start: 0, end: empty[0].length, text: text.slice(0, empty[0].length) }, 'An empty opener, then nothing about what they asked.', 'Drop the opener and answer their question.');
  }
}

function disclosure(d: Draft, c: Compiled, names: Assessment, brandLink: boolean, out: Finding[]): void {
  const { text, lower } = d;
  const named = names.spans.filter((s) => s.kind === 'brand' || s.kind === 'product' || s.kind === 'domain' || s.kind === 'competitor');
  if (named.length === 0 && !brandLink) return;
  if (disclosed(lower, c)) return;
  const first = named[0];
  const span = first ? { start: first.start, end: first.end, text: text.slice(first.start, first.end) } : whole(text);
  const tags = spansOf(WEAK_TAGS, text);
  const who = c.profile.brandNames[0] ?? 'the brand';
  const what = first?.kind === 'competitor' ? `names ${first.text}, a competitor,` : brandLink && !first ? `links to ${who}'s site` : `names ${first?.text ?? who}`;
  const message =
    tags.length > 0
      ? `The reply ${what} and only carries a tag (${tags.map((t) => t.text.trim()).join(', ')}); tags are too weak to disclose that you work for ${who}.`
      : `The reply ${what} without saying you work for ${who}. Readers must learn it next to the claim, not from your bio.`;
  // The one-click fix puts the disclosure right after the first mention.
  add(out, 'missing_disclosure', 'high', span, message, `Say it in plain words where you name it, e.g. "(I work at ${who})".`, `${span.text} (I work at ${who})`);
}

/** Does the draft say, in plain words, that the writer works for (or makes) the brand? */
function disclosed(lower: string, c: Compiled): boolean {
  if (DISCLOSURE_GENERIC.test(lower)) return true;
  const names = [...c.brandWords, ...c.domains].filter((n) => n.length >= 2).map(escapeRe);
  if (names.length === 0) return /\b(?:i|we) (?:work|worked) (?:at|for|on)\b/.test(lower);
  const n = `(?:the )?(?:${names.join('|')})(?:'s)?`;
  const role = "(?:employee|staffer|founder|co-?founder|ceo|cto|coo|cmo|pm|product manager|engineer|developer|dev|devrel|developer advocate|advocate|designer|marketer|community manager|cm|support(?: agent| lead| engineer| team| person| rep)?|rep|representative|team member|intern|maker|owner|creator|maintainer|cofounder|person|guy|gal|folks?)";
  const patterns = [
    `\\b(?:i|we) (?:currently )?(?:work|worked|am working) (?:at|for|on|with) ${n}`,
    `\\b(?:i'?m|i am|we'?re|we are) (?:on|with|from|part of|one of the \\w+ (?:at|on|behind)) ${n}`,
    `\\b(?:i'?m|i am) (?:on|in) (?:the )?(?:${names.join('|')}) (?:team|support|crew|staff)`,
    `\\b(?:on|in|from|with|at) (?:the )?(?:${names.join('|')})(?:'s)? (?:[\\w&-]+ ){0,2}(?:team|staff|crew|department|desk)\\b`,
    `\\b${n} (?:[\\w-]+ ){0,2}(?:${role}|team|crew|staff)s?(?: here|,| —| -|\\))`,
    `\\b(?:i|we) work (?:at|for|on|in|with) [^.!?\\n]{0,60}?${n}`,
    `\\b(?:i'?m|i am) at ${n}`,
    // A job title before the name: "As Head of Growth at Parrot", "I'm the QA lead for Relay".
    `\\b(?:as|i'?m|i am)\\s+(?:the\\s+|a\\s+|an\\s+|one of the\\s+)?(?!(?:customer|user|fan|subscriber|member|client|buyer|reviewer|longtime|happy)\\b)(?:[\\w-]+\\s+){1,4}(?:at|of|for|on|with)\\s+${n}`,
    `\\b(?:i'?m|i am|as) (?:the |a |an |one of the )?(?:${role})s? (?:at|of|for|on|behind|with) ${n}`,
    `\\b(?:i|we) (?:make|built|build|made|created|run|maintain|designed|started|founded|own) ${n}`,
    `\\b(?:one of the|among the) (?:people|folks|devs|developers|engineers|team|makers) (?:behind|at|building|working on) ${n}`,
    `\\b(?:i|we) (?:help )?(?:build|make|work on|design|run support for) ${n}`,
    `\\baffiliated with ${n}`,
    `\\b${n} (?:here|team here)\\b`,
    `\\b(?:i'?m|i am|we'?re|we are) (?:on|in|part of) (?:the |our )?[\\w -]{0,24}team (?:at|for|of|behind) ${n}`,
    `\\b(?:i|we) (?:lead|run|manage|head|do|handle|own|build|work on) [\\w &/,'-]{0,44}(?:at|for|on) ${n}`,
    // Other languages: "trabajo en Spark", "je travaille chez Kite", "ich arbeite bei Drift".
    `\\b(?:trabajo (?:en|para|con)|soy (?:parte )?del equipo de|formo parte de|je travaille (?:chez|pour|sur|à)|je bosse (?:chez|pour)|je fais partie de (?:l'équipe )?|ich arbeite (?:bei|für|an)|trabalho (?:na|no|para|em)|lavoro (?:per|in|da|presso|a)|ik werk (?:bij|voor)) ${n}`,
    `\\bwho (?:works?|worked) (?:at|for|on) ${n}`,
    `\\b(?:from|at) ${n} here\\b`,
    `\\b(?:we|us|folks|people|team) (?:here )?at ${n}`,
    `\\bhere at ${n}`,
    `\\bour (?:team|support team|engineers|devs|designers|folks) (?:at|on) ${n}`,
  ];
  return new RegExp(patterns.join('|')).test(lower);
}

function competitors(d: Draft, c: Compiled, names: Assessment, out: Finding[]): void {
  const { text } = d;
  const flagged = new Set<number>();
  const flag = (sentence: DraftSpan, who: string) => {
    if (flagged.has(sentence.start)) return;
    flagged.add(sentence.start);
    add(out, 'attacks_competitor', 'high', sentence, `Running down ${who} makes the brand look small and the reply untrustworthy.`, `Compare fairly and specifically: what ${who} does well, where yours differs, and for whom.`);
  };
  for (const s of names.spans.filter((x) => x.kind === 'competitor')) {
    const sentence = sentenceAround(text, s.start, s.end);
    const lowered = sentence.text.toLowerCase();
    if (STEER_OFF.test(text.slice(Math.max(0, s.start - 24), s.start).toLowerCase())) {
      flag(sentence, s.text);
      continue;
    }
    const insult = INSULTS.exec(lowered) ?? COMPANY_INSULTS.exec(lowered);
    // "Breville isn't junk" / "X isn't a toy": a defence, not an attack.
    if (insult && !/\b(?:not|isn'?t|aren'?t|never|wasn'?t|no)\s+(?:\w+\s+)?$/.test(lowered.slice(0, insult.index))) {
      flag(sentence, s.text);
      continue;
    }
    // "…better than SendGrid at this point. Their support is a joke": the next sentence goes on
    // about the rival by pronoun.
    const next = /^\s*([^.!?\n]+[.!?]?)/.exec(text.slice(sentence.end));
    if (!next?.[1] || !/^(?:their|they|they'?re|them|its|it'?s|that company|that app|the company)\b/i.test(next[1])) continue;
    const said = next[1].toLowerCase();
    const hit = COMPANY_INSULTS.exec(said) ?? INSULTS.exec(said);
    if (!hit || /\b(?:not|isn'?t|aren'?t|never|wasn'?t|no)\s+(?:\w+\s+)?$/.test(said.slice(0, hit.index))) continue;
    const start = sentence.end + next[0].length - next[1].length;
    flag({ start, end: start + next[1].length, text: next[1] }, s.text);
  }
  // Rivals the profile does not list: an insult in a sentence that names another company.
  const ours = new Set(c.brandWords.flatMap((w) => w.split(/\s+/)));
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const sentence = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (flagged.has(sentence.start)) continue;
    const lowered = sentence.text.toLowerCase();
    // Only words said of a company ("a joke", "shady"), not of a situation ("the worst part").
    const insult = COMPANY_INSULTS.exec(lowered);
    if (!insult || /\b(?:not|isn'?t|aren'?t|never|wasn'?t|no)\s+(?:\w+\s+)?$/.test(lowered.slice(0, insult.index))) continue;
    const proper = [...sentence.text.matchAll(/(?<=\S\s+)(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,4}|[A-Z][a-z]{2,})\b/g)].map((x) => x[0]).filter((w) => !ours.has(w.toLowerCase()) && !/^(?:I|I'm|OP|TL|DR|HN|EDIT|PS)$/.test(w) && !ACRONYM.test(w.toUpperCase()));
    // "Rad's quality control": a capitalised possessive is a name even when the word is everyday.
    const name = proper.find((w) => !isEverydayCapital(w) || new RegExp(`\\b${w}'s\\b`).test(sentence.text));
    if (name) flag(sentence, name);
  }
}

/**
 * A name that is also an everyday word, written in lower case by someone who capitalises
 * elsewhere, is the word, not the name: "a rainy day fund" (Rainy Day, a product), "the drone
 * will drift" (Drift), "match with people nearby" (Match). Handles, hashtags and links still count.
 */
function ordinaryWordsOut(names: Assessment, text: string): Assessment {
  if ((text.match(/[A-Z]/g) ?? []).length < 2) return names;
  const spans = names.spans.filter((s) => {
    if (s.kind !== 'brand' && s.kind !== 'product' && s.kind !== 'competitor') return true;
    const written = text.slice(s.start, s.end);
    if (written !== written.toLowerCase() || /[@#/.]/.test(text.slice(Math.max(0, s.start - 1), s.start))) return true;
    const words = written.split(/[\s-]+/).filter(Boolean);
    return !(words.length > 0 && words.every((w) => isCommonWord(w)));
  });
  return spans.length === names.spans.length ? names : { ...names, spans };
}

/** A capitalised everyday word ("Honestly", "Avoid") is not a company. */
function isEverydayCapital(word: string): boolean {
  return /^[A-Z][a-z]+$/.test(word) && isCommonWord(word.toLowerCase());
}

function dismissalsCount(lower: string): number {
  return spansOf(DISMISSIVE, lower).length;
}

function complaints(d: Draft, thread: Thread | undefined, threadIntents: readonly string[], threadSentiment: number, out: Finding[]): void {
  const { text, lower } = d;
  const dismissals = spansOf(DISMISSIVE, lower);
  const complaint = threadIntents.includes('complaint') || threadSentiment < -0.2 || dismissalsCount(d.lower) >= 2;
  // "We're sorry to hear that. Per our policy…" is a formula, not an apology.
  const owns = OWNS_IT.test(lower.replace(FORMULA_APOLOGY, ' '));
  for (const s of dismissals) {
    const span = { ...s, text: text.slice(s.start, s.end) };
    add(
      out,
      'dismisses_complaint',
      complaint ? (owns ? 'medium' : 'high') : BLATANT.test(lower.slice(s.start, s.end)) ? 'medium' : 'low',
      span,
      complaint
        ? `"${span.text}" brushes off someone who had a bad experience; everyone reading takes their side.`
        : `"${span.text}" sounds defensive.`,
      'Own it: say sorry for their experience, say what you will do or what they can try, and follow up here.',
      '',
    );
  }
  if (!complaint || owns) return;
  for (const s of spansOf(DEFENDS, lower)) {
    const span = { ...s, text: text.slice(s.start, s.end) };
    add(
      out,
      'dismisses_complaint',
      'high',
      span,
      `"${span.text}" defends the company to someone who had a bad experience, and owns nothing.`,
      'Own it: say sorry for their experience, say what you will do or what they can try, and follow up here.',
    );
  }
}

function formatting(d: Draft, out: Finding[]): void {
  const { text, site } = d;
  const tags = spansOf(HASHTAG, text).map((s) => (s.text.startsWith('#') ? s : { start: s.start + 1, end: s.end, text: s.text.slice(1) }));
  if (tags.length >= 3) {
    const span = { start: (tags[0] as DraftSpan).start, end: (tags[tags.length - 1] as DraftSpan).end, text: text.slice((tags[0] as DraftSpan).start, (tags[tags.length - 1] as DraftSpan).end) };
    add(out, 'spam_format', tags.length >= 4 ? 'high' : 'medium', span, `${tags.length} hashtags: a reply stuffed with tags reads as marketing.`, 'Keep one hashtag at most, and only if the community uses it.');
  }
  const emoji = spansOf(EMOJI, text);
  const run = /(?:\p{Extended_Pictographic}[\uFE0F\u200D\s]*){3,}/u.exec(text);
  if (emoji.length >= 5 || run) {
    const span = run ? { start: run.index, end: run.index + run[0].length, text: run[0] } : { start: (emoji[0] as DraftSpan).start, end: (emoji[emoji.length - 1] as DraftSpan).end, text: text.slice((emoji[0] as DraftSpan).start, (emoji[emoji.length - 1] as DraftSpan).end) };
    add(out, 'spam_format', 'medium', span, 'A wall of emoji reads as a brand account, not a person.', 'Keep one emoji at most where the site’s culture uses them.');
  }
  // Code (`SERIALIZABLE`, a code block) and words outside the dictionary (acronyms, identifiers) are not shouting.
  const prose = text.replace(/```[^]*?```|`[^`\n]*`|^(?: {4}|\t).*$/gm, (m) => ' '.repeat(m.length));
  const shouts = spansOf(SHOUT, prose).filter((s) => {
    const word = s.text.replace(/[!']/g, '');
    return !ACRONYM.test(word) && !/\d/.test(word) && isCommonWord(word.toLowerCase());
  });
  // Two shouted words with an exclamation ("SO TRUE!!"), three anywhere, or "!!!".
  const excited = shouts.length >= 2 && shouts.some((x) => /!/.test(text.slice(x.end, x.end + 3)) || /!/.test(x.text));
  // Many capitals among few words shout; three SQL keywords in a long answer do not.
  const wordCount = (prose.match(/[\p{L}\p{N}']+/gu) ?? []).length;
  const loud = shouts.length >= 3 && (shouts.length >= wordCount * 0.2 || /!/.test(text));
  if (loud || excited || /!!!/.test(text)) {
    const s = shouts[0] ?? { start: text.indexOf('!!!'), end: text.indexOf('!!!') + 3, text: '!!!' };
    add(out, 'spam_format', shouts.length >= 3 ? 'high' : 'medium', s, 'Capitals and stacked exclamation marks shout.', 'Write in sentence case; let the content carry the emphasis.');
  }
  const limit = SITE_LIMITS[site];
  if (limit !== undefined && [...text].length > limit) {
    const cut = text.length - ([...text].length - limit);
    add(out, 'site_format', 'high', { start: Math.max(0, cut), end: text.length, text: text.slice(Math.max(0, cut)) }, `${[...text].length} characters: ${site === 'x' ? 'X' : site} takes ${limit}; everything after this point is cut.`, 'Keep the one thing that helps most; put the rest in a follow-up reply only if they ask.');
  } else if (SHORT_FORM.has(site) && (text.match(/\n\s*\n/g) ?? []).length >= 3) {
    add(out, 'site_format', 'low', whole(text), 'Several paragraphs on a short-form site.', 'One or two sentences fit here.');
  }
  if (site === 'hacker-news') {
    const md = /^#{1,6}\s|^\s*[-*]\s+\*\*|\*\*[^*\n]+\*\*|^\s*>\s*\*\*/m.exec(text);
    if (md) add(out, 'site_format', 'medium', { start: md.index, end: md.index + md[0].length, text: md[0] }, 'Hacker News shows plain text: markdown headers and bold come through as symbols, and read as marketing copy.', 'Write plain paragraphs; use *italics* sparingly (the only formatting HN renders).');
    if (emoji.length > 0) {
      const e = emoji[0] as DraftSpan;
      add(out, 'site_format', 'medium', e, 'Emoji are out of place on Hacker News (and are stripped from many).', 'Remove the emoji.', '');
    }
  }
  if (site === 'stack-exchange' && /^\W*(?:hi|hello|hey|thanks|thank you)\b/i.test(text.trim()) && text.length < 120) {
    add(out, 'site_format', 'low', sentenceAround(text, 0, 1), 'Stack Exchange answers skip greetings and thanks.', 'Start with the answer.', '');
  }
}

/**
 * Review a draft reply. `context.profile` may be partial; `context.thread` (the post answered)
 * lets the review check that the reply refers to what the person said and meets a complaint
 * with ownership.
 */
export function reviewReply(draft: string, context: ReplyContext): ReplyReview {
  const c = prepare(context.profile);
  const text = draft.slice(0, 40_000);
  const site = context.site ?? context.thread?.site ?? 'reddit';
  const said = straightApostrophes(maskQuotes(text, context.thread));
  const lower = said.toLowerCase();
  // toLowerCase changes the length of a few characters (İ); match on an equal-length copy then.
  const askedPrice = /\$|€|£|\b(?:price|prices|pricing|cost|costs|costly|cheap|cheaper|expensive|budget|afford|pay|paying|worth it|how much|plan|plans|subscription|fee|fees)\b/i.test(`${context.thread?.title ?? ''} ${context.thread?.body ?? ''}`);
  const d: Draft = { askedPrice, text: said, original: straightApostrophes(text), lower: lower.length === said.length ? lower : [...said].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join(''), site };
  const findings: Finding[] = [];
  if (text.trim().length === 0) {
    return { score: 0, verdict: 'needs_work', findings: [{ code: 'generic', severity: 'high', message: 'The draft is empty.', span: whole(text), fix: 'Write a reply to what they said.' }] };
  }
  const names = ordinaryWordsOut(assessCompiled({ site, body: text }, c.compiled), text);
  const threadAssessment = context.thread ? assessCompiled({ site, ...context.thread, body: context.thread.body ?? '' }, c.compiled) : undefined;

  hardSell(d, findings);
  const { brandLink } = offCommunity(d, c, findings);
  megaphone(d, names, findings);
  generic(d, context.thread, names, threadAssessment ?? names, findings);
  disclosure(d, c, names, brandLink, findings);
  competitors(d, c, names, findings);
  complaints(d, context.thread, threadAssessment?.intents ?? [], threadAssessment?.sentiment ?? 0, findings);
  formatting(d, findings);

  const merged = mergeOverlaps(findings);
  findings.length = 0;
  findings.push(...merged);
  // Spans quote the draft as written (the checks ran on a copy with the thread's quoted words blanked).
  for (const x of findings) x.span = { start: x.span.start, end: x.span.end, text: text.slice(x.span.start, x.span.end) };
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.span.start - b.span.start);
  const score = Math.max(0, Math.min(100, 100 - findings.reduce((s, f) => s + PENALTY[f.severity], 0)));
  const verdict = findings.some((f) => f.severity !== 'low') ? 'needs_work' : 'good';
  return { score, verdict, findings };
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** One finding for one problem: same-code findings whose spans overlap become one, the strongest kept. */
function mergeOverlaps(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)) {
    const prev = out.find((o) => o.code === f.code && f.span.start <= o.span.end && o.span.start <= f.span.end);
    if (!prev) {
      out.push(f);
      continue;
    }
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[prev.severity]) prev.severity = f.severity;
    const start = Math.min(prev.span.start, f.span.start);
    const end = Math.max(prev.span.end, f.span.end);
    // A one-click fix only stands for the span it was made for.
    if (start !== prev.span.start || end !== prev.span.end) {
      if (f.span.start === start && f.span.end === end && f.replacement !== undefined) prev.replacement = f.replacement;
      else delete prev.replacement;
    }
    prev.span = { start, end, text: '' };
  }
  return out;
}
