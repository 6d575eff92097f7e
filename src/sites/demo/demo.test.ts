// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkParents, checkPosts, checkSelectors, fixtureNames, loadFixture, parseHtml } from '../../../tests/fixtures/sites/harness';
import { demo, readDemo } from './index';
import { DEMO } from './selectors';

describe('demo adapter (src/demo/demo.html)', () => {
  const fixture = loadFixture('demo', 'demo');
  const { doc, url } = fixture;

  it('uses the demo page itself as its fixture', () => {
    expect(fixtureNames('demo')).toEqual(['demo']);
    expect(fixture.expected.fixture).toBe('src/demo/demo.html');
  });

  it('is detected on the extension page, on Chrome and Firefox', () => {
    expect(demo.detect(url, doc)).toBe(true);
    expect(demo.detect(new URL('moz-extension://0b1c2d3e-aaaa-bbbb-cccc-1234567890ab/demo.html'), doc)).toBe(true);
  });

  it('is not detected without the demo root or off an extension origin', () => {
    expect(demo.detect(url, parseHtml('<main></main>'))).toBe(false);
    expect(demo.detect(new URL('https://example.com/demo.html'), doc)).toBe(false);
    expect(demo.detect(new URL('chrome-extension://abc/src/options/options.html'), doc)).toBe(false);
  });

  it('matches every selector expectation', () => {
    checkSelectors(fixture, DEMO);
  });

  it('reads every post with the expected fields', () => {
    const strict = readDemo(doc, url, true);
    checkPosts(fixture, strict);
    checkParents(strict, []);
    expect(demo.readPosts(doc, url).map((p) => p.record)).toEqual(strict.map((p) => p.record));
  });

  it('has the scenarios the demo walks through', () => {
    const titles = demo.readPosts(doc, url).flatMap((p) => (p.record.title ? [p.record] : []));
    const find = (re: RegExp) => titles.find((r) => re.test(r.title ?? ''));
    expect(find(/under \$500/)?.body).not.toMatch(/Brightbrew/); // asks without naming the brand
    expect(find(/Duo leaking/)?.body).toMatch(/disappointed/);
    expect(find(/Duo vs Breville Bambino/)).toBeDefined();
    expect(find(/Mill 60/)?.body).toMatch(/Love this thing/);
    expect(find(/grind size/i)?.replyCount).toBe(0);
    for (const offTopic of [/Lisbon/, /Latte art/, /ledger/, /Job posting/]) expect(find(offTopic)).toBeDefined();
  });

  it('shows the demo banner and loads the lead’s script, with no stylesheet link', () => {
    expect(doc.querySelector('.demo-banner')?.textContent).toMatch(/Rapport’s demo page/);
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('./main.ts');
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('[onsubmit], [onclick]')).toBeNull();
  });

  it('finds the reply box', () => {
    expect(demo.findReplyBox(doc)?.id).toBe('reply-1001');
  });
});
