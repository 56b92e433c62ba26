import { describe, expect, test } from 'bun:test';
import { LocalClassifier } from './local-classifier.ts';
import { buildSeedSet } from './seed/seed-set.ts';
import { trainModel } from './trainer.ts';
import { DEFAULT_CORRECTION_WEIGHT } from './shipped-training.ts';
import type { TrainingExample } from './heads.ts';

// Small and fast: seed templates only, 2^16 buckets.
const featurizer = { bits: 16, charMin: 2, charMax: 4 };
const base = buildSeedSet(2, 5, 'train');

describe('trainer', () => {
  test('learns the seed categories it was given', () => {
    const c = new LocalClassifier(trainModel(base, { featurizer, epochs: 4 }).pack());
    const [spam] = c.classifySync([{ text: '🎉 GIVEAWAY 🎉 follow and retweet to win, join my server' }]);
    expect(spam!.noise.label).toBe('spam');
  }, 30_000); // one training, ~4 s when quiet: it timed out at bun's 5 s default while other tests trained

  test('a moderator correction flips the answer on that item and on near copies after retraining', () => {
    const item = 'when is the next community meetup happening?';
    const before = new LocalClassifier(trainModel(base, { featurizer, epochs: 4 }).pack());
    const [was] = before.classifySync([{ text: item }]);
    expect(was!.topic.label).not.toBe('pricing');

    const correction: TrainingExample = { text: item, labels: { topic: 'pricing', intent: 'support' }, weight: DEFAULT_CORRECTION_WEIGHT };
    const after = new LocalClassifier(trainModel([...base, correction], { featurizer, epochs: 4 }).pack());
    const [now, near] = after.classifySync([{ text: item }, { text: 'When is the next community meetup happening??' }]);
    expect(now!.topic.label).toBe('pricing');
    expect(near!.topic.label).toBe('pricing');
    expect(now!.intent.label).toBe('support');
  }, 30_000);

  test('training is deterministic for the same data and seed', () => {
    const a = trainModel(base.slice(0, 200), { featurizer, epochs: 1 });
    const b = trainModel(base.slice(0, 200), { featurizer, epochs: 1 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });

  test('feature dropout is deterministic, changes what is learnt, and still learns the categories', () => {
    const train = (featureDropout: number) => trainModel(base.slice(0, 400), { featurizer, epochs: 2, featureDropout });
    const [a, b, none] = [train(0.5), train(0.5), train(0)];
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(none.weights.buffer))).toBe(false);
    const c = new LocalClassifier(trainModel(base, { featurizer, epochs: 4, featureDropout: 0.5 }).pack());
    const [spam] = c.classifySync([{ text: '🎉 GIVEAWAY 🎉 follow and retweet to win, join my server' }]);
    expect(spam!.noise.label).toBe('spam');
  }, 30_000); // four trainings: near bun's 5 s default on a busy machine
});
