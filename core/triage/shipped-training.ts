/**
 * Builds the shipped model: licence-clean public datasets + project seed set + moderator
 * corrections, trained together, then auto-close thresholds tuned on validation data and floored
 * on the development set.
 */
import { autoCloseDecision, tuneThreshold } from './auto-close.ts';
import { DEFAULT_FEATURIZER, type FeaturizerOptions } from './hash-features.ts';
import type { TrainingExample } from './heads.ts';
import { NOISE_LABELS, type NoiseLabel } from './labels.ts';
import { loadDevSet } from './labelled-sets/labelled-sets.ts';
import { LocalClassifier } from './local-classifier.ts';
import { mappedExamples, SHIPPABLE_DATASETS } from './public-datasets.ts';
import { buildSeedSet } from './seed/seed-set.ts';
import { TIME_PHRASE_SHARE, timePhraseCopies } from './seed/time-phrases.ts';
import { fitPrepared, prepareExamples, rng, type TrainOptions } from './trainer.ts';
import { TriageModel, type AutoCloseThresholds } from './triage-model.ts';

/** Moderator corrections count this much more than a public-dataset row unless they say otherwise. */
export const DEFAULT_CORRECTION_WEIGHT = 30;

/**
 * Seed rows count this much more than public rows: the public sets (banking, assistant commands,
 * tweets) outnumber the seed set and otherwise pull chat-style items towards their classes.
 * Recipe (seed weight 6, 6 epochs, lr 0.5, class balance 1) chosen on the held-out seed
 * templates (mean macro-F1 of noise/intent/topic: 76.6 vs 74.1–76.0 for the other grid points);
 * feature dropout and 8 epochs added later (see SHIPPED_FEATURE_DROPOUT).
 */
export const DEFAULT_SEED_WEIGHT = 6;

/**
 * Share of each example's features dropped at random per training step, so that a class is
 * learnt from several cues of a line rather than from whichever word happens to separate it (the
 * risk categories have only a few hundred seed rows per language). Chosen on half A of a fresh
 * development batch (598 items no choice had been made on): dropout 0.5 with 8 epochs took threat
 * recall 85.0 → 93.3, self-harm 86.0 → 96.5 and spam precision 93.9 → 100, with fewer false risk
 * flags (1.9% → 0.8%); 0.3–0.7 and 6–14 epochs all landed within a point or two of it. Checked once
 * on half B: the heads and spam precision held (topic macro-F1 85.7 → 89.7, spam precision 89.2 →
 * 97.1), risk recall moved by one item either way (docs/model-card.md, "Feature dropout").
 */
export const SHIPPED_FEATURE_DROPOUT = 0.5;
export const SHIPPED_EPOCHS = 8;

export interface ShippedTrainingOptions {
  datasetsRoot: string;
  /** Moderator corrections and other extra examples; weighted by DEFAULT_CORRECTION_WEIGHT when no weight is set. */
  extraExamples?: TrainingExample[];
  featurizer?: FeaturizerOptions;
  epochs?: number;
  seedVariants?: number;
  /** Precision the auto-close thresholds must reach on validation data. */
  precisionTarget?: number;
  /** Weight of each seed example relative to a public-dataset row. */
  seedWeight?: number;
  /** Per-dataset row caps (default DEFAULT_CAPS). */
  caps?: Record<string, number>;
  /** See DEFAULT_RISK_FALSE_FLAG_BUDGET. */
  riskFalseFlagBudget?: number;
  /** Trainer settings that differ from the shipped recipe (experiments). */
  trainer?: Pick<TrainOptions, 'maxClassWeight' | 'featureDropout' | 'learningRate' | 'balance'>;
  /** Cap on rows taken from each public dataset (tests use small numbers). */
  maxRowsPerDataset?: number;
  /**
   * Held-out labelled text on which each auto-close threshold must also meet the precision target
   * (see autoCloseFloor); default the development set, [] for none (an experiment that must not read it).
   */
  autoCloseFloorSet?: readonly TrainingExample[];
  /** Share of ordinary seed rows also trained with a day/time phrase (seed/time-phrases.ts); 0 turns it off. */
  timePhraseShare?: number;
  log?: (message: string) => void;
}

export interface TrainingData {
  train: TrainingExample[];
  validation: TrainingExample[];
  summary: Record<string, { train: number; validation: number }>;
}

