// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml, type Fixture } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import type { PagePost } from '../types';
import { linkedin, readLinkedIn } from './index';
import { LI } from './selectors';
import { commentParts, publicProfile, readableText, timeOfId } from './shared';

/**
 * The harness wants a title on every post; LinkedIn updates have none (the adapter invents none).
 * Only for that one check, a stand-in title; every other check sees the records as read.
 * TODO(2026-11-24): drop once checkPosts asks for titles only on sites that have them.
 */
function checkUntitledPosts(fixture: Fixture, posts: PagePost[]): void {
  for (const { record } of posts) if (record.kind === 'post') expect(record.title).toBeUndefined();
  checkPosts(
    fixture,
    posts.map((p) => (p.record.kind === 'post' ? { ...p, record: { ...p.record, title: '(untitled)' } } : p)),
  );
}

/** Every element's tag and attributes, and the page's text: what a write to the page would change. */
function snapshot(doc: Document): string[] {
  const parts = Array.from(doc.querySelectorAll('*'), (el) => `${el.tagName} ${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(' ')}`);
  return [...parts, doc.documentElement.textContent ?? ''];
}

describe('linkedin adapter', () => {
  it('has the feed and single post fixtures', () => {
    expect(fixtureNames('linkedin')).toEqual(['feed', 'post']);
  });

  for (const name of fixtureNames('linkedin')) {
    describe(name, () => {
      const fixture = loadFixture('linkedin', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(linkedin.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, LI);
      });

      it('reads every update and open comment with the expected fields', () => {
        const strict = readLinkedIn(doc, url, true);
        checkUntitledPosts(fixture, strict);
        checkParents(strict, []);
        expect(linkedin.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record } of strict) {
          expect(record.id).toMatch(record.kind === 'post' ? /^urn:li:activity:\d+$/ : /^urn:li:comment:\(activity:\d+,\d+\)$/);
          expect(record.permalink.startsWith('https://www.linkedin.com/feed/update/urn:li:activity:')).toBe(true);
          // Only the public profile URL: no query (miniProfileUrn), no sub-page.
          expect(record.authorUrl).toMatch(/^https:\/\/www\.linkedin\.com\/(in|company)\/[^/?#]+\/$/);
          expect(record.time).toBeDefined();
        }
      });

      it(expected.replyBox ? 'finds the comment box' : 'finds no comment box', () => {
        const box = linkedin.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.classList.contains('ql-editor')).toBe(true);
        expect(box?.closest('.comments-comment-box')).not.toBeNull();
      });
    });
  }

  it('is on demand: never in the manifest, read only when the person asks', () => {
    expect(linkedin.onDemand).toBe(true);
    expect(linkedin.matches).toEqual(['https://www.linkedin.com/*']);
  });

  it('reads without writing to the page', () => {
    const { doc, url } = loadFixture('linkedin', 'feed');
    const before = snapshot(doc);
    linkedin.readPosts(doc, url);
    linkedin.findReplyBox(doc);
    expect(snapshot(doc)).toEqual(before);
  });

  it('skips promoted updates, whatever line says so, but not a headline that mentions a promotion', () => {
    const { doc, url } = loadFixture('linkedin', 'feed');
    const authors = readLinkedIn(doc, url, true).map((p) => p.record.author);
    expect(authors).not.toContain('Brightbrew Coffee');
    expect(authors).not.toContain('Acme Analytics');
    const sarah = doc.querySelector('div[data-urn] .update-components-actor__description span[aria-hidden="true"]');
    if (sarah) sarah.textContent = 'Promoted to VP Sales at Kestrel Systems';
    expect(readLinkedIn(doc, url, true)).toHaveLength(16);
    const header = doc.querySelector('.update-components-header__text-view');
    if (header) header.textContent = 'Promoted';
    expect(readLinkedIn(doc, url, true)).toHaveLength(15);
  });

  it('places comments: top-level under the update, replies under their comment; the badge goes after the meta line', () => {
    const { doc, url } = loadFixture('linkedin', 'post');
    const posts = readLinkedIn(doc, url, true);
    const postId = posts[0]?.record.id;
    const [maria, reply] = posts.slice(1);
    expect(maria?.record).toMatchObject({ depth: 0, parentId: postId, replyCount: 2 });
    expect(reply?.record).toMatchObject({ depth: 1, parentId: maria?.record.id });
    expect(reply?.record.replyCount).toBeUndefined();
    expect(maria?.anchor.classList.contains('comments-comment-meta__container')).toBe(true);
    expect(posts[0]?.anchor.classList.contains('update-components-actor')).toBe(true);
  });

  it("reads a comment's own counts, not its replies' (none shown means none)", () => {
    const { doc, url } = loadFixture('linkedin', 'post');
    const maria = doc.querySelector('article[data-id^="urn:li:comment:"]');
    for (const el of maria?.querySelectorAll(':scope > .comments-comment-social-bar--cr [class*="reactions-count"]') ?? []) el.remove();
    const post = readLinkedIn(doc, url, true).find((p) => p.element === maria);
    expect(post?.record.score).toBe(0);
  });

  it('reads comments opened later (the root is the comments list)', () => {
    const { doc, url } = loadFixture('linkedin', 'feed');
    const list = doc.querySelector('.comments-comments-list');
    expect(list).not.toBeNull();
    const posts = linkedin.readPosts(list as Element, url);
    expect(posts.map((p) => p.record.kind)).toEqual(['comment', 'comment', 'comment', 'comment']);
    expect(posts[0]?.record.parentId).toBe('urn:li:activity:7530930210082503561');
  });

  it('falls back to the urn attributes when the update class is gone', () => {
    const { doc, url } = loadFixture('linkedin', 'feed');
    const ids = readLinkedIn(doc, url, true).map((p) => p.record.id);
    for (const el of doc.querySelectorAll('.feed-shared-update-v2')) el.classList.remove('feed-shared-update-v2');
    expect(readLinkedIn(doc, url, true).map((p) => p.record.id)).toEqual(ids);
    for (const el of doc.querySelectorAll('[data-urn]')) el.removeAttribute('data-urn');
    expect(readLinkedIn(doc, url, true).map((p) => p.record.id)).toEqual(ids);
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url, expected } = loadFixture('linkedin', 'feed');
    doc.querySelector('.feed-shared-update-v2 .update-components-actor')?.remove();
    expect(() => readLinkedIn(doc, url, true)).toThrow(SelectorError);
    expect(linkedin.readPosts(doc, url)).toHaveLength(expected.posts - 1);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://www.linkedin.com/feed/');
    const broken = parseHtml('<div class="feed-shared-update-v2" data-urn="urn:li:activity:1">odd</div><article data-id="urn:li:comment:odd"></article>');
    expect(linkedin.readPosts(broken, url)).toEqual([]);
    expect(() => readLinkedIn(broken, url, true)).toThrow(SelectorError);
    expect(linkedin.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });
});

