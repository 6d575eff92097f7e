// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture, parseHtml } from '../../tests/fixtures/sites/harness';
import { contentScriptMatches, siteFor, sites } from './registry';

const DEMO_DOC = '<main data-rapport-demo></main>';

// Example URLs beside each site (as github-url-detection does): each must be claimed by exactly
// that site; the negatives by none.
const EXAMPLES: Record<string, { urls: string[]; html?: string }> = {
  'hacker-news': {
    urls: [
      'https://news.ycombinator.com/',
      'https://news.ycombinator.com/news?p=2',
      'https://news.ycombinator.com/item?id=42424242',
      'https://news.ycombinator.com/newcomments',
      'https://news.ycombinator.com/ask',
    ],
  },
  reddit: {
    urls: [
      'https://www.reddit.com/',
      'https://www.reddit.com/r/espresso/',
      'https://www.reddit.com/r/espresso/comments/1gx7k2q/water_coming_out_around_the_portafilter_on_my/',
      'https://www.reddit.com/r/espresso/comments/1gx7k2q/comment/lyk3a9x/',
      'https://old.reddit.com/r/Coffee/comments/1gv0b7n/how_do_you_store_beans_when_you_buy_a_months/',
    ],
  },
  x: {
    urls: [
      'https://x.com/home',
      'https://x.com/kettle_and_keys/status/2124717730691340815',
      'https://twitter.com/kettle_and_keys/status/2124717730691340815',
      'https://x.com/i/communities/1733012345678901234',
      'https://x.com/search?q=brightbrew',
    ],
  },
  bluesky: {
    urls: [
      'https://bsky.app/',
      'https://bsky.app/profile/kettlekeys.bsky.social/post/3n2xbax5xukub',
      'https://bsky.app/profile/did:plc:2j5mfsxk3qa4kd7q9v0c/post/3n2xbax5xukub',
      'https://bsky.app/search?q=espresso',
    ],
  },
  youtube: {
    urls: [
      'https://www.youtube.com/',
      'https://www.youtube.com/watch?v=k3Vq9XbT2wE',
      'https://www.youtube.com/watch?v=k3Vq9XbT2wE&lc=UgxpY1UYrztFnzW0FvoA8c4AaABAg',
      'https://www.youtube.com/@grindandpour/videos',
      'https://www.youtube.com/results?search_query=brightbrew+duo',
    ],
  },
  linkedin: {
    urls: [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/feed/update/urn:li:activity:7529861165876190090/',
      'https://www.linkedin.com/in/daniel-okafor-4b1a2c/recent-activity/all/',
    ],
  },
  'stack-exchange': {
    urls: [
      'https://stackoverflow.com/questions',
      'https://stackoverflow.com/questions/79984412/supabase-or-firebase-for-an-offline-first-react-native-app',
      'https://coffee.stackexchange.com/questions/23518/sour-thin-espresso',
      'https://superuser.com/questions/1893456/windows-11-wont-sleep',
      'https://askubuntu.com/questions/tagged/networking',
      'https://mathoverflow.net/questions',
    ],
  },
  // Mastodon and Discourse run on any host: recognised by the page, so their examples carry it.
  discourse: {
    html: '<meta name="generator" content="Discourse 2026.10.0-latest - https://github.com/discourse/discourse"><div id="main-outlet"></div>',
    urls: ['https://forum.obsidian.md/latest', 'https://meta.discourse.org/t/what-is-discourse/12345', 'https://discuss.python.org/c/help/7'],
  },
  mastodon: {
    html: '<div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}"></div>',
    urls: ['https://mastodon.social/home', 'https://hachyderm.io/@mkessler/117661650124801999', 'https://fosstodon.org/tags/espresso'],
  },
  demo: {
    html: DEMO_DOC,
    urls: [
      'chrome-extension://rapportdemoextensionidaaaaaaaaaa/src/demo/demo.html',
      'chrome-extension://rapportdemoextensionidaaaaaaaaaa/demo.html#post-1001',
      'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-1234567890ab/src/demo/demo.html',
    ],
  },
};

