// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageVerdict } from '../messages/protocol';
import type { PagePost, SiteAdapter } from '../sites/types';
import { LEVEL_ATTRIBUTE, Scanner } from './scan';

/** An adapter that reads each `<p data-id>` as one post, counting its reads. */
let reads = 0;
const adapter: SiteAdapter = {
  id: 'demo',
  name: 'Test',
  matches: [],
  detect: () => true,
  findReplyBox: () => null,
  readPosts: (root) =>
    [...(root instanceof Element && root.matches('p[data-id]') ? [root] : root.querySelectorAll('p[data-id]'))].map((element): PagePost => {
      reads++;
      return {
        record: { id: element.getAttribute('data-id')!, site: 'demo', kind: 'post', body: element.textContent ?? '', permalink: `https://example.com/${element.getAttribute('data-id')}` },
        element,
        anchor: element,
      };
    }),
};

const url = new URL('https://example.com/');
const verdict = (id: string, level: PageVerdict['level'], priority = 0): PageVerdict => ({ id, level, score: 0.5, priority, intents: [], reasons: [`reason for ${id}`] });

function page(ids: string[]): HTMLElement[] {
  const ps = ids.map((id) => Object.assign(document.createElement('p'), { textContent: `post ${id}` }));
  ps.forEach((p, i) => (p.dataset.id = ids[i]));
  document.body.replaceChildren(...ps);
  return ps;
}

