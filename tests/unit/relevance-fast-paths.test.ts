// The relevance engine's shortcuts must never change an answer. These tests check them against
// the slow, obvious way on every labeled post in tests/data/relevance.
import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../src/core/index';
import { assessCompiled } from '../../src/core/relevance/assess';
import { CueIndex, requiredLiterals } from '../../src/core/relevance/gate';
import { __cues } from '../../src/core/relevance/intents';
import { loadPosts, loadProfiles } from '../eval/relevance-data';

const posts = loadPosts();
const texts = posts.map((p) => `${p.title ?? ''}\n${p.body}`.toLowerCase());

describe('requiredLiterals', () => {
  it('finds the words every match must contain, marking those that start a word', () => {
    expect(requiredLiterals(/\bbroke(?:n)?\b|stopped (?:working|syncing)/)).toEqual(['\u0001broke', '\u0001working', '\u0001syncing']);
    expect(requiredLiterals(/\b(?:lost|deleted) (?:all )?(?:my|our) \w+/)).toEqual(['\u0001lost', '\u0001deleted']);
    expect(requiredLiterals(/(?<!memory )leak(?:s|ing)?/)).toEqual(['leak']);
    expect(requiredLiterals(/a|\w+/)).toBeNull();
  });
});

describe('CueIndex', () => {
  it.each(Object.entries(__cues))('finds exactly what the plain expression finds: %s', (_, re) => {
    const index = new CueIndex(re);
    const global = new RegExp(re.source, `${re.flags.replace('g', '')}gm`);
    const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}ym`);
    for (const text of texts) {
      const found = index.matches(text);
      const at = new Set(found.map((m) => m.index));
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        expect(at.has(m.index), `${text.slice(m.index, m.index + 40)}`).toBe(true);
      }
      for (const m of found) {
        sticky.lastIndex = m.index;
        expect(sticky.test(text)).toBe(true);
      }
    }
  });
});

describe('the feed path (skipUnrelated)', () => {
  // Every labeled post against eight of the profiles (all twenty take ~7 s on a 2-core machine).
  it('gives the same verdict as the full reading for every post against eight profiles', { timeout: 120_000 }, () => {
    const profiles = loadProfiles();
    let skipped = 0;
    for (const { profile } of Object.values(profiles).slice(0, 8)) {
      const compiled = compileProfile(profile);
      for (const post of posts) {
        const full = assessCompiled(post, compiled);
        const quick = assessCompiled(post, compiled, { skipUnrelated: true });
        if (quick.intents.length === 0 && full.intents.length > 0) skipped++;
        expect({ level: quick.level, score: quick.score, priority: quick.priority }).toEqual({ level: full.level, score: full.score, priority: full.priority });
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('foldText (the prefilter run on the page)', () => {
  it("equals fold's text on every labeled post and on awkward unicode", async () => {
    const { fold, foldText } = await import('../../src/core/relevance/text');
    const extra = ['Straße café — “quoted” naïve ÆON Øresund Łódź', 'İstanbul ǅ emoji 😀☕ and a lone \ud83d surrogate', 'ｆｕｌｌｗｉｄｔｈ ﬁ ligature', ''];
    for (const text of [...posts.flatMap((p) => [p.title ?? '', p.body, p.community ?? '']), ...extra]) expect(foldText(text)).toBe(fold(text).text);
  });
});

/** The prefilters of eight labeled profiles as the content script has them: rebuilt from the sources the background sends. */
async function contentPrefilters() {
  const { prefilterFrom, prefilterSource } = await import('../../src/core/relevance/prefilter');
  const compiled = Object.values(loadProfiles()).slice(0, 8).map(({ profile }) => compileProfile(profile).prefilter);
  return compiled.flatMap((pf) => (pf ? [prefilterFrom(prefilterSource(pf))] : []));
}

describe('mayMention (the prefilter, one pass over ASCII text)', () => {
  it('answers as folding every text and then searching it does, on every labeled post against eight profiles', { timeout: 120_000 }, async () => {
    const { foldText } = await import('../../src/core/relevance/text');
    const { mayMention, MAX_CHARS } = await import('../../src/core/relevance/prefilter');
    type Pf = NonNullable<ReturnType<typeof compileProfile>['prefilter']>;
    // The obvious way: fold title and body, search them, then the community and the hashtags.
    const reference = (post: { title?: string; body: string; community?: string }, pf: Pf): boolean => {
      const title = post.title ? foldText(post.title.slice(0, MAX_CHARS)) : '';
      const body = foldText(post.body.slice(0, MAX_CHARS));
      if (pf.words.test(body) || (title && pf.words.test(title))) return true;
      if (post.community && pf.loose.test(foldText(post.community))) return true;
      for (const text of [title, body]) for (const tag of text.match(/#[^\s#]+/g) ?? []) if (pf.loose.test(tag)) return true;
      return false;
    };
    // Awkward text around the profiles' words: capitals, accents, typographic marks, full-width forms.
    const awkward = (text: string): string[] => [
      text.toUpperCase(),
      text.replace(/e/g, 'é'),
      text.replace(/ /g, '\u00a0'),
      text.replace(/o/gi, 'ｏ'),
      text.replace(/#/g, '＃'),
      `é${text.replace(/\s+/g, '’')}`,
      // Typographic marks and emoji folding leaves alone or makes plain (searched without folding).
      text.replace(/'/g, '’').replace(/ - /g, ' — ').replace(/"(.*?)"/g, '“$1”'),
      text.replace(/\. /g, '… ').replace(/ /g, (_, at: number) => (at % 7 === 0 ? ' 😀 ' : at % 5 === 0 ? '\u00a0' : ' ')),
      text.replace(/ (\w)/g, '’$1').replace(/s /g, 's🎉 ').replace(/o/g, 'o\u200d'),
      // Those folding changes: letters in the emoji planes, ™, superscripts.
      text.replace(/a/g, '🄰').replace(/ /g, ' ™ ').replace(/2/g, '²'),
    ];
    let differs = 0;
    let passed = 0;
    for (const pf of await contentPrefilters()) {
      const cache = new Map<string, boolean>();
      for (const post of posts) {
        const variants = [post, { body: `#${post.body.split(/\s+/).slice(0, 3).join('')}` }, ...awkward(post.body).map((body) => ({ title: post.title?.toUpperCase(), body }))];
        for (const variant of variants) {
          const expected = reference(variant, pf);
          if (mayMention(variant, pf, cache) !== expected) differs++;
          if (expected) passed++;
        }
      }
    }
    expect(differs).toBe(0);
    expect(passed).toBeGreaterThan(100);
  });
});

