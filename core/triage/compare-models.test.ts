import { describe, expect, test } from 'bun:test';
import { compareModels } from './compare-models.ts';
import { loadDevSet } from './labelled-sets/labelled-sets.ts';
import { loadShippedModel } from './shipped-model.ts';
import { TriageModel } from './triage-model.ts';

describe('compareModels', () => {
  const devSet = loadDevSet();

  test('a candidate equal to the current model is promoted', async () => {
    const current = await loadShippedModel();
    const result = compareModels(current, current, devSet);
    expect(result.promote).toBe(true);
    expect(result.regressions).toEqual([]);
    expect(result.current.figures['intent.macroF1']).toBeGreaterThan(0.5);
  });

  test('an untrained candidate is refused, naming what got worse', async () => {
    const current = await loadShippedModel();
    const blank = TriageModel.empty(current.featurizer, current.heads).pack();
    const result = compareModels(current, blank, devSet);
    expect(result.promote).toBe(false);
    expect(result.regressions.map((r) => r.metric)).toContain('scam.recall');
  });
});