function sample<T>(xs: T[], n: number, seed: number): T[] {
  if (xs.length <= n) return xs;
  const r = rng(seed);
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Caps per dataset, so that one large public set does not drown the seed categories. */
/**
 * Chosen on the held-out seed templates (mean macro-F1 noise/intent/topic): clinc 6000 +
 * davidson 6000 → 79.9; also banking77 and davidson at 3000 → 80.8; everything ≤3000 → 80.2.
 */
export const DEFAULT_CAPS: Record<string, number> = {
  'clinc150': 6000,
  'davidson-hate-offensive': 3000,
  'banking77': 3000,
};

export function buildTrainingData(opts: ShippedTrainingOptions): TrainingData {
  const summary: TrainingData['summary'] = {};
  const train: TrainingExample[] = [];
  const validation: TrainingExample[] = [];
  const cap = (name: string, xs: TrainingExample[], seed: number) =>
    sample(xs, Math.min((opts.caps ?? DEFAULT_CAPS)[name] ?? Infinity, opts.maxRowsPerDataset ?? Infinity), seed);
  SHIPPABLE_DATASETS.forEach((name, i) => {
    // disaster-response has no train split: its validation split trains the urgency head.
    const tr = cap(name, mappedExamples(opts.datasetsRoot, name, name === 'disaster-response-messages' ? 'validation' : 'train'), i + 1);
    const va = name === 'disaster-response-messages' ? [] : cap(name, mappedExamples(opts.datasetsRoot, name, 'validation'), i + 101);
    train.push(...tr);
    validation.push(...va);
    summary[name] = { train: tr.length, validation: va.length };
  });
  const seedWeight = opts.seedWeight ?? DEFAULT_SEED_WEIGHT;
  const seedTrain = buildSeedSet(opts.seedVariants ?? 8, 7, 'train').map((e) => ({ ...e, weight: seedWeight }));
  const seedVal = buildSeedSet(3, 11, 'validation');
  train.push(...seedTrain);
  validation.push(...seedVal);
  summary['steward-seed'] = { train: seedTrain.length, validation: seedVal.length };
  const extra = (opts.extraExamples ?? []).map((e) => ({ ...e, weight: e.weight ?? DEFAULT_CORRECTION_WEIGHT }));
  train.push(...extra);
  summary['moderator-corrections'] = { train: extra.length, validation: 0 };
  const timed = timePhraseCopies(seedTrain, opts.timePhraseShare ?? TIME_PHRASE_SHARE);
  train.push(...timed);
  summary['steward-seed-time-phrases'] = { train: timed.length, validation: 0 };
  return { train, validation, summary };
}

/** Tunes one auto-close threshold per noise class on validation examples that carry a noise label. */
export function tuneAutoClose(model: TriageModel, validation: readonly TrainingExample[], target: number): AutoCloseThresholds {
  const { offset } = model.head('noise');
  const labelled = validation.filter((e) => e.labels.noise !== undefined);
  const probs = labelled.map((e) => model.predict(model.featurize(e.text, e.threadContext)).slice(offset, offset + NOISE_LABELS.length));
  const thresholds: AutoCloseThresholds = {};
  NOISE_LABELS.forEach((label, j) => {
    if (label === 'none') return;
    // A public "spam or scam" row is a correct close under either reason.
    const points = labelled.map((e, i) => {
      const gold = e.labels.noise!;
      return { score: probs[i]![j]!, positive: Array.isArray(gold) ? gold.includes(label) : gold === label };
    });
    const t = tuneThreshold(points, target);
    if (t !== undefined) thresholds[label] = Math.round(t * 1000) / 1000;
  });
  return thresholds;
}

/**
 * Per noise class, the lowest confidence at which the whole auto-close decision (the classifier
 * with its safety layer, then `autoCloseDecision`'s guards) meets the precision target on
 * held-out labelled text. Why a second source: the validation rows that `tuneAutoClose` reads
 * include held-out seed lines, and those resemble training lines more than members' messages do.
 * With the eighth seed batch the thresholds tuned on them fell (duplicate 0.921 → 0.514, spam
 * 0.821 → 0.591) and on the development set the "+1" closures dropped to 97.8% precision, under
 * the 98% target. A class whose closures never reach the target there gets no floor entry.
 */
export function autoCloseFloor(model: TriageModel, items: readonly TrainingExample[], target: number): AutoCloseThresholds {
  const labels = new LocalClassifier(model).classifySync(items.map((e) => ({ text: e.text, threadContext: e.threadContext })));
  // Every guard applies, but no threshold: what the filter would close at any confidence.
  const open = { meta: { autoClose: { spam: 0, scam: 0, duplicate: 0, off_topic: 0 } } };
  const floor: AutoCloseThresholds = {};
  for (const label of NOISE_LABELS) {
    if (label === 'none') continue;
    const points = items.flatMap((e, i) => {
      const d = autoCloseDecision(labels[i]!, open, e.text);
      if (!d.close || d.reason !== label) return [];
      const gold = e.labels.noise;
      return [{ score: labels[i]!.noise.confidence, positive: Array.isArray(gold) ? gold.includes(label) : gold === label }];
    });
    const t = tuneThreshold(points, target);
    if (t !== undefined) floor[label] = Math.round(t * 1000) / 1000;
  }
  return floor;
}

/**
 * A class is closed automatically only at a confidence where both sources meet the target: the
 * higher of the two thresholds, and no threshold when either source has none.
 */
export function withFloor(thresholds: AutoCloseThresholds, floor: AutoCloseThresholds): AutoCloseThresholds {
  const out: AutoCloseThresholds = {};
  for (const label of Object.keys(thresholds) as Exclude<NoiseLabel, 'none'>[]) {
    const f = floor[label];
    if (f !== undefined) out[label] = Math.max(thresholds[label]!, f);
  }
  return out;
}

/** Risk topics whose score is recalibrated for recall: missing one costs far more than a false flag. */
export const RECALL_CALIBRATED_RISKS = ['threat', 'self_harm'] as const;

/**
 * Share of validation items without the risk that may score ≥ 0.5 after calibration. Lowering
 * the bar further buys recall with a flooded queue: with a bare 0.05 floor the model flagged
 * about 8% of the development set's ordinary messages ("good night all") as self-harm or threat.
 * Chosen on the development set (see docs/model-card.md, "Risk recall calibration"); halved to
 * 0.005 when the development set's batches two to four became training text: their held-out fifth
 * joined the validation rows, 0.01 then lowered the self-harm bar to 0.27 and flagged 3.9% of the
 * public SMS and tweet validation rows (our ceiling is 3%); 0.005 flags 2.8%. Lowered to 0.0035
 * with the eighth seed batch (development batches eight to ten, risk-heavy): at 0.005 it flagged
 * 3.4% of those public rows even with time-phrase copies, 0.0035 flags 2.9%, 0.0025 2.6% for 1.4
 * points less threat recall on the development set. Lowered to 0.002 with the ninth and tenth
 * seed batches (development batches eleven to seventeen, and ordinary lines about days and plans):
 * 0.0035 flagged 3.5% of the public rows, 0.003 3.3%, 0.0025 3.0% in one run and 3.3% after two
 * lines were dropped from the training text (each line shifts the seeded augmentation, so runs
 * differ by a few tenths of a point), 0.00225 3.1%, 0.002 2.8%. With the ordinary lines the
 * validation negatives score lower, so one budget now means a lower bar than before.
 */
export const DEFAULT_RISK_FALSE_FLAG_BUDGET = 0.002;

/**
 * Shifts the sigmoid bias of each recall-critical risk topic so that a score of 0.5 is the
 * operating point that catches `targetRecall` of the validation positives — but only as far as
 * the false-flag budget allows: the bar never drops below the score that more than `falseFlagBudget`
 * of the validation negatives reach, nor below a raw 0.05. It is raised above 0.5 when more than
 * the budget of negatives already reach 0.5: the seventh seed batch (more threats and self-harm in
 * everyday words) left the model flagging 3.8% of public SMS and tweets, and raising the bar to the
 * budget's score (threat 0.64, self-harm 0.64) took that to 3.3% for 0.4 points of recall on the
 * development set; lowering only, the bar could never answer a model that flags too much.
 * Policies and the console read "≥ 0.5" as "flag". Returns the raw-score thresholds used.
 */
export function calibrateRiskRecall(model: TriageModel, validation: readonly TrainingExample[], targetRecall = 0.95, falseFlagBudget = DEFAULT_RISK_FALSE_FLAG_BUDGET): Record<string, number> {
  const { spec, offset } = model.head('risk');
  const used: Record<string, number> = {};
  const scored = validation.map((e) => ({ e, p: model.predict(model.featurize(e.text, e.threadContext)) }));
  for (const topic of RECALL_CALIBRATED_RISKS) {
    const j = spec.labels.indexOf(topic);
    const label = (e: TrainingExample) => e.labels.risk?.[topic];
    const positives = scored.filter(({ e }) => (label(e) ?? 0) >= 0.5).map(({ p }) => p[offset + j]!).sort((a, b) => a - b);
    if (positives.length < 10) continue;
    // Negatives: rows that say this risk is absent (seed rows of other categories, mapped public rows).
    const negatives = scored.filter(({ e }) => label(e) !== undefined && label(e)! < 0.5).map(({ p }) => p[offset + j]!).sort((a, b) => b - a);
    const forRecall = positives[Math.floor((1 - targetRecall) * positives.length)]!;
    const budgetFloor = negatives.length ? negatives[Math.min(negatives.length - 1, Math.floor(falseFlagBudget * negatives.length))]! : 0;
    const t = Math.max(Math.min(0.5, Math.max(0.05, forRecall)), budgetFloor);
    model.bias[offset + j] = model.bias[offset + j]! - Math.log(t / (1 - t));
    used[topic] = Math.round(t * 1000) / 1000;
  }
  return used;
}

/**
 * Version string: training date plus a short hash of what decides an answer (weights, biases and
 * auto-close thresholds), so two models that can answer differently never share one.
 */
export function modelVersion(model: TriageModel, autoClose: AutoCloseThresholds, date = new Date()): string {
  const w = model.weights;
  const b = model.bias;
  const thresholds = new TextEncoder().encode(JSON.stringify(Object.entries(autoClose).sort()));
  const parts = [new Uint8Array(w.buffer, w.byteOffset, w.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength), thresholds];
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (all.set(p, at), at + p.length), 0);
  const hash = Bun.hash(all).toString(16).padStart(16, '0').slice(0, 8);
  return `triage-${date.toISOString().slice(0, 10).replaceAll('-', '')}-${hash}`;
}

