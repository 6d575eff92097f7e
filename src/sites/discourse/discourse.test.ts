// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, FIXTURES, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { discourse, isDiscourse, readDiscourse } from './index';
import { DC } from './selectors';
import { shortCount } from '../dom';
import { cookedText } from './text';

const TOPIC = 'forum.obsidian.md:t91234';

describe('discourse adapter', () => {
  it('has the topic and latest fixtures', () => {
    expect(fixtureNames('discourse')).toEqual(['latest', 'topic']);
  });

  for (const name of fixtureNames('discourse')) {
    describe(name, () => {
      const fixture = loadFixture('discourse', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(discourse.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, DC);
      });

      it('reads every post with the expected fields', () => {
        const strict = readDiscourse(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, [TOPIC]);
        expect(discourse.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record } of strict) {
          expect(record.id.startsWith('forum.obsidian.md:')).toBe(true);
          expect(record.permalink.startsWith('https://forum.obsidian.md/t/')).toBe(true);
          expect(record.community).toBeTruthy();
        }
      });

      it(expected.replyBox ? 'finds the composer' : 'finds no composer', () => {
        const box = discourse.findReplyBox(doc);
        if (expected.replyBox) expect(box?.matches('#reply-control textarea.d-editor-input')).toBe(true);
        else expect(box).toBeNull();
      });
    });
  }

  it('keeps quotes, link previews and image captions out of the writer’s words', () => {
    const { doc, url } = loadFixture('discourse', 'topic');
    const posts = readDiscourse(doc, url, true);
    const all = posts.map((p) => p.record.body).join('\n');
    expect(posts[4]?.record.body).toBe('Same fix worked here, conflicts stopped right away. Would love to know why though.'); // no quote
    expect(all).not.toContain('Obsidian 1.10.3 Desktop'); // the onebox title
    expect(all).not.toContain('1920×1080'); // the lightbox caption
    expect(cookedText(parseHtml('<div class="cooked"><aside class="quote"><blockquote><p>theirs</p></blockquote></aside><p>mine</p></div>').querySelector('.cooked') as Element)).toBe('mine');
  });

  it('finds a parent named in the reply-to tab further up, and the exact one once expanded above', () => {
    const { doc, url } = loadFixture('discourse', 'topic');
    const byId = new Map(readDiscourse(doc, url, true).map((p) => [p.record.id, p.record]));
    // Post 11 answers post 3 by marco_v although marco_v's latest post above it is post 9:
    // the expanded parent says so; without it, the nearest post by that name is taken.
    expect(byId.get('forum.obsidian.md:312171')?.parentId).toBe('forum.obsidian.md:312040');
    const article = doc.getElementById('post_11');
    article?.classList.remove('replies-above');
    article?.querySelector('.embedded-posts')?.parentElement?.remove();
    const without = new Map(readDiscourse(doc, url, true).map((p) => [p.record.id, p.record]));
    expect(without.get('forum.obsidian.md:312171')).toMatchObject({ parentId: 'forum.obsidian.md:312140', depth: 1 });
  });

  it('reads posts appended by the stream, finding their parents further up the page', () => {
    const { doc, url } = loadFixture('discourse', 'topic');
    const post10 = doc.getElementById('post_10')?.parentElement;
    expect(post10).toBeTruthy();
    const posts = discourse.readPosts(post10 as Element, url);
    expect(posts.map((p) => p.record)).toEqual([
      // Depth counts from the nearest parent read: the rest of the chain is not read again.
      expect.objectContaining({ id: 'forum.obsidian.md:312166', parentId: 'forum.obsidian.md:312090', depth: 1, kind: 'comment', community: 'Help' }),
    ]);
  });

  it('anchors the badge after the post header and the list row title', () => {
    const topic = loadFixture('discourse', 'topic');
    const [first] = discourse.readPosts(topic.doc, topic.url);
    expect(first?.element.matches('article[data-post-id]')).toBe(true);
    expect(first?.anchor.matches('.topic-meta-data')).toBe(true);
    const latest = loadFixture('discourse', 'latest');
    const [row] = discourse.readPosts(latest.doc, latest.url);
    expect(row?.element.matches('tr.topic-list-item')).toBe(true);
    expect(row?.anchor.matches('.link-top-line')).toBe(true);
  });

  it('gives a topic the same id in a list and on its page', () => {
    const latest = loadFixture('discourse', 'latest');
    const topic = loadFixture('discourse', 'topic');
    const row = discourse.readPosts(latest.doc, latest.url).find((p) => p.record.title === 'Sync keeps creating conflict files after updating to 1.10');
    expect(row?.record.id).toBe(discourse.readPosts(topic.doc, topic.url)[0]?.record.id);
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url } = loadFixture('discourse', 'topic');
    doc.querySelector('#post_5 .cooked')?.remove();
    expect(() => readDiscourse(doc, url, true)).toThrow(SelectorError);
    expect(discourse.readPosts(doc, url)).toHaveLength(12);
    const latest = loadFixture('discourse', 'latest');
    for (const link of latest.doc.querySelectorAll('tr.topic-list-item a.title')) link.remove();
    expect(() => readDiscourse(latest.doc, latest.url, true)).toThrow(SelectorError);
    expect(discourse.readPosts(latest.doc, latest.url)).toEqual([]);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://forum.obsidian.md/t/x/1');
    const broken = parseHtml('<article data-post-id="5"><p>odd</p></article>');
    expect(discourse.readPosts(broken, url)).toEqual([]);
    expect(() => readDiscourse(broken, url, true)).toThrow(SelectorError);
    expect(discourse.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('parses Discourse’s abbreviated counts', () => {
    expect(shortCount('12')).toBe(12);
    expect(shortCount('1.1k')).toBe(1100);
    expect(shortCount('38.5k')).toBe(38500);
    expect(shortCount('2.1m')).toBe(2100000);
    expect(shortCount('1,234')).toBe(1234);
    expect(shortCount('')).toBeUndefined();
  });
});