const NEGATIVES = [
  'https://ycombinator.com/',
  'https://hn.algolia.com/?q=espresso',
  'https://reddit.com.evil.example/r/espresso/',
  'https://www.redditinc.com/',
  'https://news.ycombinator.com.example/item?id=1',
  'https://example.com/demo.html',
  'chrome-extension://rapportdemoextensionidaaaaaaaaaa/src/options/options.html',
  'file:///home/me/demo.html',
  'https://m.youtube.com/watch?v=k3Vq9XbT2wE',
  'https://youtu.be/k3Vq9XbT2wE',
  'https://www.youtube-nocookie.com/embed/k3Vq9XbT2wE',
  'https://www.youtube.com.evil.example/watch?v=k3Vq9XbT2wE',
  'https://linkedin.com.evil.example/feed/',
  'https://x.com.evil.example/home',
  'https://bsky.social/',
  'https://stackoverflow.blog/2026/11/20/what-we-learned/',
  'https://chat.stackexchange.com/rooms/118/root-access',
  'https://evilstackoverflow.com/questions',
  // Listed hosts, but not the app's pages (and any host for the software that runs anywhere).
  'https://mastodon.social/about',
  'https://forum.obsidian.md/latest',
];

describe('site registry', () => {
  it('lists every site once, each with an example', () => {
    const ids = sites.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
  });

  for (const [id, { urls, html }] of Object.entries(EXAMPLES)) {
    it.each(urls)(`${id} claims %s, and no other site does`, (raw) => {
      const url = new URL(raw);
      const doc = parseHtml(html ?? '<main></main>', raw.startsWith('http') ? raw : undefined);
      expect(sites.filter((s) => s.detect(url, doc)).map((s) => s.id)).toEqual([id]);
      expect(siteFor(url, doc)?.id).toBe(id);
    });
  }

  it.each(NEGATIVES)('no site claims %s', (raw) => {
    const doc = parseHtml(DEMO_DOC);
    expect(siteFor(new URL(raw), doc)).toBeUndefined();
  });

  it('generates content script matches from the sites, deduplicated', () => {
    const matches = contentScriptMatches();
    // LinkedIn is on demand: not in the manifest.
    expect(matches).toEqual(expect.arrayContaining(['https://news.ycombinator.com/*', 'https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://bsky.app/*', 'https://www.youtube.com/*']));
    // Stack Exchange's network, and the well-known Discourse forums and Mastodon servers (any other host on request).
    expect(matches).toEqual(expect.arrayContaining(['https://stackoverflow.com/*', 'https://*.stackexchange.com/*', 'https://superuser.com/*', 'https://forum.obsidian.md/*', 'https://mastodon.social/*', 'https://hachyderm.io/*']));
    expect(matches.some((m) => m.includes('linkedin'))).toBe(false);
    expect(new Set(matches).size).toBe(matches.length);
    for (const pattern of matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('every site that runs as a content script is covered by its own match patterns', () => {
    for (const { id, urls } of Object.entries(EXAMPLES).map(([id, e]) => ({ id, ...e }))) {
      const site = sites.find((s) => s.id === id);
      if (!site || site.matches.length === 0) continue;
      for (const raw of urls) {
        const covered = site.matches.some((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(raw));
        expect(covered, `${raw} is inside ${site.matches.join(', ')}`).toBe(true);
      }
    }
  });

  // The content script reads through `drafts` where a site has it: it must find the same posts.
  for (const site of sites.filter((s) => s.drafts)) {
    it.each(fixtureNames(site.id))(`${site.id}: drafts, completed, are readPosts on %s`, (name) => {
      const { doc, url } = loadFixture(site.id, name);
      const drafts = site.drafts!.read(doc, url);
      const whole = site.readPosts(doc, url);
      expect(drafts.length).toBeGreaterThan(0);
      // Drafts hold the text the prefilter reads before anything else is read: the post's own, or
      // (glued) the same characters as the page holds them, whitespace and block boundaries as they come.
      const spaceless = (text: string) => text.replace(/\s+/g, '');
      expect(drafts.map((d) => [d.record.id, d.record.kind, d.record.title, d.glued ? spaceless(d.record.body) : d.record.body, d.record.community])).toEqual(
        whole.map((p, i) => [p.record.id, p.record.kind, p.record.title, drafts[i]?.glued ? spaceless(p.record.body) : p.record.body, p.record.community]),
      );
      for (const [i, d] of drafts.entries()) if (!d.glued) expect(d.record.body).toBe(whole[i]?.record.body);
      const completed = drafts.map((d) => site.drafts!.complete(d));
      expect(completed.map((p) => p?.record)).toEqual(whole.map((p) => p.record));
      expect(completed.map((p) => [p?.element, p?.anchor])).toEqual(whole.map((p) => [p.element, p.anchor]));
    });
  }
});
