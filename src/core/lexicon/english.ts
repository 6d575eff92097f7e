import { Bloom } from './bloom';
import { ENGLISH_WORDS } from './english-words';
import { lightStem } from '../relevance/stem';

let bloom: Bloom | undefined;

/**
 * Is this lower-case word an everyday English word (or an inflection of one)? About 1% of
 * non-words answer yes; that only makes Rapport ask for a little more context for that name.
 */
export function isCommonWord(word: string): boolean {
  bloom ??= new Bloom(ENGLISH_WORDS);
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return false;
  if (bloom.has(w)) return true;
  const base = lightStem(w);
  if (base !== w && bloom.has(base)) return true;
  for (const [suffix, repl] of [['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['es', '']] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && bloom.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}
