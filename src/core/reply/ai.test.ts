import { describe, expect, it } from 'vitest';
import { AiSettingsSchema, cleanDraft, draftMessages } from './ai';

const profile = { brandNames: ['Brightbrew'], products: ['Mill 60'], competitors: ['Breville'] };

describe('AI drafting, the pure part', () => {
  it('asks for a disclosed, non-salesy reply that fits the site and refers to the post', () => {
    const [system, user] = draftMessages({ site: 'x', title: 'Grinder?', body: 'Which burr grinder for lattes?', author: 'latte_al' }, profile);
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/I work at Brightbrew/);
    expect(system?.content).toMatch(/Mill 60/);
    expect(system?.content).toMatch(/Breville/);
    expect(system?.content).toMatch(/No calls to action, discount codes/);
    expect(system?.content).toMatch(/280 characters/);
    expect(user?.content).toContain('Which burr grinder for lattes?');
    expect(user?.content).toContain('latte_al');
  });

  it('cleans a model answer into a reply: no preface, quotes or fences, within the site limit', () => {
    expect(cleanDraft('Sure! Here is a possible reply:\n"A burr grinder matters most."', 'reddit')).toBe('A burr grinder matters most.');
    expect(cleanDraft('```\nPlain answer.\n```', 'hacker-news')).toBe('Plain answer.');
    const long = `${'Grind size matters more than the machine. '.repeat(12)}`;
    const clipped = cleanDraft(long, 'x');
    expect([...clipped].length).toBeLessThanOrEqual(280);
    expect(clipped.endsWith('.')).toBe(true);
  });

  it('accepts only the three provider settings, with an http(s) endpoint', () => {
    expect(AiSettingsSchema.parse({ provider: 'off' })).toEqual({ provider: 'off' });
    expect(AiSettingsSchema.safeParse({ provider: 'openai', endpoint: 'javascript:alert(1)', model: 'x' }).success).toBe(false);
    expect(AiSettingsSchema.safeParse({ provider: 'openai', endpoint: 'http://localhost:11434/v1', model: 'llama3.2' }).success).toBe(true);
    expect(AiSettingsSchema.safeParse({ provider: 'other' }).success).toBe(false);
  });
});
