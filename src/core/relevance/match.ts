import { key3, type CompiledProfile, type TermEntry } from './compile';
import { ACTION_AFTER_NAME, BRAND_FOLLOWERS, HANDLE_PREFIXES, HANDLE_SUFFIXES, STOPWORDS } from './lexicon';
import { lightStem, stem } from './stem';
import { ALL_CAPS, CAPITAL, DOMAIN, HASHTAG, MENTION, SENTENCE_START, type Field, type Token } from './tokens';

export interface Match {
  entry: TermEntry;
  field: Field;
  /** Token range [first, last]. */
  first: number;
  last: number;
  /** For ambiguous names: is there evidence this is the brand and not the everyday word? */
  confirmed: boolean;
  /** Matched through a hashtag, @handle or domain. */
  social: boolean;
}

export interface PartialMatch {
  group: string;
  label: string;
  word: string;
  head: boolean;
  field: Field;
  token: number;
}

export interface Matches {
  terms: Match[];
  partials: PartialMatch[];
  exclusions: Match[];
  context: Match[];
}

function sequenceAt(tokens: Token[], i: number, entry: TermEntry, firstStem: string): boolean {
  const stems = entry.stems;
  if (stems[0] !== firstStem) return false;
  const sentence = tokens[i]?.sentence;
  for (let k = 1; k < stems.length; k++) {
    const t = tokens[i + k];
    if (!t || t.sentence !== sentence || lightStem(t.w) !== stems[k]) return false;
  }
  return true;
}

/** Split a CamelCase or run-together hashtag into profile words: #TrailRunning, #espressomachine. */
function hashtagParts(field: Field, token: Token, compiled: CompiledProfile): string[] {
  const original = field.original;
  const start = field.folded.offsets === null ? token.start : (field.folded.offsets[token.start] ?? token.start);
  const end = field.folded.offsets === null ? token.end : (field.folded.offsets[token.end] ?? token.end);
  const raw = original.slice(start, end);
  const camel = raw.split(/(?<=[a-z0-9])(?=[A-Z])/).map((p) => p.toLowerCase());
  if (camel.length > 1) return camel;
  // Run-together lower case: greedy longest words known to the profile.
  const w = token.w;
  const parts: string[] = [];
  let i = 0;
  while (i < w.length) {
    let found = '';
    for (let j = w.length; j > i + 2; j--) {
      const piece = w.slice(i, j);
      if (compiled.byFirst.has(lightStem(piece)) || compiled.partial.has(stem(piece)) || compiled.byFirst.has(piece)) {
        found = piece;
        break;
      }
    }
    if (!found) return [];
    parts.push(found);
    i += found.length;
  }
  return parts.length > 1 ? parts : [];
}

function handleIsBrand(word: string, compiled: CompiledProfile): boolean {
  const w = word.replace(/[_\-.]/g, '');
  for (const b of compiled.brandSquashes) {
    if (w === b) return true;
    if (w.startsWith(b) && HANDLE_SUFFIXES.includes(w.slice(b.length))) return true;
    if (w.endsWith(b) && HANDLE_PREFIXES.includes(w.slice(0, w.length - b.length))) return true;
  }
  return false;
}

/** Find every profile term in one field, longest match first, plus partial topic words. */
export function matchField(field: Field, compiled: CompiledProfile, out: Matches, nested = false): void {
  const tokens = field.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const social = (t.flags & (HASHTAG | MENTION | DOMAIN)) !== 0;
    if (t.flags & DOMAIN) {
      for (const d of compiled.domains) {
        if (t.w === d.domain || t.w.endsWith(`.${d.domain}`)) {
          out.terms.push({ entry: d.entry, field, first: i, last: i, confirmed: true, social: true });
          break;
        }
      }
      continue;
    }
    // Most words of a post start no profile term: skip them before any stemming or lookup.
    // Hashtags and handles run words together, so they always take the long way.
    if (!(t.flags & (HASHTAG | MENTION)) && !compiled.keys.has(key3(t.w.includes("'") ? lightStem(t.w) : t.w))) continue;
    const first = lightStem(t.w);
    // Exclusions are matched on their own and never consume words.
    const exclusions = compiled.exclusionsByFirst.get(first);
    if (exclusions) {
      for (const e of exclusions) {
        if (sequenceAt(tokens, i, e, first)) {
          out.exclusions.push({ entry: e, field, first: i, last: i + e.stems.length - 1, confirmed: true, social });
          break;
        }
      }
    }
    const context = compiled.contextByFirst.get(first)?.find((e) => sequenceAt(tokens, i, e, first));
    if (context) out.context.push({ entry: context, field, first: i, last: i + context.stems.length - 1, confirmed: true, social });
    let matched: TermEntry | undefined;
    let length = 1;
    const candidates = compiled.byFirst.get(first);
    if (candidates) {
      matched = candidates.find((e) => sequenceAt(tokens, i, e, first));
      if (matched) length = matched.stems.length;
    }
    if (!matched && t.w.length >= 5) matched = compiled.bySquash.get(t.w) ?? compiled.bySquash.get(first);
    if (!matched && (t.flags & MENTION || t.flags & HASHTAG) && handleIsBrand(t.w, compiled)) {
      matched = compiled.brandEntry;
    }
    if (matched) {
      const last = i + length - 1;
      out.terms.push({ entry: matched, field, first: i, last, confirmed: !matched.ambiguous || social, social });
      i = last;
      continue;
    }
    // Real hashtags are short; splitting costs the square of the length, so long ones are left whole.
    if (!nested && t.flags & HASHTAG && t.w.length >= 6 && t.w.length <= 40) {
      const parts = hashtagParts(field, t, compiled);
      if (parts.length > 1) {
        const sub: Token[] = parts.map((w) => ({ ...t, w, flags: 0 }));
        const subField: Field = { ...field, tokens: sub };
        const before = out.terms.length;
        const partialsBefore = out.partials.length;
        matchField(subField, compiled, out, true);
        // Point everything found inside the hashtag back at the hashtag token itself.
        for (let k = before; k < out.terms.length; k++) {
          const m = out.terms[k] as Match;
          out.terms[k] = { ...m, field, first: i, last: i, confirmed: true, social: true };
        }
        for (let k = partialsBefore; k < out.partials.length; k++) {
          const p = out.partials[k] as PartialMatch;
          out.partials[k] = { ...p, field, token: i };
        }
        continue;
      }
    }
    if (t.w.length >= 3 && compiled.partialPrefixes.has(t.w.slice(0, 3))) {
      const entries = compiled.partial.get(stem(t.w));
      if (entries) for (const e of entries) out.partials.push({ group: e.group, label: e.label, word: e.word, head: e.head, field, token: i });
    }
  }
}

