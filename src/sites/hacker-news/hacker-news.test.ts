// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { hackerNews, readHackerNews } from './index';
import { HN } from './selectors';

describe('hacker-news adapter', () => {
  it('has the item and front fixtures', () => {
    expect(fixtureNames('hacker-news')).toEqual(['front', 'item']);
  });

  for (const name of fixtureNames('hacker-news')) {
    describe(name, () => {
      const fixture = loadFixture('hacker-news', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(hackerNews.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, HN);
      });

      it('reads every post with the expected fields', () => {
        const strict = readHackerNews(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, [...(expected.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])), url.searchParams.get('id') ?? '']);
        // The user-facing reader returns the same as the strict one on a healthy page.
        expect(hackerNews.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
      });

      it(expected.replyBox ? 'finds the reply box' : 'finds no reply box', () => {
        const box = hackerNews.findReplyBox(doc);
        if (expected.replyBox) expect(box?.matches('textarea[name="text"]')).toBe(true);
        else expect(box).toBeNull();
      });
    });
  }

  it('anchors the badge after the title line and the comment header', () => {
    const { doc, url } = loadFixture('hacker-news', 'item');
    const [story, comment] = hackerNews.readPosts(doc, url);
    expect(story?.element.id).toBe('42424242');
    expect(story?.anchor.className).toBe('titleline');
    expect(comment?.element.matches('tr.athing.comtr')).toBe(true);
    expect(comment?.anchor.className).toBe('comhead');
  });

  it('reads depth from the spacer image when the indent attribute is missing', () => {
    const { doc, url } = loadFixture('hacker-news', 'item');
    const before = readHackerNews(doc, url, true).map((p) => [p.record.depth, p.record.parentId]);
    for (const ind of doc.querySelectorAll('td.ind')) ind.removeAttribute('indent');
    expect(readHackerNews(doc, url, true).map((p) => [p.record.depth, p.record.parentId])).toEqual(before);
  });

  it('reads rows added later (a root that is itself a row)', () => {
    const { doc, url } = loadFixture('hacker-news', 'front');
    const row = doc.getElementById('42432388');
    expect(row).not.toBeNull();
    const posts = hackerNews.readPosts(row as Element, url);
    expect(posts.map((p) => p.record.id)).toEqual(['42432388']);
    expect(posts[0]?.record.replyCount).toBe(0);
  });

  describe('rows added later (infinite scroll, "more")', () => {
    /** The item fixture with comment rows appended after its last one (42424760, depth 1, under 42424701). */
    function appended(rows: [id: string, depth: number][]) {
      const { doc, url } = loadFixture('hacker-news', 'item');
      const template = doc.getElementById('42424760')!;
      const added = rows.map(([id, depth]) => {
        const row = template.cloneNode(true) as Element;
        row.id = id;
        const ind = row.querySelector('td.ind')!;
        ind.setAttribute('indent', String(depth));
        ind.querySelector('img')!.setAttribute('width', String(depth * 40));
        return row;
      });
      template.parentElement!.append(...added);
      return { doc, url, added };
    }
    const tree = (drafts: { record: { id: string; depth?: number; parentId?: string } }[]) => drafts.map(({ record }) => [record.id, record.depth, record.parentId]);

    it('links a reply read alone to its parent in the page', () => {
      const { url, added } = appended([['900', 2]]);
      const row = added[0]!;
      expect(tree(hackerNews.drafts!.read(row, url))).toEqual([['900', 2, '42424760']]);
      expect(tree(hackerNews.readPosts(row, url))).toEqual([['900', 2, '42424760']]);
    });

    it('finds a parent further up, past its siblings\' replies', () => {
      const { url, added } = appended([['900', 2], ['901', 1]]);
      // 901 is read alone: its parent is the last top-level comment, two rows up.
      expect(tree(hackerNews.drafts!.read(added[1]!, url))).toEqual([['901', 1, '42424701']]);
    });

    it('reads a batch of added rows with one thread tree, in page order', () => {
      const { url, added } = appended([['900', 2], ['901', 1], ['902', 2], ['903', 0], ['904', 1]]);
      const drafts = hackerNews.drafts!.readMany!(added, url);
      expect(tree(drafts)).toEqual([
        ['900', 2, '42424760'],
        ['901', 1, '42424701'],
        ['902', 2, '901'],
        ['903', 0, '42424242'],
        ['904', 1, '903'],
      ]);
      // The same as reading each row on its own, and as reading the whole page again.
      expect(tree(added.flatMap((row) => hackerNews.drafts!.read(row, url)))).toEqual(tree(drafts));
    });

    it('does not lend one root\'s lineage to another root elsewhere in the page', () => {
      const { doc, url, added } = appended([['900', 1]]);
      // A reply to the first comment (42424301), shown later by "more", read in the same batch.
      const early = added[0]!.cloneNode(true) as Element;
      early.id = '905';
      early.querySelector('td.ind')!.setAttribute('indent', '1');
      doc.getElementById('42424301')!.after(early);
      expect(tree(hackerNews.drafts!.readMany!([added[0]!, early], url))).toEqual([
        ['900', 1, '42424701'],
        ['905', 1, '42424301'],
      ]);
    });
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url } = loadFixture('hacker-news', 'front');
    doc.querySelector('tr.athing .titleline')?.remove();
    expect(() => readHackerNews(doc, url, true)).toThrow(SelectorError);
    const posts = hackerNews.readPosts(doc, url);
    expect(posts).toHaveLength(29);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://news.ycombinator.com/item?id=1');
    const broken = parseHtml('<table><tr class="athing comtr" id="9"><td>odd</td></tr></table>');
    expect(hackerNews.readPosts(broken, url)).toEqual([]);
    expect(() => readHackerNews(broken, url, true)).toThrow(SelectorError);
    expect(hackerNews.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('reads a comment that heads its own page (item?id=<comment>)', () => {
    const html = `<table class="fatitem"><tr class="athing" id="500"><td class="default"><div><span class="comhead">
      <a href="user?id=ada" class="hnuser">ada</a> <span class="age" title="2026-11-20T10:00:00 1795168800"><a href="item?id=500">1 day ago</a></span>
      <span class="navs"> | <a href="item?id=400">parent</a> | <a href="item?id=300">context</a></span></span></div>
      <div class="comment"><div class="commtext c00">Same here.</div></div></td></tr></table>`;
    const doc = parseHtml(html);
    const [post] = readHackerNews(doc, new URL('https://news.ycombinator.com/item?id=500'), true);
    expect(post?.record).toMatchObject({ id: '500', kind: 'comment', body: 'Same here.', author: 'ada', parentId: '400', time: '2026-11-20T10:00:00.000Z' });
  });
});