describe('mayMention on glued text (a first look read as textContent as it comes)', () => {
  it('passes every post the spaced text passes, whichever spaces the gluing dropped, and rules most others out', { timeout: 120_000 }, async () => {
    const { mayMention } = await import('../../src/core/relevance/prefilter');
    let missed = 0;
    let spacedPass = 0;
    let gluedPass = 0;
    let total = 0;
    for (const pf of await contentPrefilters()) {
      const cache = new Map<string, boolean>();
      for (const post of posts) {
        // Paragraphs run together at every sentence end, and at every third space (a list, a heading);
        // whitespace as the page's source holds it (line breaks, indents).
        const variants = [
          post.body.replace(/([.!?:]) /g, '$1'),
          post.body.replace(/(\S+) (\S+) (\S+) /g, '$1 $2 $3'),
          post.body.replace(/ /g, ''),
          post.body.replace(/ /g, (_, at: number) => (at % 3 === 0 ? '\n      ' : at % 2 === 0 ? '\t' : ' ')),
          `\n    ${'  '.repeat(4000)}${post.body.replace(/([.!?]) /g, '$1\n\n')}\n  `,
        ];
        // Hashtags: the glued search finds words inside them without a search of the tags.
        const tagged = `#${post.body.split(/\s+/).slice(0, 3).join('')} ${post.body.slice(0, 40)}`;
        const pairs: [string, string][] = [...variants.map((body): [string, string] => [post.body, body]), [tagged, tagged], [tagged, tagged.replace(/ /g, '\n')]];
        for (const [spacedBody, body] of pairs) {
          const spaced = mayMention({ body: spacedBody }, pf, cache);
          total++;
          const glued = mayMention({ body }, pf, cache, true);
          if (spaced) spacedPass++;
          if (glued) gluedPass++;
          if (spaced && !glued) missed++;
        }
      }
    }
    expect(missed).toBe(0);
    expect(spacedPass).toBeGreaterThan(100);
    // Wider, not wide open: the glued search still rules out most of what it is shown.
    expect(gluedPass).toBeLessThan(total / 2);
  });
});