/** Trains, packs to int8, tunes thresholds on the packed model, and stamps a version. */
export function trainShippedModel(opts: ShippedTrainingOptions): { model: TriageModel; data: TrainingData } {
  const log = opts.log ?? (() => {});
  const data = buildTrainingData(opts);
  log(`training rows ${data.train.length}, validation rows ${data.validation.length}`);
  const raw = TriageModel.empty(opts.featurizer ?? DEFAULT_FEATURIZER);
  const prepared = prepareExamples(raw, data.train);
  const epochs = opts.epochs ?? SHIPPED_EPOCHS;
  fitPrepared(raw, prepared, {
    epochs,
    learningRate: 0.5,
    balance: 1,
    featureDropout: SHIPPED_FEATURE_DROPOUT,
    ...opts.trainer,
    onProgress: (e, n, loss) => log(`epoch ${e}/${n} mean loss ${loss.toFixed(4)}`),
  });
  const model = raw.pack();
  const riskCalibration = calibrateRiskRecall(model, data.validation, 0.95, opts.riskFalseFlagBudget ?? DEFAULT_RISK_FALSE_FLAG_BUDGET);
  log(`risk recall calibration (raw score now read as 0.5) ${JSON.stringify(riskCalibration)}`);
  const target = opts.precisionTarget ?? 0.98;
  const fromValidation = tuneAutoClose(model, data.validation, target);
  const floorSet = opts.autoCloseFloorSet ?? loadDevSet();
  const floor = floorSet.length ? autoCloseFloor(model, floorSet, target) : undefined;
  const autoClose = floor ? withFloor(fromValidation, floor) : fromValidation;
  model.meta = {
    version: modelVersion(model, autoClose),
    createdAt: new Date().toISOString(),
    training: {
      datasets: data.summary, epochs, featureDropout: opts.trainer?.featureDropout ?? SHIPPED_FEATURE_DROPOUT, featurizer: raw.featurizer, rows: data.train.length, riskCalibration,
      autoCloseFromValidation: fromValidation, ...(floor ? { autoCloseFloor: floor, autoCloseFloorItems: floorSet.length } : {}),
    },
    autoClose,
    autoClosePrecisionTarget: target,
  };
  log(`auto-close thresholds ${JSON.stringify(fromValidation)} on validation rows${floor ? `, floor ${JSON.stringify(floor)} on ${floorSet.length} held-out items` : ''}: ${JSON.stringify(autoClose)}`);
  return { model, data };
}
