// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { readYouTube, youtube } from './index';
import { YT } from './selectors';
import { shortCount as compactCount } from '../dom';
import { fromDate, fromRelative } from './when';

/** When the fixtures were "saved": their "2 days ago" counts back from here. */
const NOW = Date.parse('2026-11-24T15:00:00Z');

describe('youtube adapter', () => {
  it('has the watch, legacy watch and pending watch fixtures', () => {
    expect(fixtureNames('youtube')).toEqual(['watch', 'watch-legacy', 'watch-pending']);
  });

  for (const name of fixtureNames('youtube')) {
    describe(name, () => {
      const fixture = loadFixture('youtube', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(youtube.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, YT);
      });

      it('reads the video and every comment with the expected fields', () => {
        const strict = readYouTube(doc, url, true, NOW);
        checkPosts(fixture, strict);
        checkParents(strict, [url.searchParams.get('v') ?? '']);
        expect(strict[0]?.record).toMatchObject({ kind: 'post', id: url.searchParams.get('v') });
        for (const { record } of strict.slice(1)) {
          expect(record.permalink).toBe(`https://www.youtube.com/watch?v=${url.searchParams.get('v')}&lc=${record.id}`);
          expect(record.community).toBe(strict[0]?.record.community);
          expect(record.author).toMatch(/^@/);
        }
        // The user-facing reader returns the same (times aside: it reads them against the real clock).
        const forgiving = youtube.readPosts(doc, url).map((p) => ({ ...p.record, time: undefined }));
        expect(forgiving).toEqual(strict.map((p) => ({ ...p.record, time: undefined })));
      });

      it(expected.replyBox ? 'finds the open comment box' : 'finds no comment box', () => {
        const box = youtube.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.id).toBe('contenteditable-root');
        expect(box?.closest('ytd-comment-simplebox-renderer')).not.toBeNull();
      });
    });
  }

  it('marks the comment element, anchors after the author line; the video anchors after its title', () => {
    const { doc, url } = loadFixture('youtube', 'watch');
    const [video, comment, , reply] = readYouTube(doc, url, true, NOW);
    expect(video?.element.tagName).toBe('YTD-WATCH-METADATA');
    expect(video?.anchor.tagName).toBe('H1');
    expect(comment?.element.tagName).toBe('YTD-COMMENT-VIEW-MODEL');
    expect(comment?.anchor.id).toBe('header-author');
    // A reply is its own element (the threaded UI wraps it in a thread renderer of its own).
    expect(reply?.element.closest('ytd-comment-replies-renderer')).not.toBeNull();
    const legacy = loadFixture('youtube', 'watch-legacy');
    const [, oldComment] = readYouTube(legacy.doc, legacy.url, true, NOW);
    expect(oldComment?.element.tagName).toBe('YTD-COMMENT-RENDERER');
  });

  it('reads comments that load after the page (the pending page, then threads appended)', () => {
    const { doc, url } = loadFixture('youtube', 'watch-pending');
    expect(readYouTube(doc, url, true, NOW).map((p) => p.record.kind)).toEqual(['post']);
    const contents = doc.querySelector('ytd-comments #contents');
    const spinner = contents?.querySelector('ytd-continuation-item-renderer');
    expect(spinner).toBeTruthy();
    const batch = parseHtml(`<div>${threadHtml('UgyAAA111', '@lina_pulls', '3 hours ago', '1.1K', 'Blind tests like this are the only reviews I trust. The Duo shots looked way more even.', '2 replies')}
      ${threadHtml('UgyBBB222', '@ceramicsteve', '1 day ago', '', 'Which one was quieter? Mine has to live in a small flat.')}</div>`);
    const added: Element[] = [];
    for (const thread of Array.from(batch.querySelectorAll('ytd-comment-thread-renderer'))) {
      const node = doc.importNode(thread, true);
      contents?.insertBefore(node, spinner ?? null);
      added.push(node);
    }
    const posts = added.flatMap((node) => youtube.readPosts(node, url));
    expect(posts.map((p) => p.record)).toEqual([
      expect.objectContaining({ id: 'UgyAAA111', kind: 'comment', author: '@lina_pulls', score: 1100, replyCount: 2, depth: 0, parentId: 'Xr8bN4wQe1s', community: '@cremacollective' }),
      expect.objectContaining({ id: 'UgyBBB222', body: 'Which one was quieter? Mine has to live in a small flat.', score: 0, replyCount: 0 }),
    ]);
    expect(readYouTube(added[0] as Element, url, true, NOW)[0]?.record.time).toBe('2026-11-24T12:00:00.000Z');
  });

  it("reads the channel owner's comment from the name chip when the author link is gone", () => {
    const { doc, url } = loadFixture('youtube', 'watch');
    const pinned = doc.querySelector('ytd-pinned-comment-badge-renderer')?.closest('ytd-comment-view-model');
    pinned?.querySelector('#author-text')?.remove();
    const post = readYouTube(doc, url, true, NOW).find((p) => p.element === pinned);
    expect(post?.record).toMatchObject({ author: '@grindandpour', authorUrl: 'https://www.youtube.com/@grindandpour' });
  });

  it('finds the parent of a reply whose id has no parent prefix from its thread', () => {
    const { doc, url } = loadFixture('youtube', 'watch');
    const reply = doc.querySelector('ytd-comment-replies-renderer ytd-comment-view-model #published-time-text a');
    reply?.setAttribute('href', '/watch?v=k3Vq9XbT2wE&lc=UgzStandaloneReplyId');
    const post = readYouTube(doc, url, true, NOW).find((p) => p.record.id === 'UgzStandaloneReplyId');
    expect(post?.record).toMatchObject({ depth: 1, parentId: 'UgxpY1UYrztFnzW0FvoA8c4AaABAg' });
  });

  it("skips what is still the previous video's while YouTube swaps the page", () => {
    const { doc } = loadFixture('youtube', 'watch');
    const next = new URL('https://www.youtube.com/watch?v=Xr8bN4wQe1s');
    expect(readYouTube(doc, next, true, NOW)).toEqual([]);
    // The new video rendered, the old comments not yet removed: only the video is this page's.
    doc.querySelector('ytd-watch-flexy')?.setAttribute('video-id', 'Xr8bN4wQe1s');
    expect(readYouTube(doc, next, true, NOW).map((p) => p.record.id)).toEqual(['Xr8bN4wQe1s']);
  });

  it('reads nothing off watch pages (YouTube keeps the hidden player page when navigating)', () => {
    const { doc } = loadFixture('youtube', 'watch');
    expect(youtube.readPosts(doc, new URL('https://www.youtube.com/'))).toEqual([]);
    expect(youtube.readPosts(doc, new URL('https://www.youtube.com/@grindandpour/videos'))).toEqual([]);
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url, expected } = loadFixture('youtube', 'watch');
    doc.querySelector('ytd-comment-view-model #content-text')?.remove();
    doc.querySelector('ytd-comment-view-model #expander > #content')?.remove();
    expect(() => readYouTube(doc, url, true, NOW)).toThrow(SelectorError);
    expect(youtube.readPosts(doc, url)).toHaveLength(expected.posts - 1);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://www.youtube.com/watch?v=abc');
    const broken = parseHtml('<ytd-comments><ytd-comment-view-model><span id="content-text">hi</span></ytd-comment-view-model></ytd-comments>');
    expect(youtube.readPosts(broken, url)).toEqual([]);
    expect(() => readYouTube(broken, url, true)).toThrow(SelectorError);
    expect(youtube.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('matches the whole site (videos open without a page load) and nothing else', () => {
    expect(youtube.matches).toEqual(['https://www.youtube.com/*']);
    const doc = parseHtml('<p></p>');
    expect(youtube.detect(new URL('https://www.youtube.com/'), doc)).toBe(true);
    expect(youtube.detect(new URL('https://m.youtube.com/watch?v=abc'), doc)).toBe(false);
    expect(youtube.detect(new URL('https://www.youtube-nocookie.com/embed/abc'), doc)).toBe(false);
  });
});

