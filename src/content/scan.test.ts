// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../core/profile';
import type { PagePost, SiteAdapter } from '../sites/types';
import { Scanner } from './scan';

/** An adapter that reads each `<p data-id>` as one post. */
const adapter: SiteAdapter = {
  id: 'demo',
  name: 'Test',
  matches: [],
  detect: () => true,
  findReplyBox: () => null,
  readPosts: (root) =>
    [...root.querySelectorAll('p[data-id]')].map(
      (element): PagePost => ({
        record: {
          id: element.getAttribute('data-id')!,
          site: 'demo',
          kind: 'post',
          body: element.textContent ?? '',
          permalink: `https://example.com/${element.getAttribute('data-id')}`,
        },
        element,
        anchor: element,
      }),
    ),
};

const POSTS = {
  word: 'I keep a tally of my expenses in a little notebook.',
  lower: 'tally is great for this',
  name: 'I switched to Tally last month and my budget finally works.',
};

function page(): Document {
  document.body.replaceChildren(
    ...Object.entries(POSTS).map(([id, text]) => {
      const p = document.createElement('p');
      p.dataset.id = id;
      p.textContent = text;
      return p;
    }),
  );
  return document;
}

const profile = parseProfile({ brandNames: ['Tally'], competitors: ['Brightbrew'], topics: ['budgeting app'] });
const url = new URL('https://example.com/');

function brandMentions(commonWords: string[]): Record<string, boolean> {
  const scanner = new Scanner(adapter, profile, commonWords);
  scanner.scan(page(), url);
  return Object.fromEntries([...scanner.results].map(([id, post]) => [id, post.assessment.mentionsBrand]));
}

describe('Scanner and ambiguous names', () => {
  it('needs context for a name the background says is an everyday word', () => {
    expect(brandMentions(['tally'])).toEqual({ word: false, lower: false, name: true });
  });

  it('takes a name it is not told about as distinctive', () => {
    expect(brandMentions([])).toEqual({ word: true, lower: true, name: true });
  });
});
