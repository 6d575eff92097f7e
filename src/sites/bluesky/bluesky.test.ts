// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { bluesky, readBluesky } from './index';
import { BSKY } from './selectors';
import { timeOfLabel, timeOfRecordKey } from './time';

const ITEM = `${BSKY.feedItem.css}, ${BSKY.threadItem.css}`;

describe('bluesky adapter', () => {
  it('has the feed and thread fixtures', () => {
    expect(fixtureNames('bluesky')).toEqual(['feed', 'thread']);
  });

  for (const name of fixtureNames('bluesky')) {
    describe(name, () => {
      const fixture = loadFixture('bluesky', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(bluesky.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, BSKY);
      });

      it('reads every post with the expected fields', () => {
        const strict = readBluesky(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, []);
        expect(bluesky.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record, element } of strict) {
          const rkey = record.permalink.split('/').pop() ?? '';
          expect(record.id).toBe(`at://${record.author}/app.bsky.feed.post/${rkey}`);
          expect(record.time).toBe(timeOfRecordKey(rkey));
          expect(element.matches(ITEM)).toBe(true);
        }
      });

      it(expected.replyBox ? 'finds the reply box' : 'finds no reply box', () => {
        const box = bluesky.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.matches('.ProseMirror[contenteditable="true"][role="textbox"]')).toBe(true);
      });
    });
  }

  describe('feed', () => {
    const { doc, url } = loadFixture('bluesky', 'feed');
    const posts = readBluesky(doc, url, true);
    const by = (author: string) => posts.find((p) => p.record.author === author)?.record;

    it('reads a repost as the original post, by its author', () => {
      expect(by('homebarista.bsky.social')?.body).toMatch(/^Poll results/);
      expect(posts.map((p) => p.record.author)).not.toContain('dana-ortiz.bsky.social');
    });

    it('keeps a quoted post out: not a post of its own, not in the quoting body', () => {
      expect(posts.map((p) => p.record.author)).not.toContain('espressoscience.org');
      expect(by('cafe-ruth.bsky.social')?.body).toMatch(/than the last grinder upgrade\.$/);
      expect(by('cafe-ruth.bsky.social')?.permalink).toMatch(/\/profile\/cafe-ruth\.bsky\.social\/post\//);
    });

    it('reads the whole text of a post clamped behind "Show More", and links as shown', () => {
      expect(by('kettlekeys.bsky.social')?.body).toMatch(/one sputter away from switching to a Breville\.$/);
      expect(by('kettlekeys.bsky.social')?.body).not.toContain('Show More');
      expect(by('nightowl.bsky.social')?.body).toMatch(/Some thoughts: bookblog\.example\/2026\/11\/left\.\.\.$/);
      expect(by('ana-pours.bsky.social')?.body).toMatch(/^@mira\.bsky\.social the Duo .* #espresso$/);
    });

    it('reads an image-only post with an empty body, and counts from the button labels', () => {
      expect(by('steamwand.bsky.social')?.body).toBe('');
      expect(by('brewratio.bsky.social')).toMatchObject({ score: 702, replyCount: 57 });
    });

    it('reads a post added later (root = the post, or an element inside it)', () => {
      const item = doc.querySelectorAll(BSKY.feedItem.css)[3];
      const text = item?.querySelector(BSKY.postText.css);
      if (!item || !text) throw new Error('fixture lacks feed items');
      expect(bluesky.readPosts(item, url).map((p) => p.record)).toEqual([posts[3]?.record]);
      expect(bluesky.readPosts(text, url).map((p) => p.record.id)).toEqual([posts[3]?.record.id]);
    });
  });

  describe('thread', () => {
    const { doc, url } = loadFixture('bluesky', 'thread');

    it('places replies by the reply lines the page draws', () => {
      const posts = readBluesky(doc, url, true);
      const anchorId = posts[0]?.record.id;
      const shape = posts.map(({ record: r }) => [r.author, r.kind, r.depth ?? null, r.parentId === anchorId ? 'main' : r.parentId ? 'above' : null]);
      expect(shape).toEqual([
        ['kettlekeys.bsky.social', 'post', null, null],
        ['brightbrew.example', 'comment', 0, 'main'],
        ['kettlekeys.bsky.social', 'comment', 1, 'above'],
        ['brightbrew.example', 'comment', 2, 'above'],
        ['crema-queen.bsky.social', 'comment', 0, 'main'],
        ['kettlekeys.bsky.social', 'comment', 1, 'above'],
        ['crema-queen.bsky.social', 'comment', 2, 'above'],
        ['kettlekeys.bsky.social', 'comment', 3, 'above'],
        ['mira.bsky.social', 'comment', 0, 'main'],
        ['gus-gear.bsky.social', 'comment', 0, 'main'],
        ['samdecaf.bsky.social', 'comment', 0, 'main'],
        ['coffeenerd.uk', 'comment', 0, 'main'],
        ['beanqueen.nyc', 'comment', 0, 'main'],
      ]);
      for (let i = 2; i < 8; i++) if (i !== 4) expect(posts[i]?.record.parentId).toBe(posts[i - 1]?.record.id);
    });

    it('reads the main post from the URL: it links only to its own "likes" and "reposts" pages', () => {
      const [main] = readBluesky(doc, url, true);
      expect(main?.record.permalink).toBe(url.href);
      expect(main?.element.hasAttribute('role')).toBe(false);
    });

    it('finds the main post when the URL names its author by DID', () => {
      const byDid = new URL(url.href.replace('/profile/kettlekeys.bsky.social/', '/profile/did:plc:2j5mfsxk3qa4kd7q9v0c/'));
      const posts = readBluesky(doc, byDid, true);
      expect(posts[0]?.record).toMatchObject({ kind: 'post', author: 'kettlekeys.bsky.social' });
      expect(posts[1]?.record).toMatchObject({ kind: 'comment', depth: 0, parentId: posts[0]?.record.id });
    });

    it('places a reply read on its own as a full read does', () => {
      const full = readBluesky(doc, url, true);
      for (const item of doc.querySelectorAll(BSKY.threadItem.css)) {
        const [post] = readBluesky(item, url, true);
        expect(post?.record).toEqual(full.find((p) => p.element === item)?.record);
      }
    });

    it('reads the posts above a main post that is itself a reply as its parents', () => {
      const reply = (handle: string, rkey: string, line: boolean, text: string) =>
        `<div><div><div role="link" data-testid="postThreadItem-by-${handle}"><div><div>${line ? '<div></div>' : ''}</div></div>
         <div><a href="/profile/${handle}/post/${rkey}" title="November 20, 2026 at 10:00 AM">1d</a><div data-word-wrap="1" dir="auto">${text}</div>
         <button data-testid="replyBtn" aria-label="Reply (1 reply)"></button></div></div></div></div>`;
      const anchor = (handle: string, rkey: string) =>
        `<div><div><div style="width: 42px"><div></div></div></div><div data-testid="postThreadItem-by-${handle}"><div data-word-wrap="1" dir="auto">The Mill 60.</div>
         <a href="/profile/${handle}/post/${rkey}/liked-by" aria-label="Likes on this post">2 likes</a></div></div>`;
      const html = `<main>${reply('ada.bsky.social', '3n2aaaaaaaaa2', false, 'Which grinder?')}${anchor('bo.bsky.social', '3n2bbbbbbbbb2')}${reply('cy.bsky.social', '3n2ccccccccc2', false, 'Agreed.')}${reply('dee.bsky.social', '3n2ddddddddd2', true, 'Same.')}</main>`;
      const url = new URL('https://bsky.app/profile/bo.bsky.social/post/3n2bbbbbbbbb2');
      const at = (h: string, k: string) => `at://${h}/app.bsky.feed.post/${k}`;
      const posts = readBluesky(parseHtml(html, url.href), url, true).map(({ record: r }) => [r.author, r.kind, r.parentId ?? null, r.depth ?? null]);
      expect(posts).toEqual([
        ['ada.bsky.social', 'post', null, null],
        ['bo.bsky.social', 'comment', at('ada.bsky.social', '3n2aaaaaaaaa2'), 0],
        ['cy.bsky.social', 'comment', at('bo.bsky.social', '3n2bbbbbbbbb2'), 1],
        ['dee.bsky.social', 'comment', at('cy.bsky.social', '3n2ccccccccc2'), 2],
      ]);
    });
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url, expected } = loadFixture('bluesky', 'feed');
    doc.querySelector(`${BSKY.feedItem.css} ${BSKY.postLink.css}`)?.remove();
    expect(() => readBluesky(doc, url, true)).toThrow(SelectorError);
    expect(bluesky.readPosts(doc, url)).toHaveLength(expected.posts - 1);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://bsky.app/');
    const broken = parseHtml('<div role="link" data-testid="feedItem-by-ada.bsky.social"><span>odd</span></div>');
    expect(bluesky.readPosts(broken, url)).toEqual([]);
    expect(() => readBluesky(broken, url, true)).toThrow(SelectorError);
    expect(bluesky.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });
});

