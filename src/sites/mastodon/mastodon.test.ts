// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, FIXTURES, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { shortCount as countOf } from '../dom';
import { isMastodon, mastodon, readMastodon } from './index';
import { MA } from './selectors';

describe('mastodon adapter', () => {
  it('has the home timeline and thread fixtures', () => {
    expect(fixtureNames('mastodon')).toEqual(['home', 'thread']);
  });

  for (const name of fixtureNames('mastodon')) {
    describe(name, () => {
      const fixture = loadFixture('mastodon', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(mastodon.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, MA);
      });

      it('reads every status with the expected fields', () => {
        const strict = readMastodon(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, []);
        expect(mastodon.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record } of strict) {
          expect(record.id.startsWith(`${url.hostname}:`)).toBe(true);
          expect(record.permalink.startsWith(`https://${url.hostname}/@`)).toBe(true);
          expect(record.author).toMatch(/^[\w.]+@[\w.-]+$/);
          expect(record.community).toBe(record.author?.split('@')[1]);
        }
      });

      it(expected.replyBox ? 'finds the compose box' : 'finds no compose box', () => {
        const box = mastodon.findReplyBox(doc);
        if (expected.replyBox) expect(box?.matches('.compose-form textarea')).toBe(true);
        else expect(box).toBeNull();
      });
    });
  }

  it('reads a boost as the boosted status, by its author, and marks the whole entry', () => {
    const { doc, url } = loadFixture('mastodon', 'home');
    const boost = readMastodon(doc, url, true)[1];
    expect(boost?.record.author).toBe('kim@fosstodon.org'); // not jonas, who boosted it
    expect(boost?.element.matches('.status__wrapper')).toBe(true);
    expect(boost?.element.querySelector('.status__prepend')?.textContent).toContain('boosted');
    expect(boost?.anchor.matches('.status__info')).toBe(true);
  });

  it('skips filtered, quoted and unrendered statuses', () => {
    const { doc, url } = loadFixture('mastodon', 'home');
    const ids = readMastodon(doc, url, true).map((p) => p.record.id);
    for (const skipped of ['117661150740481296', '117661044572161444', '117661040640000077']) {
      expect(ids).not.toContain(`mastodon.social:${skipped}`);
    }
    // The quoting status keeps its own text, not the quote's.
    expect(readMastodon(doc, url, true)[9]?.record.body).not.toContain('Rust 1.95.0 is out');
  });

  it('reads a collapsed content warning’s hidden text where the page keeps it (Mastodon 4.2)', () => {
    // 4.2 put the text in the page, hidden, after a "Show more" toggle inside .status__content.
    const html = `<div id="mastodon" data-props="{}"><div class="status__wrapper status__wrapper-public focusable"><div class="status status-public" data-id="111222333444555666">
      <div class="status__info"><a href="https://infosec.exchange/@ori/111222333444555666" class="status__relative-time" target="_blank" rel="noopener noreferrer"><span class="status__visibility-icon"></span><time datetime="2024-05-02T10:00:00.000Z">2h</time></a>
      <a href="https://infosec.exchange/@ori" title="@ori" class="status__display-name" target="_blank"><span class="display-name"><bdi><strong class="display-name__html">Ori</strong></bdi> <span class="display-name__account">@ori</span></span></a></div>
      <div class="status__content status__content--with-action" tabindex="0"><p style="margin-bottom: 0px;"><span class="translate" lang="en">Brightbrew Duo teardown, long </span> <button type="button" class="status__content__spoiler-link status__content__spoiler-link--show-more" aria-expanded="false">Show more</button></p>
      <div class="status__content__text translate" lang="en"><p>Opened up my Duo after the pump died. The pressure valve was full of scale.</p></div></div>
      <div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter"><span class="icon-button__counter"><span class="animated-number"><span>1+</span></span></span></button></div>
    </div></div></div>`;
    const url = new URL('https://infosec.exchange/home');
    const [post] = readMastodon(parseHtml(html, url.href), url, true);
    expect(post?.record).toMatchObject({
      id: 'infosec.exchange:111222333444555666',
      title: 'Brightbrew Duo teardown, long',
      body: 'Opened up my Duo after the pump died. The pressure valve was full of scale.',
      author: 'ori@infosec.exchange',
      permalink: 'https://infosec.exchange/@ori/111222333444555666',
      time: '2024-05-02T10:00:00.000Z',
      replyCount: 1,
    });
  });

  it('places replies appended later within the thread the page shows', () => {
    const { doc, url } = loadFixture('mastodon', 'thread');
    const statuses = doc.querySelectorAll('.status[data-id]');
    const last = statuses[statuses.length - 1]?.closest('.status__wrapper')?.parentElement;
    expect(last).toBeTruthy();
    const posts = mastodon.readPosts(last as Element, url);
    expect(posts.map((p) => p.record)).toEqual([
      expect.objectContaining({ id: 'hachyderm.io:117662125916162477', parentId: 'hachyderm.io:117662070865922424', depth: 2, kind: 'comment' }),
    ]);
  });

  it('reads a thread opened at its first status: the focused status is the opening post', () => {
    const { doc, url } = loadFixture('mastodon', 'thread');
    const ancestor = doc.querySelector('.status--in-thread')?.closest('.status__wrapper')?.parentElement;
    ancestor?.remove();
    const posts = readMastodon(doc, url, true);
    expect(posts[0]?.record).toMatchObject({ id: 'hachyderm.io:117661752360962001', kind: 'post' });
    expect(posts[0]?.record.parentId).toBeUndefined();
    expect(posts[1]?.record).toMatchObject({ parentId: 'hachyderm.io:117661752360962001', depth: 0 });
    expect(posts[2]?.record).toMatchObject({ depth: 1 });
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url } = loadFixture('mastodon', 'home');
    doc.querySelector('.status[data-id] .status__relative-time')?.remove();
    expect(() => readMastodon(doc, url, true)).toThrow(SelectorError);
    expect(mastodon.readPosts(doc, url)).toHaveLength(15);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://mastodon.social/home');
    const broken = parseHtml('<div class="status" data-id="1"><p>odd</p></div>');
    expect(mastodon.readPosts(broken, url)).toEqual([]);
    expect(() => readMastodon(broken, url, true)).toThrow(SelectorError);
    expect(mastodon.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('parses Mastodon’s short counts', () => {
    expect(countOf('12')).toBe(12);
    expect(countOf('1.2K')).toBe(1200);
    expect(countOf('3M')).toBe(3_000_000);
    expect(countOf('1+')).toBe(1);
    expect(countOf('')).toBeUndefined();
  });
});