describe('discourse detection on any host', () => {
  it('recognises a forum on a host the manifest does not list (a company forum)', () => {
    const html = readFileSync(join(FIXTURES, 'discourse/topic.html'), 'utf8');
    const url = new URL('https://community.brightbrew.example/t/sync-keeps-creating-conflict-files-after-updating-to-1-10/91234');
    expect(discourse.matches.some((m) => m.includes(url.hostname))).toBe(false);
    const doc = parseHtml(html, url.href);
    expect(discourse.detect(url, doc)).toBe(true);
    const posts = readDiscourse(doc, url, true);
    expect(posts).toHaveLength(13);
    expect(posts[0]?.record).toMatchObject({ id: 'community.brightbrew.example:t91234', permalink: 'https://community.brightbrew.example/t/sync-keeps-creating-conflict-files-after-updating-to-1-10/91234/1' });
    expect(posts[3]?.record.parentId).toBe('community.brightbrew.example:312014');
  });

  it('recognises the app without the generator tag (a theme may drop it), by its boot data or structure', () => {
    const { doc } = loadFixture('discourse', 'topic');
    doc.querySelector('meta[name="generator"]')?.remove();
    expect(isDiscourse(doc)).toBe(true);
    doc.getElementById('data-discourse-setup')?.remove();
    expect(isDiscourse(doc)).toBe(true);
  });

  it('claims no other site’s page, and no plain page', () => {
    for (const site of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'discourse')) {
      for (const name of fixtureNames(site.name)) {
        const { doc, url } = loadFixture(site.name, name);
        expect(discourse.detect(url, doc), `${site.name}/${name}`).toBe(false);
      }
    }
    const plain = parseHtml('<html><head><title>Blog</title><meta name="generator" content="WordPress 6.9"></head><body><main id="main-outlet"><article data-post-id="3"><p>Hello</p></article></main></body></html>');
    expect(discourse.detect(new URL('https://blog.example/'), plain)).toBe(false);
    expect(discourse.detect(new URL('https://example.com/'), parseHtml('<p>Hello</p>'))).toBe(false);
  });
});
