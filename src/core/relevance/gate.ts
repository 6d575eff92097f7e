/**
 * A cheap pre-check for an expensive regular expression: the literal strings of which every match
 * must contain at least one. Derived from the expression's own source, so it cannot drift from it:
 * if none of the literals occurs in a text, the expression cannot match there, and the costly
 * search is skipped. Most sentences carry no complaint, praise or request, so most searches are.
 *
 * The analysis handles the syntax the cue lists use: literals, escapes, classes, groups (capturing,
 * non-capturing, lookarounds), alternation and quantifiers. Anything it does not understand makes
 * that part "unconstrained", which only weakens the gate, never makes it wrong.
 */

/**
 * null = no literal is required (anything may match). A literal starting with WORD_START was
 * preceded by \b, a space or a line start in the expression, so it can only match at a word start.
 */
type Required = string[] | null;
const WORD_START = '\u0001';

interface Parser {
  src: string;
  i: number;
}

function better(a: Required, b: Required): Required {
  if (a === null) return b;
  if (b === null) return a;
  // Fewer, longer literals make a more selective gate.
  // Expected cost of a gate: short literals and literals that may sit inside words match often.
  const cost = (l: string) => (l.startsWith(WORD_START) ? 1 : 8) * (10 / Math.max(1, l.replace(WORD_START, '').trim().length - 1));
  const score = (r: string[]) => r.reduce((sum, l) => sum + cost(l), 0);
  return score(a) <= score(b) ? a : b;
}

function parseAlternation(p: Parser, wordStart: boolean): Required {
  const branches: Required[] = [parseSequence(p, wordStart)];
  while (p.src[p.i] === '|') {
    p.i++;
    branches.push(parseSequence(p, wordStart));
  }
  if (branches.some((b) => b === null)) return null;
  return [...new Set((branches as string[][]).flat())];
}

function parseQuantifier(p: Parser): { optional: boolean } | null {
  const c = p.src[p.i];
  let optional = false;
  if (c === '?' || c === '*') {
    optional = true;
    p.i++;
  } else if (c === '+') {
    p.i++;
  } else if (c === '{') {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(p.src.slice(p.i));
    if (!m) return null;
    optional = (m[1] ?? '') === '' || Number(m[1]) === 0;
    p.i += m[0].length;
  } else {
    return null;
  }
  if (p.src[p.i] === '?') p.i++; // lazy
  return { optional };
}

function parseSequence(p: Parser, wordStart: boolean): Required {
  let best: Required = null;
  let run = '';
  let runAtWordStart = false;
  // Is the current position known to be at the start of a word (after \b, a space or ^)?
  let boundary = wordStart;
  const flush = () => {
    const plain = run.replace(/^ +/, '');
    if (plain.length >= 2) best = better(best, [(runAtWordStart || plain !== run) && /^[a-z0-9]/.test(plain) ? WORD_START + plain : plain]);
    run = '';
  };
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    const c = p.src[p.i] as string;
    let atom: Required = null;
    let literal: string | null = null;
    if (c === '(') {
      p.i++;
      let lookaround = false;
      if (p.src.startsWith('?:', p.i)) p.i += 2;
      else if (/^\?<?[=!]/.test(p.src.slice(p.i, p.i + 3))) {
        p.i += p.src[p.i + 1] === '<' ? 3 : 2;
        lookaround = true;
      } else if (p.src.startsWith('?<', p.i)) {
        p.i = p.src.indexOf('>', p.i) + 1;
      }
      const groupStart = p.i;
      const inner = parseAlternation(p, boundary && !lookaround);
      const groupSource = p.src.slice(groupStart, p.i);
      p.i++; // ')'
      atom = lookaround ? null : inner;
      if (!lookaround) {
        const q = parseQuantifier(p);
        flush();
        if (!q || !q.optional) best = better(best, atom);
        // After "(?:^|[,;]\s*|\bso\s+)" the next letter starts a word; after an optional group that
        // ends at a word boundary too, it does if it did before the group.
        const endsAtBoundary = topLevelBranches(groupSource).every((b) => /(?:\^|\\s[*+]|\\W[*+]|\\b| )$/.test(b));
        boundary = endsAtBoundary && (!q || !q.optional || boundary);
        continue;
      }
    } else if (c === '[') {
      let j = p.i + 1;
      if (p.src[j] === '^') j++;
      if (p.src[j] === ']') j++;
      while (j < p.src.length && p.src[j] !== ']') j += p.src[j] === '\\' ? 2 : 1;
      p.i = j + 1;
    } else if (c === '\\') {
      const e = p.src[p.i + 1] ?? '';
      if (/[bBdDwWsS]/.test(e)) {
        p.i += 2;
        const q = parseQuantifier(p);
        flush();
        if (e === 'b') boundary = true;
        else if (e === 's' || e === 'W') boundary = q?.optional ? boundary : true; // "\W*" keeps a boundary, "\s+" makes one
        else boundary = false;
        continue;
      }
      else if (e === 'u' && p.src[p.i + 2] === '{') p.i = p.src.indexOf('}', p.i) + 1;
      else if (e === 'u' || e === 'x') p.i += e === 'u' ? 6 : 4;
      else {
        literal = e;
        p.i += 2;
      }
    } else if (c === '^') {
      p.i++;
      flush();
      boundary = true;
      continue;
    } else if (c === '.' || c === '$') {
      p.i++;
    } else {
      literal = c;
      p.i++;
    }
    const q = parseQuantifier(p);
    if (literal !== null) {
      if (run === '') runAtWordStart = boundary;
      if (q) {
        // "s?" ends the run; "s+" keeps one "s" but ends the run after it.
        if (!q.optional) run += literal;
        flush();
        boundary = false;
      } else {
        run += literal;
        boundary = literal === ' ';
        if (literal === ' ') {
          // A space ends a word: what follows starts one.
          flush();
          run = '';
        }
      }
      continue;
    }
    flush();
    if (!q || !q.optional) best = better(best, atom);
    boundary = false;
  }
  flush();
  return best;
}