describe('youtube times and counts', () => {
  it('counts "N units ago" back from the read time, to the unit shown', () => {
    expect(fromRelative('2 days ago', NOW)).toBe('2026-11-22T15:00:00.000Z');
    expect(fromRelative('5 days ago (edited)', NOW)).toBe('2026-11-19T15:00:00.000Z');
    expect(fromRelative('1 hour ago', NOW)).toBe('2026-11-24T14:00:00.000Z');
    expect(fromRelative('3 weeks ago', NOW)).toBe('2026-11-03T15:00:00.000Z');
    expect(fromRelative('1 year ago', NOW)).toBe('2025-11-24T15:00:00.000Z');
    expect(fromRelative('vor 2 Tagen', NOW)).toBeUndefined();
    expect(fromRelative('', NOW)).toBeUndefined();
  });

  it('reads a date as that day, UTC', () => {
    expect(fromDate('48,211 views • Nov 10, 2026')).toBe('2026-11-10T00:00:00.000Z');
    expect(fromDate('Premiered Sep 3, 2025')).toBe('2025-09-03T00:00:00.000Z');
    expect(fromDate('Feb 31, 2026')).toBeUndefined();
    expect(fromDate('2 weeks ago')).toBeUndefined();
  });

  it('reads abbreviated counts', () => {
    expect(compactCount('212')).toBe(212);
    expect(compactCount('1,284 Comments')).toBe(1284);
    expect(compactCount('1.2K')).toBe(1200);
    expect(compactCount('3.4M views')).toBe(3_400_000);
    expect(compactCount('14 replies')).toBe(14);
    expect(compactCount('')).toBeUndefined();
  });
});