describe('post times', () => {
  it('decodes a TID record key (microseconds since the epoch, then a clock id)', () => {
    // The same key and time another public extension's tests use for its own decoder.
    expect(timeOfRecordKey('3mqcze2d6k23e')).toBe('2026-07-10T20:46:00.000Z');
  });

  it('refuses keys that are not TIDs or not plausible post times', () => {
    for (const key of ['self', 'tooshort', '3mqcze2d6k23', '3111111111111', 'aaaaaaaaaaaaa', '3i5p64yyc222b', 'zzzzzzzzzzzzz']) {
      expect(timeOfRecordKey(key), key).toBeUndefined();
    }
  });

  it('reads the English label as local time, and nothing from other languages', () => {
    expect(timeOfLabel('November 22, 2026 at 3:04 PM')).toBe(new Date(2026, 10, 22, 15, 4).toISOString());
    expect(timeOfLabel('2026年11月22日 15:04')).toBeUndefined();
    expect(timeOfLabel(null)).toBeUndefined();
  });

  it('falls back to the link label for a record key that is not a TID', () => {
    const html = `<div role="link" data-testid="feedItem-by-ada.bsky.social"><a href="/profile/ada.bsky.social/post/custom-key" title="November 22, 2026 at 3:04 PM">2h</a>
      <div data-testid="postText" data-word-wrap="1">Hello</div></div>`;
    const [post] = readBluesky(parseHtml(html), new URL('https://bsky.app/'), true);
    expect(post?.record.time).toBe(new Date(2026, 10, 22, 15, 4).toISOString());
  });
});