/**
 * A capital in mid-sentence marks a name, unless the words beside it are capitalised too and so
 * belong to another name ("GitHub Copilot", "Honda Ridgeline", "Beacon Hill").
 */
function capitalised(m: Match, covered: Set<Token>): boolean {
  const tokens = m.field.tokens;
  const first = tokens[m.first] as Token;
  if (m.field.titleCase) return false;
  const anyCapital = tokens.slice(m.first, m.last + 1).some((t) => t.flags & CAPITAL && !(t.flags & SENTENCE_START));
  // "Tally's export…" at the start of a sentence: a possessive capital is still a name.
  const possessiveStart = first.flags & CAPITAL && first.flags & SENTENCE_START && /'s$/.test((tokens[m.last] as Token).w);
  // "Tandem raised our renewal", "Keystone shipped me…": a sentence-initial name doing something.
  const next0 = tokens[m.last + 1];
  const actsAtStart =
    first.flags & CAPITAL && first.flags & SENTENCE_START && next0 !== undefined && next0.sentence === first.sentence &&
    !(next0.flags & CAPITAL) && (ACTION_AFTER_NAME.has(next0.w) || /^[a-z]{3,}ed$/.test(next0.w));
  if (!anyCapital && !possessiveStart && !actsAtStart) return false;
  if (first.flags & ALL_CAPS && m.first === m.last && first.w.length <= 3) return false;
  // Only words directly beside the name (a space apart) can make it part of another name.
  const text = m.field.folded.text;
  const last = tokens[m.last] as Token;
  const prev = tokens[m.first - 1];
  // "OpenStack Keystone", "Honda Ridgeline": a capitalised word just before makes it another name,
  // unless that word is "My", "The" or a verb opening the sentence ("Loving Tally", "Switched Tally").
  const prevOpensSentence = prev !== undefined && (prev.flags & SENTENCE_START) !== 0;
  if (
    prev && prev.sentence === first.sentence && /^ +$/.test(text.slice(prev.end, first.start)) && prev.flags & CAPITAL && !covered.has(prev) &&
    (!prevOpensSentence || !(STOPWORDS.has(prev.w) || /(?:ing|ed)$/.test(prev.w) || prev.w.length <= 2))
  ) {
    return false;
  }
  const next = tokens[m.last + 1];
  if (next && next.sentence === first.sentence && /^ +$/.test(text.slice(last.end, next.start)) && next.flags & CAPITAL && !(next.flags & ALL_CAPS && next.w.length <= 4) && !covered.has(next) && !BRAND_FOLLOWERS.has(next.w)) {
    return false;
  }
  return true;
}

/**
 * Decide which ambiguous names are meant as names: written as one in mid-sentence, or
 * corroborated by other profile evidence in the same post (a distinctive name, a topic, a
 * context word), or two ambiguous names of different kinds side by side ("switched from mint to tally").
 */
export function confirmAmbiguous(matches: Matches, contextAround = false): void {
  const covered = new Set<Token>();
  for (const m of matches.terms) for (let k = m.first; k <= m.last; k++) covered.add(m.field.tokens[k] as Token);
  const corroborated =
    contextAround ||
    matches.partials.length > 0 ||
    matches.context.length > 0 ||
    matches.terms.some((m) => !m.entry.ambiguous && m.entry.kind !== 'interest');
  const ambiguousGroups = new Set(matches.terms.filter((m) => m.entry.ambiguous).map((m) => m.entry.group));
  for (const m of matches.terms) {
    if (m.confirmed) continue;
    if (corroborated || ambiguousGroups.size > 1 || capitalised(m, covered)) m.confirmed = true;
  }
}
