import { describe, expect, test } from 'bun:test';
import { statSync } from 'node:fs';
import { deserializeModel, serializeModel } from './model-file.ts';
import { buildSeedSet } from './seed/seed-set.ts';
import { SHIPPED_MODEL_PATH, loadShippedModel } from './shipped-model.ts';
import { trainModel } from './trainer.ts';

describe('model file', () => {
  test('round-trips: a saved and re-loaded model gives the same answers', () => {
    const model = trainModel(buildSeedSet(1, 3, 'train'), { featurizer: { bits: 14, charMin: 2, charMax: 4 }, epochs: 2 }).pack();
    model.meta.version = 'test-roundtrip';
    const again = deserializeModel(serializeModel(model));
    expect(again.meta.version).toBe('test-roundtrip');
    for (const text of ['site is down', 'free nitro claim now', 'te voy a hacer daño']) {
      expect(Array.from(again.predict(again.featurize(text)))).toEqual(Array.from(model.predict(model.featurize(text))));
    }
  });

  test('rejects a file that is not a model', () => {
    expect(() => deserializeModel(new TextEncoder().encode('hello world, not a model'))).toThrow(/bad magic/);
  });

  test('the shipped model loads, carries a version and auto-close thresholds, and is at most 20 MB', async () => {
    const model = await loadShippedModel();
    expect(model.meta.version).toMatch(/^triage-\d{8}-[0-9a-f]{8}$/);
    expect(model.meta.autoClose.spam).toBeGreaterThan(0.5);
    expect(statSync(SHIPPED_MODEL_PATH).size).toBeLessThan(20 * 1024 * 1024);
  });
});
