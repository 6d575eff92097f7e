import type { Assessment, Intent, Level, MatchKind, MatchSpan } from '../assessment';
import type { PostInput } from '../post';
import { communityKey, type CompiledProfile, type TermKind } from './compile';
import { MAX_CHARS, mayMention, type Prefilter } from './prefilter';
import { intentFeatureHashes, intentFeatures, intentsFromScores, scorePost, type Role } from './intent-model';
import { detectIntents, sentenceKey, type IntentHit } from './intents';
import { confirmAmbiguous, matchField, type Match, type Matches, type PartialMatch } from './match';
import { sentimentOf } from './sentiment';
import { originalIndex } from './text';
import { CAPITAL, tokenize, type Field, type Token } from './tokens';

/** Long posts are judged on their opening: that is where people say what they want. */

const SPAN_KIND: Record<TermKind, MatchKind> = {
  brand: 'brand',
  product: 'product',
  competitor: 'competitor',
  topic: 'topic',
  interest: 'interest',
  context: 'interest',
  exclusion: 'exclusion',
};

function span(field: Field, first: number, last: number, kind: MatchKind, term: string): MatchSpan {
  const a = field.tokens[first] as Token;
  const b = field.tokens[last] as Token;
  const len = field.original.length;
  const start = originalIndex(field.folded, a.start, len);
  const end = originalIndex(field.folded, b.end, len);
  return { field: field.name, start, end, text: field.original.slice(start, end), kind, term };
}

function hitSpan(hit: IntentHit): MatchSpan {
  const len = hit.field.original.length;
  const start = originalIndex(hit.field.folded, hit.start, len);
  const end = originalIndex(hit.field.folded, hit.end, len);
  return { field: hit.field.name, start, end, text: hit.field.original.slice(start, end), kind: 'intent', term: hit.intent };
}

/**
 * Words just before a brand or product name that say the writer works there ("I work at",
 * "I'm the founder of", "disclosure: I work for"), and just after it ("Brightbrew here",
 * "Brightbrew support here"). Folded text: lower case, plain quotes.
 */
const OWN_BEFORE =
  /\b(?:(?:i|we)(?:'m| am|'re| are)? work(?:ing)?(?: [a-z-]+){0,3} (?:at|for|on)|(?:i'm|i am|we're|we are) (?:part of|(?:the |a |an )?(?:founder|co-?founder|ceo|cto|pm|product manager|engineer|developer|designer|community manager|developer advocate|dev ?rel|support lead|employee)s? (?:at|of|for|with|on))) (?:the )?$/;
