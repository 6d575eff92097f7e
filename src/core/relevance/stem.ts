/**
 * Two small English stemmers, applied the same way to profile terms and to post words.
 *
 * `lightStem` only undoes plurals and possessives ("grinders" -> "grinder", "batteries" ->
 * "battery", "Breville's" -> "breville"): safe for names. `stem` also removes common derivational
 * endings ("hiking", "hiker", "hikes" -> "hik"; "budgeting" -> "budget"), for topic words where a
 * near form still means the same thing.
 */
const KEEP_S = new Set([
  'news', 'series', 'species', 'lens', 'gas', 'bus', 'yes', 'this', 'its', 'his', 'hers', 'was', 'has',
  'does', 'is', 'as', 'us', 'plus', 'chaos', 'canvas', 'bias', 'atlas', 'alias', 'always', 'perhaps',
  'thanks', 'ops', 'devops', 'sometimes', 'less', 'unless', 'physics', 'whereas', 'analytics', 'ios', 'macos',
  'aws', 'dns', 'sms', 'kudos', 'texas', 'vegas', 'paris', 'christmas', 'afterwards',
]);

export function lightStem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  const n = w.length;
  if (n <= 3 || KEEP_S.has(w)) return w;
  const last = w.charCodeAt(n - 1);
  if (last !== 115 /* s */) return w;
  const prev = w.charCodeAt(n - 2);
  // -ss, -us, -is, -os stay: "glass", "status", "analysis", "chaos".
  if (prev === 115 || prev === 117 || prev === 105) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zzes')) {
    return w.slice(0, -2);
  }
  return w.slice(0, -1);
}

const SUFFIXES = [
  'izations', 'ization', 'isations', 'isation', 'ational', 'fulness', 'iveness', 'ements', 'ement', 'ments', 'ment',
  'ness', 'ings', 'ing', 'ers', 'er', 'edly', 'ed', 'izer', 'iser', 'izing', 'ising', 'ized', 'ised', 'ize', 'ise',
  'ation', 'ations', 'ions', 'ion', 'ity', 'ly', 'ive', 'able', 'ible', 'al',
];

/** Doubled final consonants after stripping ("running" -> "runn" -> "run"). */
function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2] && !'aeiouslz'.includes(w[n - 1] ?? '')) return w.slice(0, -1);
  return w;
}

export function stem(word: string): string {
  let w = lightStem(word);
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = undouble(w.slice(0, -suffix.length));
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}
