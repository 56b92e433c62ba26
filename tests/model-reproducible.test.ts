/**
 * Acceptance (issue 4): `steward model train` then `steward model eval` reproduces the committed
 * model's figures. Training is deterministic (seeded sampling, seeded variants, fixed order), so a
 * fresh training from ../shared/datasets must give the committed weights bit for bit — the
 * version's hash part is a hash of the weights, biases and auto-close thresholds — and therefore the
 * same evaluation.
 */
import { expect, test } from 'bun:test';
import { join } from 'node:path';
import { loadEvalSet } from '../core/triage/labelled-sets/labelled-sets.ts';
import { loadModel } from '../core/triage/model-file.ts';
import { SHIPPED_MODEL_PATH } from '../core/triage/shipped-model.ts';
import { evaluateOnEvalSet } from '../core/triage/triage-evaluation.ts';
import { runCli } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

test('a fresh `steward model train` gives the committed model: same weights, thresholds and evaluation', async () => {
  const cwd = tempDir();
  const out = join(cwd, 'retrained.bin');
  const run = await runCli(['model', 'train', '--out', out], {}, cwd);
  expect(run.code).toBe(0);
  const [committed, fresh] = await Promise.all([loadModel(SHIPPED_MODEL_PATH), loadModel(out)]);
  const hash = (version: string) => version.split('-').at(-1);
  expect(hash(fresh.meta.version)).toBe(hash(committed.meta.version)!);
  expect(fresh.meta.autoClose).toEqual(committed.meta.autoClose);
  expect(fresh.meta.training.riskCalibration).toEqual(committed.meta.training.riskCalibration);
  const evalSet = loadEvalSet();
  expect(evaluateOnEvalSet(fresh, evalSet).overall).toEqual(evaluateOnEvalSet(committed, evalSet).overall);
}, 300_000);
