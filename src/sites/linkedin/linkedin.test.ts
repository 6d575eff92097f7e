// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml, type Fixture } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import type { PagePost } from '../types';
import { linkedin, readLinkedIn } from './index';
import { LI } from './selectors';
import { commentParts, publicProfile, readableText, timeOfId } from './shared';

/** LinkedIn updates have no title (the adapter invents none); the harness checks the rest. */
function checkUntitledPosts(fixture: Fixture, posts: PagePost[]): void {
  for (const { record } of posts) if (record.kind === 'post') expect(record.title).toBeUndefined();
  checkPosts(fixture, posts);
}

/** When the fixtures were "saved": the 2026 markup's "3d" counts back from here. */
const NOW = Date.parse('2026-11-24T15:00:00Z');

/** Every element's tag and attributes, and the page's text: what a write to the page would change. */
function snapshot(doc: Document): string[] {
  const parts = Array.from(doc.querySelectorAll('*'), (el) => `${el.tagName} ${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(' ')}`);
  return [...parts, doc.documentElement.textContent ?? ''];
}

describe('linkedin adapter', () => {
  it('has the feed and single post fixtures, and the feed in the 2026 markup', () => {
    expect(fixtureNames('linkedin')).toEqual(['feed', 'feed-sdui', 'post']);
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
        const strict = readLinkedIn(doc, url, true, NOW);
        checkUntitledPosts(fixture, strict);
        checkParents(strict, []);
        // The user-facing reader returns the same (times aside: "3d" reads against the real clock).
        const untimed = (posts: PagePost[]) => posts.map((p) => ({ ...p.record, time: undefined }));
        expect(untimed(linkedin.readPosts(doc, url))).toEqual(untimed(strict));
        for (const { record } of strict) {
          // Posts: their activity urn, or (2026 markup, which shows none) the card's stable key.
          expect(record.id).toMatch(record.kind === 'post' ? /^(urn:li:activity:\d+|card:[\w-]{20,})$/ : /^urn:li:comment:\(activity:\d+,\d+\)$/);
          expect(record.permalink.startsWith('https://www.linkedin.com/feed/')).toBe(true);
          // Only the public profile URL: no query (miniProfileUrn), no sub-page.
          expect(record.authorUrl).toMatch(/^https:\/\/www\.linkedin\.com\/(in|company)\/[^/?#]+\/$/);
          expect(record.time).toBeDefined();
        }
      });

      it(expected.replyBox ? 'finds the comment box' : 'finds no comment box', () => {
        const box = linkedin.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.getAttribute('contenteditable')).toBe('true');
        expect(box?.closest('.comments-comment-box, [data-view-name="comment-box"]')).not.toBeNull();
      });
    });
  }

  it('is on demand: never in the manifest, read only when the person asks', () => {
    expect(linkedin.onDemand).toBe(true);
    expect(linkedin.matches).toEqual(['https://www.linkedin.com/*']);
  });

  it.each(['feed', 'feed-sdui'])('reads %s without writing to the page', (name) => {
    const { doc, url } = loadFixture('linkedin', name);
    const before = snapshot(doc);
    linkedin.readPosts(doc, url);
    linkedin.findReplyBox(doc);
    expect(snapshot(doc)).toEqual(before);
  });

  it('2026 markup: skips the sponsored card by its tracking scope, not by the hidden "Promoted" decoys', () => {
    const { doc, url } = loadFixture('linkedin', 'feed-sdui');
    const posts = readLinkedIn(doc, url, true, NOW).filter((p) => p.record.kind === 'post');
    expect(posts.map((p) => p.record.author)).toEqual(['Felix Werner', 'Mei Tanaka', 'Owen Brooks', 'Ruth Achebe', 'Sam Whitfield']);
    // Every organic card carries a CSS-hidden "Promoted": text would call them all ads.
    for (const { element } of posts) expect(element.textContent).toContain('Promoted');
  });

  it('2026 markup: the author is the one the menu names, not the person in the header above', () => {
    const { doc, url } = loadFixture('linkedin', 'feed-sdui');
    const [felix] = readLinkedIn(doc, url, true, NOW);
    expect(felix?.element.textContent).toContain('Ivan Slater');
    expect(felix?.record).toMatchObject({ author: 'Felix Werner', authorUrl: 'https://www.linkedin.com/in/felixwerner/' });
    // Without the avatar link: the first profile link that names the author.
    felix?.element.querySelector('a[data-view-name="feed-actor-image"]')?.remove();
    expect(readLinkedIn(felix?.element as Element, url, true, NOW)[0]?.record.authorUrl).toBe('https://www.linkedin.com/in/felixwerner/');
  });

  it('2026 markup: a card keeps its id whether or not a comment reveals its urn', () => {
    const { doc, url } = loadFixture('linkedin', 'feed-sdui');
    const mei = readLinkedIn(doc, url, true, NOW)[1];
    expect(mei?.record.permalink).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7530903030992583561/');
    const id = mei?.record.id;
    for (const unit of mei?.element.querySelectorAll('[componentkey^="replaceableComment_"]') ?? []) unit.remove();
    const again = readLinkedIn(doc, url, true, NOW)[1];
    expect(again?.record.id).toBe(id);
    expect(again?.record.permalink).toBe(`https://www.linkedin.com/feed/#${id?.slice(5)}`);
    expect(again?.record.time).toBe('2026-11-24T08:00:00.000Z'); // "7h", counted back
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
    expect(publicProfile('https://www.linkedin.com.evil.example/in/x')).toBeUndefined();
    expect(publicProfile('//evil.example/in/x')).toBeUndefined();
  });

  it('reads line breaks inside inline text as spaces, hashtags without their hidden word', () => {
    const doc = parseHtml('<div id="t"><span dir="ltr">First line<br><br>second <a href="#"><span class="visually-hidden">hashtag</span><span aria-hidden="true">#</span>coffee</a><button class="more">…more</button></span></div>');
    expect(readableText(doc.getElementById('t') as Element, 'more')).toBe('First line second #coffee');
  });
});
