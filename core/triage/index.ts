/** Public door of the triage module: the classifiers, the shipped model, auto-close, training and evaluation. */
export * from './labels.ts';
export type { Classifier, ClassifierOutcome, ClassifyInput } from './classifier.ts';
export type { TrainingExample, TrainingLabels } from './heads.ts';
export { LocalClassifier } from './local-classifier.ts';
export { HuggingFaceClassifier, type HuggingFaceConfig } from './hf-classifier.ts';
export { HUGGINGFACE_CONFIG_SCHEMA } from './hf-config-schema.ts';
export { loadShippedModel, SHIPPED_MODEL_PATH } from './shipped-model.ts';
export { autoCloseDecision, type AutoCloseDecision } from './auto-close.ts';
export { TriageModel, type ModelMeta, type AutoCloseThresholds } from './triage-model.ts';
export { loadModel, saveModel, serializeModel, deserializeModel } from './model-file.ts';
export { trainShippedModel, DEFAULT_CORRECTION_WEIGHT, type ShippedTrainingOptions } from './shipped-training.ts';
export { compareModels, type ModelComparison } from './compare-models.ts';
export { loadDevSet, loadEvalSet, type EvalItem } from './labelled-sets/labelled-sets.ts';
export { detectSafetySignals, isScamReport } from './safety-signals.ts';
