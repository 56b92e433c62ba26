import { expect, test } from 'bun:test';
import { classificationReport, f1Of } from './metrics.ts';

test('per-class precision, recall, F1 and the confusion matrix', () => {
  const r = classificationReport(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'], ['a', 'b', 'c']);
  expect(r.confusion).toEqual([[1, 1, 0], [0, 2, 0], [0, 0, 0]]);
  expect(r.perClass[0]).toMatchObject({ label: 'a', precision: 1, recall: 0.5 });
  expect(f1Of(r, 'b')).toBeCloseTo(0.8);
  expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2); // 'c' never seen: left out of the average
  expect(r.accuracy).toBe(0.75);
});