describe("the prefilter's expressions without covered openings", () => {
  it('drop an opening only where a plain literal it starts with finds the same texts', async () => {
    const { covers } = await import('../../src/core/relevance/compile');
    expect(covers('espre', "espre[a-z0-9']*[^a-z0-9.!?\\n]*mach")).toBe(true);
    expect(covers('espre', 'espress')).toBe(true);
    expect(covers('~brightb', 'brightb')).toBe(true);
    expect(covers('~brightb', 'brightbrew\\.example')).toBe(true);
    // A word start asks more than anywhere; a quantified letter may be absent; a class is no literal.
    expect(covers('brightb', '~brightbrew')).toBe(false);
    expect(covers('bur', 'bur?ger')).toBe(false);
    expect(covers("espre[a-z0-9']*", 'espresso')).toBe(false);
    expect(covers('bur', 'bur')).toBe(false);
  });

  it('give every labeled text the same yes or no as all the openings', async () => {
    const { buildPrefilter } = await import('../../src/core/relevance/compile');
    const { foldText } = await import('../../src/core/relevance/text');
    const folded = posts.map((p) => foldText(`${p.title ?? ''}\n${p.body}\n${p.community ?? ''}`));
    // Openings shaped as the compiler makes them, from words of the data: prefixes, phrases, anywhere-openings.
    const words = [...new Set(folded.join(' ').match(/\b[a-z]{4,}\b/g) ?? [])].filter((_, i) => i % 97 === 0).slice(0, 120);
    const gap = "[a-z0-9']*[^a-z0-9.!?\\n]*";
    const openings = words.flatMap((w, i) => {
      const next = words[(i + 1) % words.length]!;
      const cut = w.slice(0, Math.max(4, w.length - 3));
      return [cut, w.slice(0, 3 + (i % 3)), `${cut}${gap}${next.slice(0, 4)}`, ...(i % 5 === 0 ? [`~${w.slice(0, 4)}`, `~${w}\\.com`] : [])];
    });
    const full = buildPrefilter(openings, false)!;
    const simple = buildPrefilter(openings)!;
    expect(simple.words.source.length).toBeLessThan(full.words.source.length / 2);
    let hits = 0;
    for (const text of folded) {
      const answer = full.words.test(text);
      expect(simple.words.test(text), text.slice(0, 80)).toBe(answer);
      expect(simple.loose.test(text)).toBe(full.loose.test(text));
      if (answer) hits++;
    }
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(folded.length);
  });
});

describe('SAME_FOLDED (marks the prefilter searches without folding)', () => {
  it('holds only characters folding leaves alone or turns into a plain form the expressions treat alike', async () => {
    const { SAME_FOLDED } = await import('../../src/core/relevance/prefilter');
    const { foldChar } = await import('../../src/core/relevance/text');
    const cls = new RegExp(`^[${SAME_FOLDED}]$`);
    // The plain forms the expressions name beside their typographic ones (compile.ts: PHRASE_GAP, WORD_TAIL).
    const equivalent: Record<string, string> = { '\u00a0': ' ', '\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2026': '...' };
    let count = 0;
    for (let code = 0x80; code < 0xd800; code++) {
      const ch = String.fromCharCode(code);
      if (!cls.test(ch)) continue;
      count++;
      const folded = foldChar(ch);
      if (folded === ch) expect(/[\p{L}\p{N}\s#]/u.test(ch), `U+${code.toString(16)}`).toBe(false);
      else expect(equivalent[ch], `U+${code.toString(16)} folds to ${JSON.stringify(folded)}`).toBe(folded);
    }
    expect(count).toBeGreaterThan(500);
  });
});
