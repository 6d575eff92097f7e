/** A topic, optionally with synonyms that mean the same ("espresso machine" = "espresso maker"). */
export type Topic = string | { term: string; synonyms: string[] };

/** The topic's main term and every way of writing it. Zod-free, so the content script can use it. */
export function topicTerms(topic: Topic): { term: string; all: string[] } {
  if (typeof topic === 'string') return { term: topic, all: [topic] };
  return { term: topic.term, all: [topic.term, ...topic.synonyms] };
}
