// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { readReddit, reddit } from './index';
import { NEW, OLD } from './selectors';

describe('reddit adapter', () => {
  it('has the new thread, new listing and old thread fixtures', () => {
    expect(fixtureNames('reddit')).toEqual(['listing', 'old-thread', 'thread']);
  });

  for (const name of fixtureNames('reddit')) {
    describe(name, () => {
      const fixture = loadFixture('reddit', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(reddit.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, { ...NEW, ...prefixed(OLD) });
      });

      it('reads every post with the expected fields', () => {
        const strict = readReddit(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, (expected.skipped ?? []).flatMap((s) => (s.id ? [s.id] : [])));
        expect(reddit.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record } of strict) {
          expect(record.permalink.startsWith('https://www.reddit.com/r/')).toBe(true);
          expect(record.community).toMatch(/^r\/\w+$/);
          expect(record.id).toMatch(record.kind === 'post' ? /^t3_/ : /^t1_/);
        }
      });

      it(expected.replyBox ? 'finds the reply box' : 'finds no reply box', () => {
        const box = reddit.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.matches('[contenteditable="true"], .usertext-edit textarea')).toBe(true);
      });
    });
  }

  it('anchors badges on the title and the author line', () => {
    const thread = loadFixture('reddit', 'thread');
    const [post, comment] = reddit.readPosts(thread.doc, thread.url);
    expect(post?.anchor.getAttribute('slot')).toBe('title');
    expect(comment?.anchor.getAttribute('slot')).toBe('commentMeta');
    const old = loadFixture('reddit', 'old-thread');
    const [oldPost, oldComment] = reddit.readPosts(old.doc, old.url);
    expect(oldPost?.anchor.matches('a.title')).toBe(true);
    expect(oldComment?.anchor.matches('.tagline')).toBe(true);
  });

  it('reads a comment subtree added later (root is a comment with replies)', () => {
    const { doc, url } = loadFixture('reddit', 'thread');
    const root = doc.querySelector('shreddit-comment[thingid="t1_lyk3a9x"]');
    expect(root).not.toBeNull();
    const posts = reddit.readPosts(root as Element, url);
    expect(posts.map((p) => p.record.id)).toEqual(['t1_lyk3a9x', 't1_lyk5f0m', 't1_lyk8q2c', 't1_lyk9w7d']);
    expect(posts.map((p) => p.record.depth)).toEqual([0, 1, 2, 3]);
  });

  it('skips promoted posts', () => {
    const { doc, url } = loadFixture('reddit', 'listing');
    const authors = reddit.readPosts(doc, url).map((p) => p.record.author);
    expect(authors).not.toContain('BrightbrewOfficial');
  });

  it('reads old Reddit markup served at www.reddit.com (old-Reddit preference)', () => {
    const { doc, url, expected } = loadFixture('reddit', 'old-thread');
    const www = new URL(url.pathname, 'https://www.reddit.com');
    expect(reddit.detect(www, doc)).toBe(true);
    expect(reddit.readPosts(doc, www)).toHaveLength(expected.posts);
  });

  it('reads a comment body from slot="comment" when the rtjson id is gone', () => {
    const { doc, url } = loadFixture('reddit', 'thread');
    for (const el of doc.querySelectorAll('[id$="-comment-rtjson-content"]')) el.removeAttribute('id');
    const posts = readReddit(doc, url, true);
    expect(posts).toHaveLength(13);
    expect(posts[2]?.record.body).toMatch(/^That is almost always the group gasket/);
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url } = loadFixture('reddit', 'old-thread');
    doc.querySelector('div.thing[data-type="link"] a.title')?.remove();
    expect(() => readReddit(doc, url, true)).toThrow(SelectorError);
    expect(reddit.readPosts(doc, url)).toHaveLength(9);
  });

  it('skips removed new-Reddit comments but keeps them as parents', () => {
    const html = `<shreddit-comment thingid="t1_a" author="[deleted]" depth="0" permalink="/r/x/comments/1/t/comment/a/" postid="t3_1" deleted>
      <div slot="comment"><p>[deleted]</p></div>
      <shreddit-comment thingid="t1_b" author="kim" depth="1" parentid="t1_a" permalink="/r/x/comments/1/t/comment/b/" postid="t3_1" slot="children">
        <div id="t1_b-comment-rtjson-content" slot="comment"><p>Still here.</p></div>
      </shreddit-comment>
    </shreddit-comment>`;
    const posts = readReddit(parseHtml(html), new URL('https://www.reddit.com/r/x/comments/1/t/'), true);
    expect(posts.map((p) => p.record)).toEqual([
      expect.objectContaining({ id: 't1_b', body: 'Still here.', parentId: 't1_a', depth: 1, community: 'r/x', replyCount: 0 }),
    ]);
  });
});

/** OLD keys prefixed so they do not collide with NEW's in one record. */
function prefixed<T extends Record<string, unknown>>(selectors: T): Record<string, T[keyof T]> {
  return Object.fromEntries(Object.entries(selectors).map(([k, v]) => [`old.${k}`, v])) as Record<string, T[keyof T]>;
}
