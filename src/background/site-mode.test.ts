import { describe, expect, it } from 'vitest';
import { sites } from '../sites/registry';
import { httpsOrigin, patternCovers, siteModeOf } from './site-mode';

describe('what Rapport can do on a page', () => {
  it('reads the fixed hosts of the registry', () => {
    expect(siteModeOf('https://news.ycombinator.com/item?id=1', [])).toMatchObject({ mode: 'static', site: 'hacker-news' });
    expect(siteModeOf('https://old.reddit.com/r/espresso/', [])).toMatchObject({ mode: 'static', site: 'reddit' });
    // YouTube's home feed holds nothing to read (the popup says so); a video's page does.
    expect(siteModeOf('https://www.youtube.com/', [])).toMatchObject({ mode: 'static', site: 'youtube', readsPage: false });
    expect(siteModeOf('https://www.youtube.com/watch?v=abc', []).readsPage).toBeUndefined();
  });

  it('offers any other https page to be turned on (it may be a Mastodon server or a Discourse forum), and knows the ones turned on', () => {
    expect(siteModeOf('https://forum.example-coop.org/t/help/12', [])).toEqual({ mode: 'can-enable', url: 'https://forum.example-coop.org/t/help/12', origin: 'https://forum.example-coop.org' });
    expect(siteModeOf('https://forum.example-coop.org/latest', ['https://forum.example-coop.org'])).toMatchObject({ mode: 'enabled-host' });
  });

  it('never offers pages that are not https web pages', () => {
    for (const url of [undefined, 'chrome://extensions/', 'http://forum.example.org/', 'file:///tmp/a.html', 'https://localhost/', 'not a url']) {
      expect(siteModeOf(url, []).mode).toBe('unsupported');
    }
  });

  it('reads on-demand sites only when asked', () => {
    const onDemand = sites.filter((s) => s.onDemand);
    for (const site of onDemand) {
      const host = site.matches[0]!.slice('https://'.length, -'/*'.length).replace(/^\*\./, 'www.');
      expect(siteModeOf(`https://${host}/feed/`, [])).toMatchObject({ mode: 'on-demand', site: site.id });
    }
  });

  it('matches patterns as the browser does', () => {
    expect(patternCovers('https://*.stackexchange.com/*', new URL('https://unix.stackexchange.com/q/1'))).toBe(true);
    expect(patternCovers('https://*.stackexchange.com/*', new URL('https://stackexchange.com/'))).toBe(true);
    expect(patternCovers('https://*.stackexchange.com/*', new URL('https://evilstackexchange.com/'))).toBe(false);
    expect(patternCovers('https://news.ycombinator.com/*', new URL('http://news.ycombinator.com/'))).toBe(false);
    expect(httpsOrigin('https://Forum.Example.org:8443/x?y')).toBe('https://forum.example.org:8443');
  });
});