/** The literals every match of `re` must contain, or null when none is required. */
export function requiredLiterals(re: RegExp): string[] | null {
  const p: Parser = { src: re.source, i: 0 };
  const required = parseAlternation(p, false);
  if (p.i < p.src.length) return null; // something the parser did not follow: no gate
  return required;
}


/** Split a source at its top-level "|". */
function topLevelBranches(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Index of the ")" closing the "(" at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Distribute a branch's first plain group over its alternatives: `\b(?:a|b) x` becomes
 * `\b(?:a) x` and `\b(?:b) x`. The union matches exactly what the branch matched.
 */
function distribute(branch: string, depth: number): string[] {
  if (depth > 2) return [branch];
  const open = branch.search(/\(\?:/);
  if (open < 0) return [branch];
  const prefix = branch.slice(0, open);
  // Only when nothing before the group can be affected: a plain prefix with no groups of its own.
  if (/[()|]/.test(prefix.replace(/\\./g, ''))) return [branch];
  const close = closing(branch, open);
  if (close < 0) return [branch];
  const after = branch[close + 1];
  if (after === '?' || after === '*' || after === '+' || after === '{') return [branch];
  const inner = topLevelBranches(branch.slice(open + 3, close));
  if (inner.length < 2) return [branch];
  const suffix = branch.slice(close + 1);
  return inner.flatMap((alt) => distribute(`${prefix}(?:${alt})${suffix}`, depth + 1));
}

interface Alternative {
  re: RegExp;
}

/**
 * A cue list split into its alternatives and indexed by the first letters of the word each one
 * must contain. Searching a text then only runs the few alternatives whose words occur in it:
 * the cost follows the text's words, not the length of the cue list.
 */
export class CueIndex {
  private readonly alternatives: Alternative[] = [];
  private readonly byPrefix: Map<number, PrefixEntry[]>;
  /** Alternatives whose required text can sit inside a word: checked with includes(). */
  private readonly inner: [number, string[]][] = [];
  /** Alternatives with no required literal: always run. */
  private readonly always: number[] = [];

  constructor(re: RegExp, library: CueLibrary = new CueLibrary()) {
    this.byPrefix = library.byPrefix;
    const flags = [...new Set([...re.flags, 'g', 'm'])].join('');
    const branches = topLevelBranches(re.source).flatMap((b) => distribute(b, 0));
    // Alternatives needing the same words are searched together: one expression per word set.
    const groups = new Map<string, { sources: string[]; literals: string[] | null }>();
    for (const source of branches) {
      const literals = requiredLiterals(new RegExp(source, flags));
      const key = literals ? [...literals].sort().join('\u0000') : '';
      const group = groups.get(key) ?? { sources: [], literals };
      group.sources.push(source);
      groups.set(key, group);
    }
    for (const { sources, literals } of groups.values()) {
      const id = this.alternatives.length;
      this.alternatives.push({ re: new RegExp(sources.join('|'), flags) });
      if (!literals || literals.length === 0) {
        this.always.push(id);
        continue;
      }
      const wordStart = literals.filter((l) => l.startsWith(WORD_START)).map((l) => l.slice(1));
      const anywhere = literals.filter((l) => !l.startsWith(WORD_START));
      for (const l of wordStart) {
        // A two-letter literal is filed under every third character a word can continue with.
        for (const key of literalKeys(l)) {
          const list = this.byPrefix.get(key) ?? [];
          // One entry a literal, however many alternatives need it: each is checked once a word.
          let entry = list.find((e) => e.literal === l);
          if (!entry) list.push((entry = { literal: l, targets: [] }));
          entry.targets.push([this, id]);
          this.byPrefix.set(key, list);
        }
      }
      if (anywhere.length > 0) this.inner.push([id, anywhere]);
    }
  }

  /**
   * Matches of the whole cue list in `text`, in text order (overlaps allowed). `scanned` is the
   * library's one pass over the text's words; without it the text is scanned here.
   */
  matches(text: string, scanned?: Map<CueIndex, Set<number>>): RegExpExecArray[] {
    const seen = scanned ?? scanWords(this.byPrefix, text, wordStarts(text));
    let candidates = seen.get(this);
    const add = (id: number) => (candidates ??= new Set()).add(id);
    for (const id of this.always) add(id);
    for (const [id, literals] of this.inner) if (literals.some((l) => text.includes(l))) add(id);
    if (!candidates) return [];
    const found: RegExpExecArray[] = [];
    for (const id of candidates) {
      const re = (this.alternatives[id] as Alternative).re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push(m);
      }
    }
    return found.length > 1 ? found.sort((a, b) => a.index - b.index || b[0].length - a[0].length) : found;
  }

  get size(): number {
    return this.alternatives.length;
  }
}

/** Word starts of a text with their first two and three letters as numbers: computed once, shared by every cue list. */
export interface WordStarts {
  positions: number[];
  keys3: number[];
}

function prefixKey(text: string, i: number, length = 3): number {
  let key = 0;
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(i + k);
    key = key * 256 + (Number.isNaN(c) ? 0 : (c & 0xff) || 1);
  }
  // Shorter literals are keyed with trailing zeros, like a text that ends there.
  return key;
}

