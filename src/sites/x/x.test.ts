// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { readX, x } from './index';
import { X } from './selectors';
import { tweetTextOf } from './text';

describe('x adapter', () => {
  it('has the home and status fixtures', () => {
    expect(fixtureNames('x')).toEqual(['home', 'status']);
  });

  for (const name of fixtureNames('x')) {
    describe(name, () => {
      const fixture = loadFixture('x', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL, on x.com and twitter.com', () => {
        expect(x.detect(url, doc)).toBe(true);
        expect(x.detect(new URL(url.pathname, 'https://twitter.com'), doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, X);
      });

      it('reads every post with the expected fields', () => {
        const strict = readX(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, []);
        expect(x.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record, element, anchor } of strict) {
          expect(record.permalink).toBe(`https://x.com/${record.author}/status/${record.id}`);
          expect(record.id).toMatch(/^\d{15,20}$/);
          expect(element.matches(X.tweet.css)).toBe(true);
          expect(anchor.matches(X.userName.css)).toBe(true);
        }
      });

      it(expected.replyBox ? 'finds the reply box' : 'finds no reply box', () => {
        const box = x.findReplyBox(doc);
        if (!expected.replyBox) return expect(box).toBeNull();
        expect(box?.matches(X.inlineReply.css)).toBe(true);
      });
    });
  }

  describe('home timeline', () => {
    const { doc, url } = loadFixture('x', 'home');
    const posts = readX(doc, url, true);
    const by = (author: string) => posts.find((p) => p.record.author === author)?.record;

    it('skips the promoted tweet', () => {
      expect(posts.map((p) => p.record.author)).not.toContain('BeanBoxSubs');
      const ad = [...doc.querySelectorAll(X.tweet.css)].find((a) => a.textContent?.includes('BREW26'));
      expect(ad?.querySelector(X.permalinkTime.css)).toBeNull();
    });

    it('reads a repost as the original tweet, by its author', () => {
      const repost = by('homebarista_hq');
      expect(repost?.permalink).toMatch(/^https:\/\/x\.com\/homebarista_hq\/status\/\d+$/);
      expect(repost?.body).toMatch(/^Poll results are in/);
    });

    it('keeps a quoted tweet out: not a post of its own, not in the quoting body', () => {
      expect(posts.map((p) => p.record.author)).not.toContain('espressoscience');
      const quoting = by('cafe_ruth');
      expect(quoting?.body).toMatch(/distribution tool did more for our shots than the last grinder upgrade\.$/);
      expect(quoting?.body).not.toMatch(/bottomless|Quote|Show more/);
      expect(quoting?.score).toBe(98);
    });

    it('reads what a truncated tweet shows, without "Show more"', () => {
      const truncated = by('kettle_and_keys');
      expect(truncated?.body).toMatch(/what actually fixed it, because$/);
    });

    it('reads emoji from their images and links as shown', () => {
      expect(by('latteartlou')?.body).toContain('tulip on oat milk 🌷 three weeks');
      expect(by('nightowl_reads')?.body).toMatch(/thoughts: bookblog\.example\/2026\/11\/left-h…$/);
      expect(by('ana_pours')?.body).toBe(
        '@mira_pulls the Duo steams way better than my old Bambino did, but the drip tray is tiny. Worth it for two milk drinks a day I think #espresso',
      );
    });

    it('reads the Community a tweet was posted in, and nothing for others', () => {
      expect(by('grindsetter')?.community).toBe('Home Espresso');
      expect(by('pdx_cafes')?.community).toBe('Home Espresso');
      expect(by('mira_pulls')?.community).toBeUndefined();
    });

    it('reads a media-only tweet with an empty body, and a liked tweet\'s count', () => {
      expect(by('steamwandsteve')?.body).toBe('');
      expect(by('brew_ratio')?.score).toBe(1203);
    });
  });

  describe('status page', () => {
    const { doc, url } = loadFixture('x', 'status');
    const focalId = url.pathname.split('/').pop() ?? '';

    it('places replies under the focal tweet and under each other, with depth', () => {
      const posts = readX(doc, url, true);
      const shape = posts.map(({ record: r }) => [r.author, r.kind, r.depth ?? null, r.parentId === focalId ? 'focal' : r.parentId ? 'above' : null]);
      expect(shape).toEqual([
        ['kettle_and_keys', 'post', null, null],
        ['brightbrew_care', 'comment', 0, 'focal'],
        ['kettle_and_keys', 'comment', 1, 'above'],
        ['brightbrew_care', 'comment', 2, 'above'],
        ['crema_queen', 'comment', 0, 'focal'],
        ['kettle_and_keys', 'comment', 1, 'above'],
        ['crema_queen', 'comment', 2, 'above'],
        ['mira_pulls', 'comment', 0, 'focal'],
        ['gearhead_gus', 'comment', 1, null], // under a deleted reply: depth known, parent gone
        ['sam_decaf', 'comment', 0, 'focal'],
        ['coffee_nerd_uk', 'comment', 0, 'focal'],
        ['beanqueen_nyc', 'comment', 0, 'focal'],
        ['wx_dave', 'post', null, null], // "Discover more": recommendations, not replies
        ['brew_ratio', 'post', null, null],
      ]);
      expect(posts[2]?.record.parentId).toBe(posts[1]?.record.id);
      expect(posts[6]?.record.parentId).toBe(posts[5]?.record.id);
    });

    it('places a reply added later (root = its cell) as a full read does', () => {
      const full = readX(doc, url, true);
      const cells = [...doc.querySelectorAll(X.cell.css)].filter((c) => c.querySelector(X.tweet.css));
      for (const cell of cells) {
        for (const post of readX(cell, url, true)) {
          expect(post.record).toEqual(full.find((p) => p.record.id === post.record.id)?.record);
        }
      }
    });

    it('still places replies once virtualisation has dropped the focal tweet', () => {
      const fixture = loadFixture('x', 'status');
      const before = readX(fixture.doc, fixture.url, true).slice(1).map((p) => [p.record.parentId, p.record.depth]);
      fixture.doc.querySelector(X.cell.css)?.remove();
      expect(readX(fixture.doc, fixture.url, true).map((p) => [p.record.parentId, p.record.depth])).toEqual(before);
    });
  });

  describe('virtualised timeline', () => {
    it('reads the new tweet when a recycled cell now holds another one', () => {
      const { doc, url } = loadFixture('x', 'home');
      const [cell, other] = [...doc.querySelectorAll(X.cell.css)].filter((c) => c.querySelector(X.permalinkTime.css));
      const article = cell?.querySelector(X.tweet.css);
      const replacement = other?.querySelector(X.tweet.css)?.cloneNode(true) as Element | undefined;
      if (!cell || !article || !replacement) throw new Error('fixture lacks tweet cells');

      const [first] = x.readPosts(cell, url);
      // React keeps the <article> and swaps what is inside it for the next tweet.
      article.replaceChildren(...replacement.childNodes);
      const [second] = x.readPosts(cell, url);
      expect(second?.element).toBe(first?.element);
      expect(second?.record.id).not.toBe(first?.record.id);
      expect(second?.record.author).toBe('homebarista_hq');
      // A mutation root inside the tweet (the part React replaced) reads the whole tweet.
      const text = article.querySelector(X.text.css);
      expect(text && x.readPosts(text, url).map((p) => p.record.id)).toEqual([second?.record.id]);
    });
  });

  it('places the tweets above a focal reply: the first is the post, the rest a chain', () => {
    const tweet = (handle: string, id: string, text: string) =>
      `<div data-testid="cellInnerDiv"><div><div><article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/${handle}">@${handle}</a>
       <a href="/${handle}/status/${id}"><time datetime="2026-11-20T10:00:00.000Z">Nov 20</time></a></div>
       <div data-testid="tweetText"><span>${text}</span></div><button data-testid="reply" aria-label="1 Reply. Reply"></button></article></div></div></div>`;
    const empty = '<div data-testid="cellInnerDiv"><div></div></div>';
    const html = `<div aria-label="Timeline: Conversation">${tweet('ada', '100', 'Which grinder?')}${tweet('bo', '101', 'The Mill 60.')}${tweet('cy', '102', 'Agree with bo.')}${empty}${tweet('dee', '103', 'Same here.')}${tweet('ed', '104', 'Me too.')}</div>`;
    const url = new URL('https://x.com/cy/status/102');
    const posts = readX(parseHtml(html, url.href), url, true).map(({ record: r }) => [r.id, r.kind, r.parentId ?? null, r.depth ?? null]);
    expect(posts).toEqual([
      ['100', 'post', null, null],
      ['101', 'comment', '100', 0],
      ['102', 'comment', '101', 1],
      ['103', 'comment', '102', 2],
      ['104', 'comment', '103', 3],
    ]);
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url, expected } = loadFixture('x', 'home');
    doc.querySelector(X.permalinkTime.css)?.remove();
    expect(() => readX(doc, url, true)).toThrow(SelectorError);
    expect(x.readPosts(doc, url)).toHaveLength(expected.posts - 1);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://x.com/home');
    const broken = parseHtml('<article data-testid="tweet"><span>odd</span></article>');
    expect(x.readPosts(broken, url)).toEqual([]);
    expect(() => readX(broken, url, true)).toThrow(SelectorError);
    expect(x.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('finds a reply dialog but never the new-post composer of the home timeline', () => {
    const { doc } = loadFixture('x', 'home');
    expect(doc.querySelector(X.composer.css)).not.toBeNull();
    expect(x.findReplyBox(doc)).toBeNull();
    const dialog = parseHtml('<div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>');
    expect(x.findReplyBox(dialog)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });
});

describe('tweetTextOf', () => {
  it('reads emoji alt text, shown link text and line breaks, and skips an inline "Show more"', () => {
    const doc = parseHtml(`<div data-testid="tweetText"><span>Cups:\n</span><img alt="☕" src="x.svg"><span> two</span>
      <a href="https://t.co/a"><span aria-hidden="true">https://</span>shop.example/beans/ethio<span aria-hidden="true">pia-guji</span><span aria-hidden="true">…</span></a>
      <a href="https://t.co/b"><span aria-hidden="true">https://</span>short.example</a>
      <span data-testid="tweet-text-show-more-link" role="link"><span>Show more</span></span></div>`);
    const el = doc.querySelector('[data-testid="tweetText"]');
    expect(el && tweetTextOf(el)).toBe('Cups: ☕ two shop.example/beans/ethio… short.example');
  });
});
