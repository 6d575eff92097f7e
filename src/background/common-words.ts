import { isCommonWord } from '../core/lexicon/english';
import type { BrandProfile } from '../core/profile';
import { nameWords } from '../core/relevance/compile';
import { lightStem } from '../core/relevance/stem';
import { COMMON_WORDS_MAX } from '../messages/protocol';

/**
 * The words of the profile's names that are everyday English words ("tally", "beacon"), answered
 * here so the content script can compile the profile without the ~110 KB dictionary: it looks
 * words up in this list instead.
 *
 * compileProfile asks about a name word's light stem ("beacons" -> "beacon"), so each word is
 * judged in both forms; the list then answers exactly what the dictionary would for either.
 */
export function commonNameWords(profile: BrandProfile): string[] {
  const common = new Set<string>();
  for (const word of nameWords(profile)) {
    for (const form of [word, lightStem(word)]) if (isCommonWord(form)) common.add(form);
  }
  return [...common].slice(0, COMMON_WORDS_MAX);
}
