// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { SelectorError } from '../dom';
import { isStackExchangeHost, readStackExchange, seTime, stackExchange } from './index';
import { SE } from './selectors';

describe('stack-exchange adapter', () => {
  it('has the question and questions-list fixtures', () => {
    expect(fixtureNames('stack-exchange')).toEqual(['question', 'questions']);
  });

  for (const name of fixtureNames('stack-exchange')) {
    describe(name, () => {
      const fixture = loadFixture('stack-exchange', name);
      const { doc, url, expected } = fixture;

      it('is detected at its URL', () => {
        expect(stackExchange.detect(url, doc)).toBe(true);
      });

      it('matches every selector expectation', () => {
        checkSelectors(fixture, SE);
      });

      it('reads every post with the expected fields', () => {
        const strict = readStackExchange(doc, url, true);
        checkPosts(fixture, strict);
        checkParents(strict, []);
        expect(stackExchange.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
        for (const { record } of strict) {
          expect(record.id.startsWith(`${url.hostname}:`)).toBe(true);
          expect(record.community).toBe(name === 'question' ? 'Coffee Stack Exchange' : 'Stack Overflow');
          expect(record.permalink.startsWith(`https://${url.hostname}/`)).toBe(true);
        }
      });

      it(expected.replyBox ? 'finds the answer box' : 'finds no answer box', () => {
        const box = stackExchange.findReplyBox(doc);
        if (expected.replyBox) expect(box?.id).toBe('wmd-input');
        else expect(box).toBeNull();
      });
    });
  }

  it('reads the accepted answer first, as the page shows it, with its comments below it', () => {
    const { doc, url } = loadFixture('stack-exchange', 'question');
    const accepted = doc.querySelector('.answer.accepted-answer');
    const posts = stackExchange.readPosts(doc, url);
    const index = posts.findIndex((p) => p.element === accepted);
    expect(index).toBe(4);
    expect(posts.slice(index + 1, index + 3).map((p) => p.record.parentId)).toEqual([posts[index]?.record.id, posts[index]?.record.id]);
  });

  it('anchors badges after the body, the comment text and the summary title', () => {
    const question = loadFixture('stack-exchange', 'question');
    const [q, c] = stackExchange.readPosts(question.doc, question.url);
    expect(q?.anchor.matches('.js-post-body')).toBe(true);
    expect(c?.anchor.matches('.comment-copy')).toBe(true);
    const list = loadFixture('stack-exchange', 'questions');
    expect(stackExchange.readPosts(list.doc, list.url)[0]?.anchor.matches('h3.s-post-summary--content-title')).toBe(true);
  });

  it('reads comments loaded later ("Show 1 more comment"), with their post found from the page', () => {
    const { doc, url } = loadFixture('stack-exchange', 'question');
    const list = doc.querySelector('#comments-23518 .comments-list');
    const li = doc.createElement('li');
    li.id = 'comment-139884555';
    li.className = 'comment js-comment';
    li.setAttribute('data-comment-id', '139884555');
    li.setAttribute('data-comment-score', '1');
    const copy = doc.createElement('span');
    copy.className = 'comment-copy';
    copy.textContent = 'Is the Mill 60 single-dosed or hopper-fed in your setup?';
    const date = doc.createElement('span');
    date.className = 'comment-date';
    const time = doc.createElement('span');
    time.className = 'relativetime-clean';
    time.title = '2026-11-19 09:30:00Z, License: CC BY-SA 4.0';
    time.textContent = 'Nov 19 at 9:30';
    date.append(time);
    li.append(copy, date);
    list?.append(li);
    const [post] = stackExchange.readPosts(li, url);
    expect(post?.record).toMatchObject({
      id: 'coffee.stackexchange.com:c139884555',
      kind: 'comment',
      parentId: 'coffee.stackexchange.com:23518',
      depth: 0,
      score: 1,
      time: '2026-11-19T09:30:00.000Z',
      community: 'Coffee Stack Exchange',
    });
    expect(post?.record.author).toBeUndefined();
  });

  it('fails loudly in strict mode and quietly for users when a selector breaks', () => {
    const { doc, url } = loadFixture('stack-exchange', 'question');
    doc.querySelector('#answer-23519 .js-post-body')?.remove();
    expect(() => readStackExchange(doc, url, true)).toThrow(SelectorError);
    expect(stackExchange.readPosts(doc, url)).toHaveLength(11);
  });

  it('never throws for users, whatever the root', () => {
    const url = new URL('https://superuser.com/questions/1');
    const broken = parseHtml('<div class="question" data-questionid="1"><p>no body</p></div>', url.href);
    expect(stackExchange.readPosts(broken, url)).toEqual([]);
    expect(() => readStackExchange(broken, url, true)).toThrow(SelectorError);
    expect(stackExchange.readPosts(document.createDocumentFragment(), url)).toEqual([]);
  });

  it('names the site from og:site_name, else from the host', () => {
    const html = '<div class="s-post-summary" data-post-id="9"><h3 class="s-post-summary--content-title"><a href="/questions/9/x">Why?</a></h3></div>';
    const url = new URL('https://superuser.com/questions');
    expect(stackExchange.readPosts(parseHtml(html, url.href), url)[0]?.record.community).toBe('Super User');
    const other = new URL('https://unix.stackexchange.com/questions');
    expect(stackExchange.readPosts(parseHtml(html, other.href), other)[0]?.record).toMatchObject({ community: 'unix.stackexchange.com', id: 'unix.stackexchange.com:9' });
  });

  it('reads the newer Stacks summary markup (--title, --excerpt)', () => {
    const html = `<div class="s-post-summary" data-post-id="77"><div class="s-post-summary--content">
      <h3 class="s-post-summary--title"><a class="s-post-summary--title-link" href="/questions/77/q">Which burr set for espresso?</a></h3>
      <div class="s-post-summary--excerpt">Upgrading my grinder.</div></div></div>`;
    const url = new URL('https://coffee.stackexchange.com/questions');
    const [post] = readStackExchange(parseHtml(html, url.href), url, true);
    expect(post?.record).toMatchObject({ title: 'Which burr set for espresso?', body: 'Upgrading my grinder.', permalink: 'https://coffee.stackexchange.com/questions/77/q' });
  });

  it('parses SE time titles, licence suffix included', () => {
    expect(seTime('2026-11-19 08:40:11Z, License: CC BY-SA 4.0')).toBe('2026-11-19T08:40:11.000Z');
    expect(seTime('2013-09-26 21:28:46Z')).toBe('2013-09-26T21:28:46.000Z');
    expect(seTime('')).toBeUndefined();
    expect(seTime('yesterday')).toBeUndefined();
  });

  it('runs on the network hosts and nowhere else', () => {
    for (const host of ['stackoverflow.com', 'meta.stackoverflow.com', 'ru.stackoverflow.com', 'coffee.stackexchange.com', 'unix.stackexchange.com', 'superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net', 'meta.superuser.com']) {
      expect(isStackExchangeHost(host), host).toBe(true);
    }
    for (const host of ['chat.stackexchange.com', 'api.stackexchange.com', 'stackoverflow.blog', 'stackoverflow.co', 'evilstackoverflow.com', 'stackoverflow.com.evil.test', 'news.ycombinator.com', 'superuser.community']) {
      expect(isStackExchangeHost(host), host).toBe(false);
    }
  });
});