const CONTINUATIONS = "abcdefghijklmnopqrstuvwxyz0123456789' -\n.,!?:;\"()/".split('').concat(['']);

function literalKeys(literal: string): number[] {
  if (literal.length >= 3) return [prefixKey(literal, 0)];
  return CONTINUATIONS.map((c) => prefixKey(literal + c, 0));
}

/** Word starts already known (from the tokenizer), keyed for the index. */
export function wordStartsAt(text: string, positions: number[]): WordStarts {
  return { positions, keys3: positions.map((i) => prefixKey(text, i)) };
}

export function wordStarts(text: string): WordStarts {
  const positions: number[] = [];
  const keys3: number[] = [];
  let previousWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (word && !previousWord) {
      positions.push(i);
      keys3.push(prefixKey(text, i));
    }
    previousWord = word;
  }
  return { positions, keys3 };
}

/** The word index shared by several cue lists, so a text's words are looked up once for all. */
interface PrefixEntry {
  literal: string;
  targets: [CueIndex, number][];
}

export class CueLibrary {
  readonly byPrefix = new Map<number, PrefixEntry[]>();

  /** Which alternatives of which cue lists have their required word in `text`. */
  scan(text: string, words: WordStarts = wordStarts(text)): Map<CueIndex, Set<number>> {
    return scanWords(this.byPrefix, text, words);
  }
}

function scanWords(byPrefix: Map<number, PrefixEntry[]>, text: string, words: WordStarts): Map<CueIndex, Set<number>> {
  const out = new Map<CueIndex, Set<number>>();
  const { positions, keys3 } = words;
  for (let k = 0; k < positions.length; k++) {
    const list = byPrefix.get(keys3[k] as number);
    if (list === undefined) continue;
    const i = positions[k] as number;
    for (let e = 0; e < list.length; e++) {
      const entry = list[e] as PrefixEntry;
      if (!text.startsWith(entry.literal, i)) continue;
      for (const [index, id] of entry.targets) {
        let set = out.get(index);
        if (set === undefined) out.set(index, (set = new Set()));
        set.add(id);
      }
    }
  }
  return out;
}