/** A top-level thread in the 2024+ markup, as YouTube appends it to the comments section. */
function threadHtml(id: string, author: string, when: string, likes: string, text: string, replies?: string): string {
  return `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">
    <div id="comment-container" class="style-scope ytd-comment-thread-renderer"><ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer">
      <div id="body" class="style-scope ytd-comment-view-model"><div id="main" class="style-scope ytd-comment-view-model">
        <div id="header" class="style-scope ytd-comment-view-model"><div id="header-author" class="style-scope ytd-comment-view-model">
          <h3 class="style-scope ytd-comment-view-model"><a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/${author}"><span class="style-scope ytd-comment-view-model">${author}</span></a></h3>
          <span dir="auto" id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/watch?v=Xr8bN4wQe1s&amp;lc=${id}">${when}</a></span>
        </div></div>
        <ytd-expander id="expander" class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander">
          <yt-attributed-string id="content-text" slot="content" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string" role="text">${text}</span></yt-attributed-string>
        </div></ytd-expander>
      </div>
      <ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model"><div id="toolbar" class="style-scope ytd-comment-engagement-bar">
        <span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar">${likes}</span>
      </div></ytd-comment-engagement-bar></div>
    </ytd-comment-view-model></div>
    <div id="replies" class="style-scope ytd-comment-thread-renderer">${
      replies
        ? `<ytd-comment-replies-renderer class="style-scope ytd-comment-thread-renderer"><div id="collapsed-threads"><ytd-button-renderer id="more-replies-sub-thread"><button aria-label="${replies}">${replies}</button></ytd-button-renderer></div></ytd-comment-replies-renderer>`
        : ''
    }</div>
  </ytd-comment-thread-renderer>`;
}

describe('youtube links', () => {
  it('keeps only YouTube links as author URLs', () => {
    const { doc, url } = loadFixture('youtube', 'watch');
    const author = doc.querySelector('ytd-comment-view-model #author-text');
    author?.setAttribute('href', 'javascript:alert(1)');
    const post = readYouTube(doc, url, true, NOW).find((p) => p.element.contains(author));
    expect(post?.record.authorUrl).toBeUndefined();
    author?.setAttribute('href', 'https://evil.example/@grindandpour');
    expect(readYouTube(doc, url, true, NOW).find((p) => p.element.contains(author))?.record.authorUrl).toBeUndefined();
  });
});
