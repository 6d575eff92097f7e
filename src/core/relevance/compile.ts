import type { BrandProfile } from '../profile';
import { topicTerms, type Topic } from '../topic';
import type { IntentModel } from './intent-model';
import { COMPANY_WORDS, GENERIC, STOPWORDS } from './lexicon';
import { lightStem, stem } from './stem';
import { tokenize, DOMAIN } from './tokens';
import { foldPlain } from './text';

export type TermKind = 'brand' | 'product' | 'competitor' | 'topic' | 'interest' | 'context' | 'exclusion';

export interface TermEntry {
  kind: TermKind;
  /** The profile's own spelling, used in reasons ("Brightbrew Duo", or a topic's main term). */
  label: string;
  /** The entity this term names: brand names and aliases share one, a topic and its synonyms share one. */
  group: string;
  /** lightStem of each word. */
  stems: string[];
  /**
   * Every word is also an everyday English word ("Tally", "Beacon", "Barrier Cream"): a mention
   * needs context (a capital in mid-sentence, a hashtag, or other profile evidence) to count.
   */
  ambiguous: boolean;
}

export interface PartialEntry {
  group: string;
  label: string;
  word: string;
  /**
   * The last word of a phrase ("switches" of "keyboard switches"): in English compounds the head
   * names the general kind, the words before it what makes the topic specific.
   */
  head: boolean;
}

export interface CompiledProfile {
  profile: BrandProfile;
  /** Entries by the light stem of their first word, longest first. */
  byFirst: Map<string, TermEntry[]>;
  /** Multi-word terms written as one word: "#espressomachine", "brightbrew" for "Bright Brew". */
  bySquash: Map<string, TermEntry>;
  /** Exclusions, matched independently of the other terms. */
  exclusionsByFirst: Map<string, TermEntry[]>;
  /** Context words: evidence that an ambiguous name means the brand; never consume words. */
  contextByFirst: Map<string, TermEntry[]>;
  /** Distinctive words of multi-word topics and single-word topics, by full stem. */
  partial: Map<string, PartialEntry[]>;
  /** The first three letters of every partial stem: a cheap filter before stemming a word. */
  partialPrefixes: Set<string>;
  /** key3() of every word that can start a match: most post words miss and are skipped at once. */
  keys: Set<number>;
  /** Number of distinctive words per topic group. */
  topicWords: Map<string, number>;
  /** The brand's domains, folded, with the entry they stand for. */
  domains: { domain: string; entry: TermEntry }[];
  /** Squashed brand names, for handles such as @tallyapp. */
  brandSquashes: string[];
  /** The entry a brand handle or domain stands for. */
  brandEntry: TermEntry | undefined;
  excludedCommunities: Set<string>;
  /**
   * Every profile word's opening letters in one expression. A post whose folded text matches
   * none of them holds no profile evidence at all, so the feed path can stop there.
   */
  prefilter: Prefilter | null;
  /** The learned intent model (intent-model.ts); without it intents come from the cue rules alone. */
  intentModel?: IntentModel;
}

export interface CompileOptions {
  /**
   * Is this (folded, lower-case) word an everyday English word? Decides which names need
   * context. The public API passes a dictionary; the content script passes the answers the
   * background computed, so the dictionary stays out of the page.
   */
  isCommonWord?: (word: string) => boolean;
  /** The learned intent model: the public API passes the shipped one. */
  intentModel?: IntentModel;
}

function wordsOf(term: string): string[] {
  return tokenize('body', term).tokens.filter((t) => !(t.flags & DOMAIN)).map((t) => t.w);
}

