/** Small, dependency-free evaluation metrics. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf(pairs: { predicted: boolean; actual: boolean }[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  }
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/** nDCG@k of a ranking: `gains` in ranked order; the ideal is the same gains sorted. */
export function ndcgAt(k: number, rankedGains: number[]): number {
  const dcg = (gains: number[]) =>
    gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...rankedGains].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(rankedGains) / ideal;
}
