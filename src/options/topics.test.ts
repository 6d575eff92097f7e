import { describe, expect, it } from 'vitest';
import { parseProfile } from '../core/profile';
import { formatTopics, parseTopics } from './topics';

describe('topics field', () => {
  it('reads a line without "=" as a plain topic and a line with it as a topic with synonyms', () => {
    expect(parseTopics('espresso machine = espresso maker, coffee machine\n  grinder \n\nsteam wand')).toEqual([
      { term: 'espresso machine', synonyms: ['espresso maker', 'coffee machine'] },
      'grinder',
      'steam wand',
    ]);
  });

  it('drops empty synonyms and keeps a topic whose synonyms are all empty as a plain topic', () => {
    expect(parseTopics('portafilter = , basket,\ngroup head =\n = \n= filter basket, basket')).toEqual([
      { term: 'portafilter', synonyms: ['basket'] },
      'group head',
      { term: 'filter basket', synonyms: ['basket'] },
    ]);
  });

  it('writes topics back the way they are typed', () => {
    const text = 'espresso machine = espresso maker, coffee machine\ngrinder';
    expect(formatTopics(parseTopics(text))).toBe(text);
    expect(formatTopics([{ term: 'grinder', synonyms: [] }])).toBe('grinder');
    expect(formatTopics(undefined)).toBe('');
  });

  it('gives what the profile schema accepts', () => {
    const topics = parseTopics('espresso machine = espresso maker\ngrinder');
    expect(parseProfile({ topics }).topics).toEqual(topics);
  });
});