export function communityKey(name: string): string {
  return foldPlain(name).replace(/^\/?(?:r|c|m)\//, '').replace(/^[#@]/, '');
}

/** Profile words that the dictionary must judge: every word of every name. */
export function nameWords(profile: BrandProfile): string[] {
  const names = [...profile.brandNames, ...profile.aliases, ...profile.products, ...profile.competitors];
  return [...new Set(names.flatMap(wordsOf))];
}

export function compileProfile(profile: BrandProfile, options: CompileOptions = {}): CompiledProfile {
  const isCommon = options.isCommonWord ?? (() => false);
  const byFirst = new Map<string, TermEntry[]>();
  const bySquash = new Map<string, TermEntry>();
  const exclusionsByFirst = new Map<string, TermEntry[]>();
  const contextByFirst = new Map<string, TermEntry[]>();
  const partial = new Map<string, PartialEntry[]>();
  const partialPrefixes = new Set<string>();
  const topicWords = new Map<string, number>();
  const brandSquashes: string[] = [];

  const openings = new Set<string>();
  const add = (kind: TermKind, raw: string, label: string, group: string): void => {
    const words = wordsOf(raw);
    if (words.length === 0) return;
    if (kind !== 'exclusion') {
      // Enough of the first word to survive plural and possessive endings ("batteries", "Tally's").
      // Enough of each word to survive plural and possessive endings ("batteries", "Tally's"); for a
      // phrase, its first two words in one sentence ("blue … buffalo"), as the matcher needs both.
      const cut = (w: string) => escapeRe(w.length <= 4 ? w : w.slice(0, Math.max(4, w.length - 3)));
      const opening = words.slice(0, 2).map(cut).join(`${WORD_TAIL}${PHRASE_GAP}`);
      // Brand names also hide inside handles ("@getbrightbrew"); other words start a word.
      openings.add(kind === 'brand' ? `~${opening}` : opening);
    }
    const stems = words.map(lightStem);
    const isName = kind === 'brand' || kind === 'product' || kind === 'competitor';
    // A name with a number or a word outside the dictionary is distinctive: "Mill 60", "CeraVe".
    const ambiguous =
      isName && words.every((w) => STOPWORDS.has(w) || (!/\d/.test(w) && isCommon(lightStem(w))));
    const entry: TermEntry = { kind, label, group, stems, ambiguous };
    const index = kind === 'exclusion' ? exclusionsByFirst : kind === 'context' ? contextByFirst : byFirst;
    const first = stems[0] as string;
    const list = index.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.stems.length - a.stems.length);
    index.set(first, list);
    if (kind !== 'exclusion' && kind !== 'context') {
      const squashed = words.join('');
      if (words.length > 1 && !bySquash.has(squashed)) bySquash.set(squashed, entry);
      const squashedStem = stems.join('');
      if (words.length > 1 && !bySquash.has(squashedStem)) bySquash.set(squashedStem, entry);
      if (kind === 'brand') brandSquashes.push(squashed);
    }
  };

  for (const p of profile.products) add('product', p, p, `product:${foldPlain(p)}`);
  const brandGroup = 'brand';
  for (const b of [...profile.brandNames, ...profile.aliases]) add('brand', b, b, brandGroup);
  for (const c of profile.competitors) add('competitor', c, c, `competitor:${foldPlain(c)}`);
  // People drop a company word: "Monarch" for "Monarch Money", "Ridgeline" for "Ridgeline Outdoors".
  const short = (name: string): string | undefined => {
    const words = name.trim().split(/\s+/);
    if (words.length < 2) return undefined;
    const [head, ...rest] = words as [string, ...string[]];
    if (head.length < 4 || !rest.every((w) => COMPANY_WORDS.has(foldPlain(w)))) return undefined;
    return head;
  };
  const taken = (word: string) => byFirst.get(lightStem(foldPlain(word)))?.some((e) => e.stems.length === 1) ?? false;
  for (const c of profile.competitors) {
    const s = short(c);
    if (s && !taken(s)) add('competitor', s, c, `competitor:${foldPlain(c)}`);
  }
  for (const b of [...profile.brandNames, ...profile.aliases]) {
    const s = short(b);
    if (s && !taken(s)) add('brand', s, profile.brandNames[0] ?? b, brandGroup);
  }
  profile.topics.forEach((topic: Topic) => {
    const { term, all } = topicTerms(topic);
    const group = `topic:${foldPlain(term)}`;
    const distinct = new Set<string>();
    for (const variant of all) {
      add('topic', variant, term, group);
      const variantWords = wordsOf(variant);
      variantWords.forEach((w, position) => {
        if (w.length < 3 || STOPWORDS.has(w) || GENERIC.has(w) || GENERIC.has(lightStem(w))) return;
        const s = stem(w);
        distinct.add(s);
        const list = partial.get(s) ?? [];
        const head = variantWords.length > 1 && position === variantWords.length - 1;
        if (!list.some((e) => e.group === group)) list.push({ group, label: term, word: w, head });
        partial.set(s, list);
        partialPrefixes.add(w.slice(0, 3));
        // The stem minus its last letter is a prefix of every word with that stem ("batteri" / "battery").
        openings.add(escapeRe(s.length > 3 ? s.slice(0, -1) : s));
      });
    }
    topicWords.set(group, distinct.size);
  });
  for (const i of profile.audienceInterests) add('interest', i, i, `interest:${foldPlain(i)}`);
  for (const c of profile.contextWords) add('context', c, c, `context:${foldPlain(c)}`);
  for (const x of profile.excludeKeywords) add('exclusion', x, x, `exclusion:${foldPlain(x)}`);

  const firstBrand = profile.brandNames[0] ?? profile.aliases[0] ?? '';
  const brandEntry = [...byFirst.values()].flat().find((e) => e.kind === 'brand' && e.label === firstBrand);
  const domains = profile.domains
    .map((d) => foldPlain(d).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''))
    .filter(Boolean)
    .map((domain) => ({
      domain,
      entry: brandEntry
        ? { ...brandEntry, ambiguous: false }
        : { kind: 'brand' as const, label: domain, group: brandGroup, stems: [domain], ambiguous: false },
    }));

  const keys = new Set<number>();
  for (const map of [byFirst, bySquash, exclusionsByFirst, contextByFirst, partial]) for (const k of map.keys()) keys.add(key3(k));
  for (const list of partial.values()) for (const e of list) keys.add(key3(e.word));
  for (const b of brandSquashes) keys.add(key3(b));

  return {
    profile,
    keys,
    byFirst,
    bySquash,
    exclusionsByFirst,
    contextByFirst,
    partial,
    partialPrefixes,
    topicWords,
    domains,
    brandSquashes,
    brandEntry: brandEntry ? { ...brandEntry, ambiguous: false } : undefined,
    excludedCommunities: new Set(profile.excludeCommunities.map(communityKey)),
    ...(options.intentModel ? { intentModel: options.intentModel } : {}),
    prefilter: buildPrefilter([...openings, ...domains.map((d) => `~${escapeRe(d.domain)}`)]),
  };
}