const OWN_AFTER = /^(?:'s)?(?: (?:team|support|staff|founder|devs?|developers?))? here\b/;
/** "I'm on the Beacons team" (but "I'm on Haven" is a customer on a plan). */
const TEAM_BEFORE = /\b(?:i'm|i am|we're|we are|i work|we work) on (?:the )?$/;
const TEAM_AFTER = /^(?:'s)? team\b/;

/** The writer says they work for the brand: their post is the brand's own voice, not a thread to answer. */
function writtenByBrand(names: readonly Match[]): string | undefined {
  for (const m of names) {
    const text = m.field.folded.text;
    const a = m.field.tokens[m.first] as Token;
    const b = m.field.tokens[m.last] as Token;
    const before = text.slice(Math.max(0, a.start - 70), a.start);
    const after = text.slice(b.end, b.end + 30);
    if (OWN_BEFORE.test(before) || OWN_AFTER.test(after) || (TEAM_BEFORE.test(before) && TEAM_AFTER.test(after))) return m.entry.label;
  }
  return undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

interface Evidence {
  brand: Match[];
  competitors: Match[];
  topics: Match[];
  interests: Match[];
  context: Match[];
  weak: Match[];
  partials: PartialMatch[];
  /** Topics reached through two or more of their distinctive words ("shoes for trail running"). */
  strongPartialGroups: Set<string>;
  domainLinked: boolean;
}

function gather(matches: Matches, compiled: CompiledProfile): Evidence {
  const confirmed = matches.terms.filter((m) => m.confirmed);
  const byKind = (k: TermKind) => confirmed.filter((m) => m.entry.kind === k);
  const topicGroups = new Set(byKind('topic').map((m) => m.entry.group));
  const partials = matches.partials.filter((p) => !topicGroups.has(p.group));
  const wordsByGroup = new Map<string, Set<string>>();
  for (const p of partials) {
    const set = wordsByGroup.get(p.group) ?? new Set<string>();
    set.add(p.word);
    wordsByGroup.set(p.group, set);
  }
  const strongPartialGroups = new Set<string>();
  for (const [group, words] of wordsByGroup) {
    const total = compiled.topicWords.get(group) ?? 1;
    if (words.size >= 2 || (total === 1 && words.size === 1)) strongPartialGroups.add(group);
  }
  return {
    brand: [...byKind('brand'), ...byKind('product')],
    competitors: byKind('competitor'),
    topics: byKind('topic'),
    interests: byKind('interest'),
    context: matches.context,
    weak: matches.terms.filter((m) => !m.confirmed),
    partials,
    strongPartialGroups,
    domainLinked: confirmed.some((m) => m.social && m.field.tokens[m.first]?.w.includes('.')),
  };
}

const STRONG_COMPARISON =
  /\b(?:vs\.?|versus|compar(?:e|es|ed|ing|ison)|switch(?:ed|ing)?(?: over)? (?:from|to|back)|mov(?:e|ed|ing)(?: over)? (?:from|to)|migrat\w* (?:from|to|off)|instead of|better than|worse than|cheaper than|prefer(?:red|s)?|decid(?:e|ing) between|torn between|choosing between|evaluat(?:e|ed|ing)|shortlist\w*|narrowed|side[- ]by[- ]side|head[- ]to[- ]head|regret (?:not )?(?:just )?(?:getting|buying|going with)|jump(?:ed|ing)? ship|swap(?:ped|ping)?|traded|picked \w+ over|chose \w+ over|beats?|outclass\w*|ranking|ranked|tier list|(?:switch|mov|migrat)\w* [^.!?\n]{0,30}\bfrom|did \w+ better|does \w+ better|over the|than (?:my|the|our)|into the mix)\b/;
const ALTERNATIVE_TO =
  /\b(?:alternatives? (?:to|for)|replac\w*|instead of|closest thing to|similar to|something like|equivalent (?:to|of)|switch(?:ed|ing)? (?:away )?from|mov(?:e|ed|ing) (?:away )?from|leav(?:e|ing)|ditch(?:ed|ing)?|cancel(?:l?ed|l?ing)?|fed up with|done with|migrat\w* (?:off|from)|where (?:is|are) everyone going|what are people moving to)\b/;
const BESIDE = /^\s*(?:vs\.?|versus|or|compared (?:to|with)|over)\s*$/;

/**
 * Is the post weighing the brand or its rivals against each other, or against something else?
 * Two of the profile's names with a comparing word, a rival with "alternatives to", a request to
 * choose that names two of them, or a name set against another product ("Exos vs Southwest").
 */
function isComparison(fields: Field[], names: Match[], asksToChoose: boolean): boolean {
  const competitors = names.filter((m) => m.entry.kind === 'competitor');
  if (competitors.length === 0 && names.length === 0) return false;
  const groups = new Set(names.map((m) => (m.entry.kind === 'competitor' ? m.entry.group : 'brand')));
  // The comparing word must sit in a sentence that names one of them (or in the title).
  const namedSentences = names.map((m) => m.field.sentences.find((x) => x.firstToken <= m.first && m.first < x.endToken)?.text ?? '');
  const titles = fields.filter((f) => f.name === 'title').map((f) => f.folded.text);
  const cued = [...namedSentences, ...titles].some((t) => STRONG_COMPARISON.test(t));
  if (competitors.length > 0 && groups.size >= 2 && (cued || asksToChoose)) return true;

  for (const m of names) {
    const tokens = m.field.tokens;
    const sentence = m.field.sentences.find((x) => x.firstToken <= m.first && m.first < x.endToken);
    if (!sentence) continue;
    const sentenceText = sentence.text;
    // Two names in one sentence joined by "or"/"vs": "Mill 60 or Baratza Sette?".
    const others = names.filter((o) => o !== m && o.field === m.field && o.first > m.last && (tokens[o.first]?.sentence ?? -1) === tokens[m.first]?.sentence);
    for (const o of others) {
      const between = m.field.folded.text.slice(tokens[m.last]?.end ?? 0, tokens[o.first]?.start ?? 0);
      // "and" only joins them ("a used Gaggia and a Baratza" is two rivals named in passing).
      if (/\b(?:vs\.?|versus|or|than|over)\b/.test(between) && (groups.size >= 2 || competitors.length >= 2)) return true;
    }
    if (m.entry.kind === 'competitor' && ALTERNATIVE_TO.test(sentenceText)) return true;
    // A name set against another product: "<name> vs Something", "Something or <name>?".
    const after = tokens[m.last + 1];
    const after2 = tokens[m.last + 2];
    if (after && after2 && BESIDE.test(m.field.folded.text.slice(tokens[m.last]?.end ?? 0, after2.start)) && after2.flags & CAPITAL) return true;
    const before = tokens[m.first - 1];
    const before2 = tokens[m.first - 2];
    if (before && before2 && BESIDE.test(m.field.folded.text.slice(before2.end, tokens[m.first]?.start ?? 0)) && before2.flags & CAPITAL) return true;
  }
  return false;
}

interface CommunityContext {
  /** Profile terms in the community's name: context for ambiguous names, a hint of the topic. */
  hints: number;
  /** The community itself names the brand or a product (a brand forum, a review video of it). */
  brand: boolean;
  /** It names a competitor (r/ynab, a video about a rival): the brand's space, as a rival named in the post is. */
  rival: boolean;
}

const communityCache = new WeakMap<CompiledProfile, Map<string, CommunityContext>>();
const NO_COMMUNITY: CommunityContext = { hints: 0, brand: false, rival: false };

/** What a community's name says about the profile. A feed repeats its communities: cached. */
function communityOf(community: string, compiled: CompiledProfile): CommunityContext {
  let cache = communityCache.get(compiled);
  if (!cache) communityCache.set(compiled, (cache = new Map()));
  let context = cache.get(community);
  if (context === undefined) {
    const around: Matches = { terms: [], partials: [], exclusions: [], context: [] };
    matchField(tokenize('title', community.slice(0, 300).replace(/^\/?(?:r|c|m)\//, '#')), compiled, around);
    confirmAmbiguous(around);
    context = {
      hints: around.terms.length + around.partials.length,
      brand: around.terms.some((m) => m.confirmed && (m.entry.kind === 'brand' || m.entry.kind === 'product')),
      rival: around.terms.some((m) => m.confirmed && m.entry.kind === 'competitor'),
    };
    if (cache.size >= 1000) cache.clear();
    cache.set(community, context);
  }
  return context;
}

/** The cue rules' verdict: the hits, and a comparison where the profile's names are weighed. */
function ruleIntentsOf(fields: Field[], ev: Evidence, hits: IntentHit[]): Set<Intent> {
  const intents = new Set<Intent>(hits.map((h) => h.intent));
  if (isComparison(fields, [...ev.brand, ...ev.competitors], intents.has('recommendation_request'))) {
    intents.add('competitor_comparison');
    // Asking which of two to take is asking for a recommendation.
    if (intents.has('question')) intents.add('recommendation_request');
  }
  return intents;
}

/** For the learned model's features: which tokens are the profile's names, in which role. */
function marksOf(ev: Evidence): Map<Field, Map<number, [Role, number]>> {
  const marks = new Map<Field, Map<number, [Role, number]>>();
  const mark = (field: Field, first: number, last: number, role: Role) => {
    let map = marks.get(field);
    if (!map) marks.set(field, (map = new Map()));
    const had = map.get(first);
    if (!had || had[1] < last) map.set(first, [role, last]);
  };
  for (const m of ev.brand) mark(m.field, m.first, m.last, 'zbrand');
  for (const m of ev.competitors) mark(m.field, m.first, m.last, 'zrival');
  for (const m of [...ev.topics, ...ev.interests]) mark(m.field, m.first, m.last, 'ztopic');
  for (const p of ev.partials) mark(p.field, p.token, p.token, 'ztopic');
  return marks;
}

const looseCache = new WeakMap<CompiledProfile, Map<string, boolean>>();

/** The feed path's first look (shared with the content script, which runs it on the page). */
function mentionsAnything(post: PostInput, pf: Prefilter, compiled: CompiledProfile): boolean {
  let cache = looseCache.get(compiled);
  if (!cache) looseCache.set(compiled, (cache = new Map()));
  return mayMention(post, pf, cache);
}

function levelScore(level: Level, strength: number): number {
  const s = Math.max(0, Math.min(1, strength));
  switch (level) {
    case 'high':
      return 0.65 + 0.35 * s;
    case 'medium':
      return 0.38 + 0.22 * s;
    case 'low':
      return 0.15 + 0.18 * s;
    default:
      return 0.1 * s;
  }
}

/**
 * Judge one post against a compiled profile. Pure and synchronous: the content script calls it
 * for every post it reads, so it stays cheap (one pass to tokenise, map lookups per word, a few
 * regular expressions per sentence).
 */
export interface AssessOptions {
  /**
   * The feed path (the content script): a post that holds no profile word at all is judged
   * "none" at once, without reading intents. The public API reads every post fully.
   */
  skipUnrelated?: boolean;
  /** Training (scripts/train-intents.mjs): receives the learned model's features and the rules' intents. */
  onIntentFeatures?: (features: string[], ruleIntents: ReadonlySet<Intent>, hashes: ReadonlySet<number>) => void;
}

const UNRELATED: Assessment = Object.freeze({
  score: 0,
  level: 'none',
  intents: [],
  sentiment: 0,
  mentionsBrand: false,
  priority: 0,
  reasons: [],
  spans: [],
}) as Assessment;

export function assessCompiled(post: PostInput, compiled: CompiledProfile, options: AssessOptions = {}): Assessment {
  // The profile's per-site switch: a site turned off surfaces nothing.
  if (compiled.profile.sites[post.site] === false) return { ...UNRELATED, intents: [], reasons: ['Rapport is turned off for this site'], spans: [] };
  if (options.skipUnrelated && compiled.prefilter && !mentionsAnything(post, compiled.prefilter, compiled)) {
    return { ...UNRELATED, intents: [], reasons: [], spans: [] };
  }
  const fields: Field[] = [];
  if (post.title) fields.push(tokenize('title', post.title.slice(0, MAX_CHARS)));
  fields.push(tokenize('body', post.body.slice(0, MAX_CHARS)));

  const matches: Matches = { terms: [], partials: [], exclusions: [], context: [] };
  for (const field of fields) matchField(field, compiled, matches);
  // The community (subreddit, forum category, the video a comment sits under) is context: it
  // can show an everyday word is meant as the brand, and hints at the topic, but is not the post.
  const community = post.community ? communityOf(post.community, compiled) : NO_COMMUNITY;
  const communityHints = community.hints;
  confirmAmbiguous(matches, communityHints > 0);
  // Feed path: the prefilter is coarse ("trai" also opens "train"); with no profile evidence after
  // matching, the verdict is "none" whatever the intents, so they are not read.
  if (options.skipUnrelated && matches.terms.length + matches.partials.length + matches.context.length + communityHints === 0) {
    return { ...UNRELATED, intents: [], reasons: matches.exclusions[0] ? [`excluded by "${matches.exclusions[0].entry.label}"`] : [], spans: [] };
  }
  const ev = gather(matches, compiled);

  const { hits, askingSentences, ruledOut } = detectIntents(fields);
  const ruleIntents = ruleIntentsOf(fields, ev, hits);
  let intents = ruleIntents;
  if (compiled.intentModel || options.onIntentFeatures) {
    const marks = marksOf(ev);
    options.onIntentFeatures?.(intentFeatures(fields, marks, ruleIntents, post.site), ruleIntents, intentFeatureHashes(fields, marks, ruleIntents, post.site));
    if (compiled.intentModel) {
      intents = intentsFromScores(scorePost(compiled.intentModel, fields, marks, ruleIntents, post.site), ruleIntents);
      for (const intent of ruledOut) intents.delete(intent);
      // A comparison of the brand's space needs one of its names, in the post or its community,
      // and, when the rules did not see one, a comparing word: two rivals named in passing are not compared.
      if (ev.brand.length + ev.competitors.length === 0 && !community.brand && !community.rival) intents.delete('competitor_comparison');
      if (
        intents.has('competitor_comparison') &&
        !ruleIntents.has('competitor_comparison') &&
        !fields.some((f) => STRONG_COMPARISON.test(f.folded.text) || ALTERNATIVE_TO.test(f.folded.text))
      ) {
        intents.delete('competitor_comparison');
      }
      // Asking what to choose is asking: a request the model alone finds needs a question with it.
      if (!ruleIntents.has('recommendation_request') && !intents.has('question')) intents.delete('recommendation_request');
    }
  }

  const mentionsBrand = ev.brand.length > 0;
  const competitorGroups = unique(ev.competitors.map((m) => m.entry.group));
  const topicGroups = unique(ev.topics.map((m) => m.entry.group));
  const asks = intents.has('question') || intents.has('recommendation_request');
  // Partial topic words count when the asking happens where they are, or in the title; a phrase's
  // head word alone ("switches" of "keyboard switches") is too general to make a post engage-worthy.
  const partialAttached = ev.partials.some(
    (p) => !p.head && (p.field.name === 'title' || askingSentences.has(sentenceKey(p.field, p.field.tokens[p.token]?.sentence ?? -1)) || askingSentences.has('title:0')),
  );
  const strongPartial = ev.strongPartialGroups.size > 0;
  // Under a video or in a forum about the brand, the post is about the brand even when it does not name it.
  const aboutBrand = mentionsBrand || community.brand;
  const inSpace = aboutBrand || competitorGroups.length > 0 || topicGroups.length > 0 || strongPartial || community.rival;
  const complaint = intents.has('complaint');
  const praise = intents.has('praise');
  const comparison = intents.has('competitor_comparison');

  let level: Level = 'none';
  if (aboutBrand && (complaint || asks || praise || comparison)) level = 'high';
  else if (comparison) level = 'high';
  else if ((topicGroups.length > 0 || competitorGroups.length > 0 || strongPartial) && asks) level = 'high';
  else if (ev.partials.length > 0 && asks && partialAttached) level = 'high';
  // A community named for the brand's topics (r/espresso, an "Ergonomics" forum) places the post in
  // the brand's space: asking there is worth engaging. Its other chatter stays weakly related, or
  // every comment in a topical thread would carry a badge.
  else if (communityHints > 0 && asks) level = 'high';
  else if (inSpace) level = 'medium';
  else if (ev.partials.length > 0 || ev.interests.length > 0 || ev.weak.length > 0 || communityHints > 0) {
    level = asks && ev.interests.length > 0 ? 'medium' : 'low';
  }

  // The brand's own people (a colleague's reply, an announcement): worth a look, never "engage now".
  const ownVoice = mentionsBrand ? writtenByBrand(ev.brand) : undefined;
  if (ownVoice !== undefined && level === 'high') level = 'medium';

  // Exclusions win: an excluded word or community hides the post; a direct brand mention stays visible, weakly.
  const communityName = post.community ? communityKey(post.community) : '';
  const excludedBy = matches.exclusions[0]?.entry.label ?? (communityName && compiled.excludedCommunities.has(communityName) ? post.community : undefined);
  if (excludedBy !== undefined) level = mentionsBrand && level !== 'none' ? 'low' : 'none';

  const strength =
    (mentionsBrand ? 0.35 : 0) +
    Math.min(2, competitorGroups.length) * 0.12 +
    Math.min(2, topicGroups.length + ev.strongPartialGroups.size) * 0.12 +
    (asks ? 0.15 : 0) +
    (complaint ? 0.15 : 0) +
    (ev.partials.length > 0 ? 0.05 : 0) +
    (ev.interests.length > 0 ? 0.05 : 0);
  // Nothing of the profile in the post: no score at all (what the feed path's prefilter also says).
  const anyEvidence = matches.terms.length + matches.partials.length + matches.context.length + communityHints > 0;
  const score = anyEvidence ? Math.round(levelScore(level, strength) * 1000) / 1000 : 0;

  const orderedIntents = (['complaint', 'recommendation_request', 'question', 'competitor_comparison', 'praise'] as const).filter((i) => intents.has(i));
  const complaintAboutBrand = mentionsBrand && complaint && ownVoice === undefined;
  const unanswered = asks && post.replyCount === 0;
  const priority =
    level === 'none' ? score : score + (complaintAboutBrand ? 2 : 0) + (unanswered ? 1 : 0) + (level === 'high' ? 1 : 0);

  const spans: MatchSpan[] = [];
  for (const m of [...ev.brand, ...ev.competitors, ...ev.topics, ...ev.interests]) {
    spans.push(span(m.field, m.first, m.last, m.entry.kind === 'brand' && m.field.tokens[m.first]?.w.includes('.') ? 'domain' : SPAN_KIND[m.entry.kind], m.entry.label));
  }
  for (const p of ev.partials) spans.push(span(p.field, p.token, p.token, 'topic', p.label));
  const seenIntent = new Set<Intent>();
  for (const h of hits) {
    if (seenIntent.has(h.intent)) continue;
    seenIntent.add(h.intent);
    spans.push(hitSpan(h));
  }
  spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));

  return {
    score,
    level,
    intents: orderedIntents,
    sentiment: sentimentOf(fields, intents),
    mentionsBrand,
    priority: Math.round(priority * 1000) / 1000,
    reasons: [
      ...(ownVoice !== undefined && level !== 'none' ? [`written by someone at ${ownVoice}`] : []),
      ...reasonsFor({ level, intents, ev, excludedBy, unanswered, community: communityHints > 0 ? post.community : undefined }),
    ],
    spans,
  };
}

interface ReasonInput {
  level: Level;
  intents: Set<Intent>;
  ev: Evidence;
  excludedBy: string | undefined;
  unanswered: boolean;
  /** The community, when its name relates to the profile. */
  community: string | undefined;
}

/** Short human sentences, most telling first: the badge shows the first one. */
function reasonsFor({ level, intents, ev, excludedBy, unanswered, community }: ReasonInput): string[] {
  const reasons: string[] = [];
  if (excludedBy !== undefined) reasons.push(`excluded by "${excludedBy}"`);
  if (level === 'none') return reasons;
  // What the ask is about, as written: a full topic or product first, then a topic's telling word,
  // then a named rival or the brand ("grind" is a weaker subject than "espresso machine").
  const textOf = (m: { field: Field; first: number; last: number }) => {
    const a = m.field.tokens[m.first] as Token;
    const b = m.field.tokens[m.last] as Token;
    const len = m.field.original.length;
    return m.field.original.slice(originalIndex(m.field.folded, a.start, len), originalIndex(m.field.folded, b.end, len));
  };
  const fullTopic = ev.topics[0] ?? ev.brand.find((m) => m.entry.kind === 'product');
  const partial = ev.partials.find((p) => !p.head) ?? ev.partials[0];
  const named = ev.competitors[0] ?? ev.brand[0];
  const subject = fullTopic
    ? textOf(fullTopic)
    : partial
      ? textOf({ field: partial.field, first: partial.token, last: partial.token })
      : named
        ? textOf(named)
        : undefined;
  const about = subject ? ` about "${subject}"` : '';
  const brandName = ev.brand[0]?.entry.label;
  const rivals = unique(ev.competitors.map((m) => m.entry.label));
  if (intents.has('complaint')) reasons.push(brandName ? `complains about ${brandName}` : `complains${about}`);
  if (intents.has('recommendation_request')) reasons.push(`asks for a recommendation${about}`);
  else if (intents.has('question')) reasons.push(`asks a question${about}`);
  if (intents.has('competitor_comparison')) {
    const names = unique([...(brandName ? [brandName] : []), ...rivals]);
    reasons.push(names.length >= 2 ? `compares ${names.slice(0, -1).join(', ')} with ${names[names.length - 1]}` : `weighs alternatives to ${names[0] ?? 'a competitor'}`);
  }
  if (intents.has('praise')) reasons.push(brandName ? `praises ${brandName}` : rivals.length > 0 ? `praises ${rivals.join(' and ')}` : 'praises what they use');
  for (const label of unique(ev.brand.map((m) => m.entry.label))) {
    const kind = ev.brand.find((m) => m.entry.label === label)?.entry.kind;
    reasons.push(kind === 'product' ? `names the product ${label}` : `names the brand ${label}`);
  }
  if (ev.domainLinked) reasons.push('links to the brand’s site');
  for (const r of rivals) reasons.push(`mentions competitor ${r}`);
  for (const t of unique(ev.topics.map((m) => m.entry.label))) reasons.push(`talks about "${t}"`);
  for (const t of unique(ev.partials.map((p) => p.label))) {
    if (!ev.topics.some((m) => m.entry.label === t)) reasons.push(`close to the topic "${t}"`);
  }
  for (const t of unique(ev.interests.map((m) => m.entry.label))) reasons.push(`touches on "${t}"`);
  if (community) reasons.push(`posted in ${community}`);
  if (unanswered) reasons.push('no replies yet');
  return unique(reasons);
}