describe('linkedin ids, links and text', () => {
  it('reads the creation time out of an id (its first 41 bits)', () => {
    // 2026-11-21T11:00:00Z is 1795258800000 ms; the id is that << 22, plus 22 low bits of sequence.
    expect(timeOfId('7529861165876190090')).toBe('2026-11-21T11:00:00.000Z');
    expect(timeOfId(String((1_795_258_800_000n << 22n) | 4_194_303n))).toBe('2026-11-21T11:00:00.000Z');
    expect(timeOfId('12345')).toBeUndefined();
    expect(timeOfId('0000000000000000001')).toBeUndefined();
  });

  it('splits a comment urn', () => {
    expect(commentParts('urn:li:comment:(activity:7529861165876190090,7529981961832769280)')).toEqual({
      on: 'urn:li:activity:7529861165876190090',
      number: '7529981961832769280',
    });
    expect(commentParts('urn:li:comment:(ugcPost:1,2)')).toEqual({ on: 'urn:li:ugcPost:1', number: '2' });
    expect(commentParts('urn:li:activity:1')).toBeUndefined();
  });

  it('keeps only the public profile URL', () => {
    expect(publicProfile('https://www.linkedin.com/in/daniel-okafor-4b1a2c?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA')).toBe('https://www.linkedin.com/in/daniel-okafor-4b1a2c/');
    expect(publicProfile('https://www.linkedin.com/company/brightbrew/posts?trk=x')).toBe('https://www.linkedin.com/company/brightbrew/');
    expect(publicProfile('/in/maria-chen/recent-activity/')).toBe('https://www.linkedin.com/in/maria-chen/');
    expect(publicProfile('https://www.linkedin.com/feed/hashtag/?keywords=coffee')).toBeUndefined();
    expect(publicProfile('javascript:alert(1)')).toBeUndefined();
    expect(publicProfile('https://evil.example/in/x')).toBeUndefined();
  });

  it('reads line breaks inside inline text as spaces, hashtags without their hidden word', () => {
    const doc = parseHtml('<div id="t"><span dir="ltr">First line<br><br>second <a href="#"><span class="visually-hidden">hashtag</span><span aria-hidden="true">#</span>coffee</a><button class="more">…more</button></span></div>');
    expect(readableText(doc.getElementById('t') as Element, 'more')).toBe('First line second #coffee');
  });
});