/** A literal as a regular-expression source. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Between two words of one phrase: anything but letters, digits and sentence ends. The rest of a
 * phrase's first word: letters, digits, apostrophes. Both name the typographic forms folding
 * turns into their plain ones ("…" into "...", "’" into "'"), so the prefilter can search text
 * that holds them without folding it first (see prefilter.ts's SAME_FOLDED).
 */
const PHRASE_GAP = "[^a-z0-9.!?\\n\\u2026]*";
const WORD_TAIL = "[a-z0-9'\\u2018\\u2019\\u02bc]*";
/** PHRASE_GAP for text whose whitespace was not collapsed (see Prefilter.glued). */
const GLUED_GAP = "[^a-z0-9.!?\\u2026]*";

import type { Prefilter } from './prefilter';
export type { Prefilter };

/** A plain literal: characters and escaped punctuation, no class, group, anchor or quantifier. */
const LITERAL = /^(?:[^\\[\](){}.*+?^$|]|\\[^a-zA-Z0-9])+$/;

/**
 * Whether opening `p` finds a match wherever opening `o` does, so that `o` adds nothing to the
 * prefilter's yes/no search ("espre" finds every text "espre…mach" does): `p` is a plain literal
 * that `o` starts with, not followed there by a quantifier, and `p` asks no more of where it
 * starts ("~" openings match anywhere, the others only where a word starts).
 */
export function covers(p: string, o: string): boolean {
  const pAnywhere = p.startsWith('~');
  const oAnywhere = o.startsWith('~');
  if (oAnywhere && !pAnywhere) return false;
  const ps = pAnywhere ? p.slice(1) : p;
  const os = oAnywhere ? o.slice(1) : o;
  if (!LITERAL.test(ps) || !os.startsWith(ps)) return false;
  if (os.length === ps.length) return pAnywhere && !oAnywhere;
  return !'*+?{'.includes(os[ps.length]!);
}

/**
 * The prefilter's expressions from the openings. Openings another one covers are left out (when
 * `simplify`): the page runs `words` on every post's text, and fewer alternatives search faster.
 */
export function buildPrefilter(openings: string[], simplify = true): Prefilter | null {
  const unique = [...new Set(openings.filter(Boolean))];
  const kept = simplify ? unique.filter((o) => !unique.some((p) => p !== o && covers(p, o))) : unique;
  const list = kept.sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  const words = list.map((o) => (o.startsWith('~') ? o.slice(1) : `(?<![a-z0-9])${o}`)).join('|');
  const loose = list.map((o) => (o.startsWith('~') ? o.slice(1) : o)).join('|');
  // Text read as it sits in the page (line breaks and runs of spaces kept): a gap may hold a line break.
  const glued = loose.split(PHRASE_GAP).join(GLUED_GAP);
  return { words: new RegExp(words), loose: new RegExp(loose), glued: new RegExp(glued) };
}

/** The first three characters of a word as one number (missing ones 0): a cheap set key. */
export function key3(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  return ((a === a ? a : 0) * 65536 + (b === b ? b : 0)) * 65536 + (c === c ? c : 0);
}
