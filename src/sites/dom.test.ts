// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/fixtures/sites/harness';
import { absoluteUrl, countIn, intIn, ownQuery, selectAll, shortCount, textOf, toIso } from './dom';

describe('toIso', () => {
  it.each([
    ['2026-11-20T14:03:11 1795183391', '2026-11-20T14:03:11.000Z'], // HN: zone-less UTC, then unix seconds
    ['2026-11-20T14:03:11 1763647391', '2026-11-20T14:03:11.000Z'], // the ISO part wins when they disagree
    ['2026-11-20T14:03:11', '2026-11-20T14:03:11.000Z'],
    ['1795183391', '2026-11-20T14:03:11.000Z'],
    ['1795183391000', '2026-11-20T14:03:11.000Z'],
    ['x 1795183391', '2026-11-20T14:03:11.000Z'],
    ['2026-11-22T17:41:09.284000+0000', '2026-11-22T17:41:09.284Z'], // new Reddit
    ['2026-11-22T19:41:09.2+02:00', '2026-11-22T17:41:09.200Z'],
    ['2026-11-21T15:22:08+00:00', '2026-11-21T15:22:08.000Z'], // old Reddit
    ['2026-11-21T15:22Z', '2026-11-21T15:22:00.000Z'],
    ['2026-11-21', '2026-11-21T00:00:00.000Z'],
    ['2026-11-21T01:30:00-05:00', '2026-11-21T06:30:00.000Z'],
  ])('%s -> %s', (raw, iso) => {
    expect(toIso(raw)).toBe(iso);
  });

  it.each([null, undefined, '', 'yesterday', '2026-13-45T99:00:00', '2026-02-31T10:00:00Z'])('%s -> undefined', (raw) => {
    expect(toIso(raw)).toBeUndefined();
  });
});

describe('numbers', () => {
  it('reads counts and scores from page text', () => {
    expect(intIn('1,234 points')).toBe(1234);
    expect(intIn('87\u00a0comments')).toBe(87);
    expect(intIn('-3')).toBe(-3);
    expect(intIn('discuss')).toBeUndefined();
    expect(countIn('-3')).toBeUndefined();
    expect(countIn('2 more replies')).toBe(2);
  });
});

describe('textOf', () => {
  it('separates paragraphs, collapses whitespace and ignores markup', () => {
    const doc = parseHtml('<div id="t">First <b>bold</b>.<p>Second\n  para.</p><pre><code>a\n b</code></pre><div class="reply">reply</div></div>');
    const el = doc.getElementById('t') as Element;
    expect(textOf(el)).toBe('First bold. Second para. a b reply');
    expect(textOf(el, 'reply')).toBe('First bold. Second para. a b');
  });

  it('skips an element holding the class among others, and only the whole class name', () => {
    const doc = parseHtml('<div id="t">Kept<span class="x\treply big">gone</span><span class="replying">kept too</span><span class="noreply">and this</span><div class="reply">gone</div></div>');
    expect(textOf(doc.getElementById('t')!, 'reply')).toBe('Keptkept tooand this');
  });

  it('never returns markup from text that looks like it', () => {
    const doc = parseHtml('<p id="t">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(textOf(doc.getElementById('t') as Element)).toBe('<script>alert(1)</script>');
  });
});

describe('selection', () => {
  it('includes the root itself when it matches', () => {
    const doc = parseHtml('<div class="x" id="a"><div class="x" id="b"></div></div>');
    expect(selectAll(doc.getElementById('a') as Element, '.x').map((e) => e.id)).toEqual(['a', 'b']);
    expect(selectAll(doc, '.x').map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('finds an owner’s own part, not a nested reply’s', () => {
    const doc = parseHtml('<c-item id="a"><c-item id="b"><p class="body">reply</p></c-item></c-item>');
    expect(ownQuery(doc.getElementById('a') as Element, '.body', 'c-item')).toBeNull();
    expect(ownQuery(doc.getElementById('b') as Element, '.body', 'c-item')?.textContent).toBe('reply');
  });
});

describe('textOf and line breaks inside inline elements', () => {
  it('does not glue lines a <br> separates inside a span', () => {
    const doc = parseHtml('<div id="t"><span>First line<br>second line</span> and <a href="#">a <b>bold</b> link</a></div>');
    expect(textOf(doc.getElementById('t')!)).toBe('First line second line and a bold link');
  });
});

describe('toIso fast path', () => {
  it('gives what the general parser gives for the common UTC layouts, and rejects impossible dates', () => {
    expect(toIso('2026-11-22T14:03:11 1795356191')).toBe('2026-11-22T14:03:11.000Z');
    expect(toIso('2026-11-22T14:03:11Z')).toBe('2026-11-22T14:03:11.000Z');
    expect(toIso('2026-11-22T14:03:11.000Z')).toBe('2026-11-22T14:03:11.000Z');
    expect(toIso('2024-02-29T00:00:00')).toBe('2024-02-29T00:00:00.000Z');
    expect(toIso('2026-02-29T00:00:00')).toBeUndefined();
    expect(toIso('2026-13-01T00:00:00')).toBeUndefined();
    expect(toIso('2026-11-22T24:00:00')).toBeUndefined();
    expect(toIso('2026-11-22T14:03:1x')).toBeUndefined();
    for (let i = 0; i < 500; i++) {
      const date = new Date(Date.UTC(1990 + (i % 60), i % 12, 1 + (i % 28), i % 24, (i * 7) % 60, (i * 13) % 60));
      const iso = date.toISOString();
      expect(toIso(iso.slice(0, 19))).toBe(iso);
    }
  });
});

describe('shortCount and absoluteUrl (shared by the adapters)', () => {
  it('reads counts as sites abbreviate them', () => {
    const cases: [string, number | undefined][] = [['12', 12], ['1,284 Comments', 1284], ['1.2K', 1200], ['38.5k', 38500], ['3.4M views', 3_400_000], ['1B', 1e9], ['1,5K', 1500], ['1+', 1], ['1.284', 1284], ['2 Kommentare', 2], ['', undefined], ['none', undefined]];
    for (const [text, want] of cases) expect(shortCount(text), text).toBe(want);
  });

  it('makes hrefs absolute on the page origin without letting //other.host through as a path', () => {
    expect(absoluteUrl('/u/dana', 'https://forum.example.org')).toBe('https://forum.example.org/u/dana');
    expect(absoluteUrl('https://x.example/a', 'https://forum.example.org')).toBe('https://x.example/a');
    expect(absoluteUrl('//evil.example/a', 'https://forum.example.org')).toBe('https://evil.example/a');
    expect(absoluteUrl('t/12', 'https://forum.example.org')).toBe('https://forum.example.org/t/12');
  });
});
