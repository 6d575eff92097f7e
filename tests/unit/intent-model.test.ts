// The learned intent model: its file format, and that the shipped weights are what the training
// script makes from the committed data (so data or feature changes cannot ship a stale model).
import { describe, expect, it } from 'vitest';
import { assessCompiled, assessPost, compileProfile, INTENTS, type CompiledProfile } from '../../src/core';
import { loadPosts, loadProfiles } from '../eval/relevance-data';
import { featureHash, MARGIN, packIntentModel, parseIntentModel, predictIntents, RULE_WEIGHT, serializeIntentModel } from '../../src/core/relevance/intent-model';
import { INTENT_MODEL } from '../../src/core/relevance/intent-weights';
import { TRAINING } from '../eval/intent-training';
import { shippedModelText } from '../eval/train-intents';

describe('the intent model file', () => {
  it('round-trips through its text form, quantised', () => {
    const weights = new Map([
      ['w:broke', [0, 0, 2.5, -1, 0]],
      ['bias', [-1, -1, -1, -1, -1]],
      ['w:zero', [0, 0, 0, 0, 0]],
    ]);
    const model = parseIntentModel(serializeIntentModel(weights, 31));
    // The packed form that ships reads back to the same model.
    const packed = parseIntentModel(packIntentModel(weights, 31));
    expect(packed.rows).toEqual(model.rows);
    expect([...packed.weights]).toEqual([...model.weights]);
    expect([...model.rows.keys()].sort()).toEqual([featureHash('bias'), featureHash('w:broke')].sort());
    expect(model.weights[(model.rows.get(featureHash('w:broke')) as number) * INTENTS.length + 2]).toBeCloseTo(2.5, 1);
    expect([...predictIntents(model, ['w:broke', 'bias'])]).toEqual(['complaint']);
    // A rule's verdict counts RULE_WEIGHT: enough to carry an intent the model is unsure of.
    expect([...predictIntents(model, ['bias'], new Set(['praise']))]).toEqual(RULE_WEIGHT - 1 > MARGIN ? ['praise'] : []);
  });

  it('rejects a damaged file with a clear error', () => {
    expect(() => parseIntentModel('hello')).toThrow(/not a rapport-intents 1 file/);
    expect(() => parseIntentModel('rapport-intents 1 0.1\nw:a\t1 2 3')).toThrow(/line 2 is malformed/);
    expect(() => parseIntentModel('rapport-intents 1 0.1\nw:a\t1 2 3 x 5')).toThrow(/line 2 is malformed/);
    expect(() => parseIntentModel('rapport-intents-packed 1 0.1 2\nAAAA')).toThrow(/bytes for 2 rows/);
    expect(() => parseIntentModel('rapport-intents-packed 1 0.1 1\n!!!!')).toThrow(/not base64/);
  });

  it('is what `npm run train:intents` makes from the committed data (within one quantisation step)', () => {
    const shipped = parseIntentModel(INTENT_MODEL);
    const fresh = parseIntentModel(shippedModelText().text);
    expect(fresh.rows.size).toBe(shipped.rows.size);
    const scale = Number(/^rapport-intents-packed 1 (\S+)/.exec(INTENT_MODEL)?.[1]);
    expect(scale).toBeGreaterThan(0);
    let off = 0;
    for (const [feature, row] of fresh.rows) {
      const other = shipped.rows.get(feature);
      expect(other, `feature #${feature} is missing from the shipped model: run npm run train:intents`).toBeDefined();
      for (let k = 0; k < INTENTS.length; k++) {
        const d = Math.abs((fresh.weights[row * INTENTS.length + k] as number) - (shipped.weights[(other as number) * INTENTS.length + k] as number));
        if (d > scale * 1.01) off++;
      }
    }
    expect(off, 'weights differ from a fresh training run: run npm run train:intents').toBe(0);
    expect(TRAINING.levels).toBeGreaterThan(0);
  }, 180_000);
});

describe('the hashed features the engine judges with', () => {
  it('are the hashes of the text features training sees, on every labeled post', () => {
    const profiles = loadProfiles();
    const byName = new Map<string, CompiledProfile>();
    let checked = 0;
    for (const post of loadPosts()) {
      let c = byName.get(post.profile);
      if (!c) byName.set(post.profile, (c = compileProfile(profiles[post.profile]?.profile ?? {})));
      assessCompiled(post, c, {
        onIntentFeatures: (features, _, hashes) => {
          checked++;
          expect(new Set(features.map(featureHash))).toEqual(hashes);
        },
      });
    }
    expect(checked).toBeGreaterThan(3000);
  });
});

describe('what the rules rule out stays out, whatever the model says', () => {
  const profile = { brandNames: ['Brightbrew'], products: ['Mill 60'], competitors: ['Breville', 'Gaggia'], topics: ['burr grinder'] };
  it('a disclaimer of recommendations, an endorsement, a job ad', () => {
    expect(assessPost({ site: 'reddit', body: 'Not looking for recommendations, just venting: my Mill 60 hopper cracked again.' }, profile).intents).not.toContain('recommendation_request');
    expect(assessPost({ site: 'reddit', body: 'Highly recommend the Mill 60 for a first burr grinder.' }, profile).intents).not.toContain('recommendation_request');
    expect(assessPost({ site: 'linkedin', body: "We're hiring! Looking for a barista trainer who knows Brightbrew machines." }, profile).intents).not.toContain('recommendation_request');
  });
  it('a comparison needs the profile named and a comparing word', () => {
    expect(assessPost({ site: 'reddit', body: 'Plenty of people here started with a used Gaggia and a Breville and never looked back.' }, profile).intents).not.toContain('competitor_comparison');
    expect(assessPost({ site: 'reddit', body: 'Sony vs Bose for a long flight, which is quieter?' }, profile).intents).not.toContain('competitor_comparison');
  });
});
