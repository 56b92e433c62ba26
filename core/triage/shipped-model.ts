/** The committed model file and its loader. */
import shippedModelPath from './model/triage-model.bin' with { type: 'file' };
import { loadModel } from './model-file.ts';
import type { TriageModel } from './triage-model.ts';

/** Where `steward model train` writes by default: the file that ships in the repo and the binary. */
export const SHIPPED_MODEL_PATH = new URL('./model/triage-model.bin', import.meta.url).pathname;

let cached: Promise<TriageModel> | null = null;

/** Loads the shipped model once per process (the file is embedded when compiled with `bun build --compile`). */
export function loadShippedModel(): Promise<TriageModel> {
  cached ??= loadModel(shippedModelPath);
  return cached;
}