describe('Scanner', () => {
  it('reads each post once, marks it when its verdict comes, and ranks what is worth showing', () => {
    const [a, b, c] = page(['a', 'b', 'c']);
    const scanner = new Scanner(adapter);
    expect(scanner.read(document, url).map((p) => p.draft.record.id)).toEqual(['a', 'b', 'c']);
    expect(scanner.read(document, url)).toEqual([]);
    expect(a!.hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    scanner.apply([verdict('a', 'medium', 1), verdict('b', 'none'), verdict('c', 'high', 5)]);
    expect([a, b, c].map((el) => el!.getAttribute(LEVEL_ATTRIBUTE))).toEqual(['medium', 'none', 'high']);
    expect(scanner.relevant().map((p) => p.draft.record.id)).toEqual(['c', 'a']);
    expect(scanner.scanned).toBe(3);
  });

  it('reads a recycled node again, drops its stale mark, and ignores a late verdict for the post it held', () => {
    const [cell] = page(['x1']);
    const scanner = new Scanner(adapter);
    scanner.read(document, url);
    scanner.apply([verdict('x1', 'high')]);
    expect(cell!.getAttribute(LEVEL_ATTRIBUTE)).toBe('high');
    // A virtualised list puts another post into the same node.
    cell!.dataset.id = 'x2';
    cell!.textContent = 'another post';
    expect(scanner.read(cell!, url).map((p) => p.draft.record.id)).toEqual(['x2']);
    expect(cell!.hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    expect(scanner.apply([verdict('x1', 'high')])).toEqual([]);
    expect(cell!.hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    scanner.apply([verdict('x2', 'low')]);
    expect(cell!.getAttribute(LEVEL_ATTRIBUTE)).toBe('low');
    expect([...scanner.results.keys()]).toEqual(['x2']);
  });

  it('reads only the roots it is given', () => {
    page(['a', 'b']);
    const scanner = new Scanner(adapter);
    scanner.read(document, url);
    const added = Object.assign(document.createElement('p'), { textContent: 'new' });
    added.dataset.id = 'n';
    document.body.append(added);
    reads = 0;
    expect(scanner.read(added, url).map((p) => p.draft.record.id)).toEqual(['n']);
    expect(reads).toBe(1);
  });

  it('reads several roots in one go, each post once, as reading them in turn would', () => {
    page(['a']);
    const scanner = new Scanner(adapter);
    scanner.read(document, url);
    const added = ['n1', 'n2', 'n3'].map((id) => Object.assign(document.createElement('p'), { textContent: `new ${id}` }));
    added.forEach((p, i) => (p.dataset.id = `n${i + 1}`));
    document.body.append(...added);
    reads = 0;
    // The first node is given twice (a node added and then changed): it is read once.
    expect(scanner.readMany([added[0]!, added[1]!, added[0]!, added[2]!], url).map((p) => p.draft.record.id)).toEqual(['n1', 'n2', 'n3']);
    expect(scanner.readMany(added, url)).toEqual([]);
    expect(scanner.scanned).toBe(4);
  });
});

describe('Scanner and text changed in place', () => {
  it('judges a post again when its text changes (a content warning opened), keeping its id', () => {
    const [p] = page(['cw']);
    const scanner = new Scanner(adapter);
    scanner.read(document, url);
    scanner.apply([verdict('cw', 'none')]);
    p!.textContent = 'post cw, now with the text the content warning hid: which espresso machine?';
    expect(scanner.read(p!, url).map((x) => x.draft.record.id)).toEqual(['cw']);
    expect(p!.hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    scanner.apply([verdict('cw', 'high')]);
    expect(p!.getAttribute(LEVEL_ATTRIBUTE)).toBe('high');
    expect(scanner.read(p!, url)).toEqual([]);
  });
});

describe('Scanner on an endless feed', () => {
  it('forgets posts that left the page once it holds many, and keeps those still shown', () => {
    const scanner = new Scanner(adapter);
    for (let round = 0; round < 5; round++) {
      // A virtualised feed: each screenful replaces the last.
      page(Array.from({ length: 600 }, (_, i) => `r${round}-${i}`));
      scanner.read(document, url);
    }
    expect(scanner.scanned).toBe(3_000);
    expect(scanner.results.size).toBeLessThan(2_000);
    for (let i = 0; i < 600; i++) expect(scanner.results.has(`r4-${i}`)).toBe(true);
  });
});

describe('Scanner with a site that reads in two steps', () => {
  let completed: string[] = [];
  const twoStep: SiteAdapter = {
    ...adapter,
    drafts: {
      read: (root) =>
        [...root.querySelectorAll('p[data-id]')].map((element) => ({
          record: { id: element.getAttribute('data-id')!, site: 'demo', kind: element.hasAttribute('data-op') ? 'post' : 'comment', body: element.textContent ?? '' },
          element,
        })),
      complete: (draft) => {
        completed.push(draft.record.id);
        if (draft.record.id === 'broken') return null;
        return { record: { ...draft.record, permalink: `https://example.com/${draft.record.id}` }, element: draft.element, anchor: draft.element };
      },
    },
  };

  it('reads drafts, and the rest of a post only when asked, once', () => {
    completed = [];
    const [a] = page(['a', 'b', 'broken']);
    a!.setAttribute('data-op', '');
    const scanner = new Scanner(twoStep);
    const fresh = scanner.read(document, url);
    expect(fresh.map((p) => p.draft.record.id)).toEqual(['a', 'b', 'broken']);
    expect(completed).toEqual([]);
    // Ruled out from its text: marked, never read further.
    expect(scanner.markUnrelated(fresh[1]!)).toBe(true);
    expect(fresh[1]!.draft.element.getAttribute(LEVEL_ATTRIBUTE)).toBe('none');
    expect(scanner.complete(fresh[0]!)?.record.permalink).toBe('https://example.com/a');
    expect(scanner.complete(fresh[0]!)).toBe(fresh[0]!.page);
    expect(completed).toEqual(['a']);
    // A post whose rest cannot be read is forgotten, as readPosts would have skipped it.
    expect(scanner.complete(fresh[2]!)).toBeUndefined();
    expect(scanner.results.has('broken')).toBe(false);
    // The reply review asks for the opening post: read whole on demand.
    expect(scanner.openingPost()?.permalink).toBe('https://example.com/a');
    expect(completed).toEqual(['a', 'broken']);
  });
});
