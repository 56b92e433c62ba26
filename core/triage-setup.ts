/**
 * Builds the classify stage's classifiers from config: the local model (a configured file, else
 * the one `steward model promote` installed in the data directory, else the shipped one), loaded
 * once on first use, and the optional Hugging Face
 * classifier, whose config is checked at start-up like every other setting.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ConfigError, type StewardConfig } from './config/index.ts';
import {
  HUGGINGFACE_CONFIG_SCHEMA, HuggingFaceClassifier, LocalClassifier, loadModel, loadShippedModel,
  type Classifier, type HuggingFaceConfig, type TriageModel,
} from './triage/index.ts';

export function checkHuggingFaceConfig(config: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({ keyword: 'secret', schemaType: 'boolean' });
  const validate = ajv.compile(HUGGINGFACE_CONFIG_SCHEMA);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((e) => `key "triage.huggingface${e.instancePath.replace(/\//g, '.')}" ${e.message}${e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})` : ''}`);
}

/** Where `steward model promote` installs a model; the server prefers it to the shipped one. */
export function activeModelPath(config: StewardConfig): string {
  return join(config.dataDir, 'models', 'active.bin');
}

export function createTriageClassifiers(config: StewardConfig): () => Promise<{ classifier: Classifier; model: TriageModel; refiners: Classifier[] }> {
  const hf = config.triage.huggingface;
  if (hf) {
    const problems = checkHuggingFaceConfig(hf);
    if (problems.length > 0) throw new ConfigError(problems);
  }
  let loaded: Promise<{ classifier: Classifier; model: TriageModel; refiners: Classifier[] }> | undefined;
  return () =>
    (loaded ??= (async () => {
      const promoted = activeModelPath(config);
      const model = config.triage.modelPath
        ? await loadModel(config.triage.modelPath)
        : existsSync(promoted) ? await loadModel(promoted) : await loadShippedModel();
      const local = new LocalClassifier(model);
      return { classifier: local, model, refiners: hf ? [new HuggingFaceClassifier(hf as unknown as HuggingFaceConfig, local)] : [] };
    })());
}