describe('mastodon detection on any server', () => {
  it('recognises a small server the manifest does not list', () => {
    const html = readFileSync(join(FIXTURES, 'mastodon/thread.html'), 'utf8');
    const url = new URL('https://toot.brightbrew.example/@jonas@chaos.social/117661752360962001');
    expect(mastodon.matches.some((m) => m.includes(url.hostname))).toBe(false);
    const doc = parseHtml(html, url.href);
    expect(mastodon.detect(url, doc)).toBe(true);
    const posts = readMastodon(doc, url, true);
    expect(posts).toHaveLength(12);
    expect(posts[0]?.record).toMatchObject({
      id: 'toot.brightbrew.example:117661650124801999',
      author: 'mkessler@toot.brightbrew.example',
      permalink: 'https://toot.brightbrew.example/@mkessler/117661650124801999',
    });
    expect(posts[1]?.record.community).toBe('chaos.social');
  });

  it('recognises the web app by its structure when the root lacks data-props (forks)', () => {
    const { doc } = loadFixture('mastodon', 'home');
    doc.getElementById('mastodon')?.removeAttribute('data-props');
    expect(isMastodon(doc)).toBe(true);
    doc.getElementById('mastodon')?.classList.remove('app-holder');
    expect(isMastodon(doc)).toBe(true);
  });

  it('claims no other site’s page, and no plain page', () => {
    for (const site of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'mastodon')) {
      for (const name of fixtureNames(site.name)) {
        const { doc, url } = loadFixture(site.name, name);
        expect(mastodon.detect(url, doc), `${site.name}/${name}`).toBe(false);
      }
    }
    // A blog that embeds a "Mastodon" comments widget: an element with that id, but not the app.
    const blog = parseHtml('<html><body><article><p>My post</p></article><section id="mastodon"><h2>Comments from Mastodon</h2><div class="status"><p>Nice post!</p></div></section></body></html>');
    expect(mastodon.detect(new URL('https://blog.example/post'), blog)).toBe(false);
    expect(mastodon.detect(new URL('https://example.com/'), parseHtml('<p>Hello</p>'))).toBe(false);
  });
});
