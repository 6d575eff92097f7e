// @vitest-environment happy-dom
// Across contexts (background answers, content script compiles), so it lives outside src/.
import { describe, expect, it } from 'vitest';
import { commonNameWords } from '../../src/background/common-words';
import { Scanner } from '../../src/content/scan';
import { assessPost, parseProfile } from '../../src/core';
import { parseIntentModel } from '../../src/core/relevance/intent-model';
import { INTENT_MODEL } from '../../src/core/relevance/intent-weights';
import type { PagePost, SiteAdapter } from '../../src/sites/types';

const BODIES = [
  'I keep a tally of my expenses in a little notebook.',
  'tally is great for this',
  'I switched to Tally last month and my budget finally works.',
  'The beacons were lit on every hill.',
  'Anyone tried the Beacons app from Tally? Better than Brightbrew Duo?',
  'brightbrew duo keeps leaking, and the mill makes a mess',
];

const adapter: SiteAdapter = {
  id: 'demo',
  name: 'Test',
  matches: [],
  detect: () => true,
  findReplyBox: () => null,
  readPosts: (root) =>
    [...root.querySelectorAll('p')].map(
      (element, i): PagePost => ({
        record: {
          id: String(i),
          site: 'demo',
          kind: 'post',
          body: element.textContent ?? '',
          permalink: `https://example.com/${i}`,
        },
        element,
        anchor: element,
      }),
    ),
};

describe("the content script's scanner with the background's commonWords", () => {
  it.each([
    ['one-word names', { brandNames: ['Tally'], products: ['Beacons'], competitors: ['Brightbrew Duo'] }],
    ['multi-word names', { brandNames: ['Tally App'], aliases: ['Tally'], products: ['Brightbrew Mill'] }],
  ])('judges every post as the core API (with its dictionary) does: %s', (_, input) => {
    const profile = parseProfile({ ...input, topics: ['budgeting app'] });
    document.body.replaceChildren(
      ...BODIES.map((body) => Object.assign(document.createElement('p'), { textContent: body })),
    );
    // What the background sends: the dictionary's answers and the intent model's text.
    const scanner = new Scanner(adapter, profile, commonNameWords(profile), parseIntentModel(INTENT_MODEL));
    scanner.scan(document, new URL('https://example.com/'));
    expect(scanner.results.size).toBe(BODIES.length);
    for (const post of scanner.results.values()) {
      const full = assessPost(post.record, profile);
      // The feed path stops early on posts with no profile word: same verdict, no intents read.
      if (full.level === 'none') expect(post.assessment).toMatchObject({ level: 'none', score: full.score, priority: full.priority, mentionsBrand: false });
      else expect(post.assessment).toEqual(full);
    }
  });
});
