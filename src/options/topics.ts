import type { Topic } from '../core/profile';

/**
 * Topics as the options page edits them, one a line: `espresso machine` is a plain topic,
 * `espresso machine = espresso maker, coffee machine` a topic with the synonyms that mean the same.
 */
export function formatTopics(topics: readonly Topic[] | undefined): string {
  return (topics ?? [])
    .map((topic) => {
      if (typeof topic === 'string') return topic;
      return topic.synonyms.length > 0 ? `${topic.term} = ${topic.synonyms.join(', ')}` : topic.term;
    })
    .join('\n');
}

/** The lines of the topics field back as topics; blank lines and empty synonyms are dropped. */
export function parseTopics(text: string): Topic[] {
  return text.split('\n').flatMap((line): Topic[] => {
    const at = line.indexOf('=');
    if (at < 0) return line.trim() ? [line.trim()] : [];
    const named = line.slice(0, at).trim();
    const synonyms = line
      .slice(at + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // "= maker, machine": the first synonym names the topic.
    const term = named || synonyms.shift();
    if (!term) return [];
    return synonyms.length > 0 ? [{ term, synonyms }] : [term];
  });
}
