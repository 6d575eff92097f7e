/**
 * Training of the learned intent model (src/core/relevance/intent-model.ts) from the labeled
 * posts: one L2-regularised logistic regression an intent, fitted by AdaGrad over shuffled posts
 * with fixed seeds (one fit a seed, averaged), so the same data always gives the same weights. Used by
 * `npm run train:intents` (writes the shipped model) and by `npm run eval` (cross-validation: each
 * training post judged by a model that never saw it).
 */
import { assessCompiled, INTENTS, type Intent } from '../../src/core/index';
import { isCommonWord } from '../../src/core/lexicon/english';
import { parseProfile } from '../../src/core/profile';
import { compileProfile as compileWith, type CompiledProfile } from '../../src/core/relevance/compile';
import { parseIntentModel, serializeIntentModel, type IntentModel } from '../../src/core/relevance/intent-model';
import type { LabeledPost } from './relevance-data';

export interface TrainingOptions {
  /** L2 penalty a step. */
  l2: number;
  epochs: number;
  learningRate: number;
  /** One fit a seed (the order posts are visited in), averaged: steadier than any one fit. */
  seeds: number[];
  /** Features seen in fewer training posts are dropped: they cannot generalise, and they make the model large. */
  minPosts: number;
  /** Weight resolution in the shipped file: integers from -levels to levels. */
  levels: number;
}

export const TRAINING: TrainingOptions = { l2: 1e-4, epochs: 30, learningRate: 0.3, seeds: [7, 11, 13], minPosts: 3, levels: 31 };

export interface Example {
  post: LabeledPost;
  features: string[];
  rules: Intent[];
}

/** Each post's features as the engine computes them (rules only, no model), with its labels. */
export function examples(posts: LabeledPost[], profiles: Record<string, { profile: Record<string, unknown> }>): Example[] {
  const compiled = new Map<string, CompiledProfile>();
  return posts.map((post) => {
    let c = compiled.get(post.profile);
    if (!c) {
      const input = profiles[post.profile]?.profile;
      if (!input) throw new Error(`post ${post.id}: no profile ${post.profile}`);
      c = compileWith(parseProfile(input), { isCommonWord });
      compiled.set(post.profile, c);
    }
    let features: string[] = [];
    let rules: Intent[] = [];
    assessCompiled(post, c, {
      onIntentFeatures: (f, r) => {
        features = f;
        rules = [...r];
      },
    });
    return { post, features, rules };
  });
}

/** Weights of one intent's logistic regression. */
function fit(xs: string[][], ys: number[], o: TrainingOptions, seed: number): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const order = xs.map((_, i) => i);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const x = xs[i] as string[];
      let z = 0;
      for (const k of x) z += w.get(k) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (const k of x) {
        const wk = w.get(k) ?? 0;
        const gk = g + o.l2 * wk;
        const s = (g2.get(k) ?? 1e-8) + gk * gk;
        g2.set(k, s);
        w.set(k, wk - (o.learningRate * gk) / Math.sqrt(s));
      }
    }
  }
  return w;
}

/** The model's weights: feature -> one weight an intent (INTENTS order). */
export function train(data: Example[], o: TrainingOptions = TRAINING): Map<string, number[]> {
  const seen = new Map<string, number>();
  for (const e of data) for (const k of e.features) seen.set(k, (seen.get(k) ?? 0) + 1);
  const xs = data.map((e) => e.features.filter((k) => (seen.get(k) ?? 0) >= o.minPosts));
  const out = new Map<string, number[]>();
  INTENTS.forEach((intent, k) => {
    const ys = data.map((e) => (e.post.intents.includes(intent) ? 1 : 0));
    for (const seed of o.seeds) {
      for (const [feature, value] of fit(xs, ys, o, seed)) {
        let row = out.get(feature);
        if (!row) out.set(feature, (row = INTENTS.map(() => 0)));
        row[k] = (row[k] as number) + value / o.seeds.length;
      }
    }
  });
  return out;
}

/** The model as shipped: quantised through its text form, so evaluation sees what users get. */
export function toModel(weights: Map<string, number[]>, o: TrainingOptions = TRAINING): IntentModel {
  return parseIntentModel(serializeIntentModel(weights, o.levels));
}

/** Deterministic k folds: post i goes to fold i mod k (the files interleave profiles and sites). */
export function folds<T>(items: T[], k: number): T[][] {
  return Array.from({ length: k }, (_, f) => items.filter((_, i) => i % k === f));
}

/**
 * Group cross-validation over the training posts: the profiles are split into k folds, and each
 * post is judged with a model trained without any post of its profile, as a brand Rapport has
 * never seen would be. Returns the compiled profile to judge a training post with.
 */
export function crossValidated(
  posts: LabeledPost[],
  profiles: Record<string, { profile: Record<string, unknown> }>,
  k = 5,
  o: TrainingOptions = TRAINING,
): (post: LabeledPost) => CompiledProfile {
  const names = [...new Set(posts.map((p) => p.profile))].sort();
  const foldOf = new Map(names.map((n, i) => [n, i % k]));
  const data = examples(posts, profiles);
  const models = Array.from({ length: k }, (_, f) => toModel(train(data.filter((e) => foldOf.get(e.post.profile) !== f), o), o));
  const compiled = new Map<string, CompiledProfile>();
  return (post) => {
    let c = compiled.get(post.profile);
    if (!c) {
      const fold = foldOf.get(post.profile);
      const input = profiles[post.profile]?.profile;
      if (fold === undefined || !input) throw new Error(`post ${post.id}: profile ${post.profile} is not among the cross-validated ones`);
      c = compileWith(parseProfile(input), { isCommonWord, intentModel: models[fold] });
      compiled.set(post.profile, c);
    }
    return c;
  };
}
