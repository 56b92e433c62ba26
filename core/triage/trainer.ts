/** SGD trainer for the multi-head linear model; heads an example does not label are left alone. */
import { DEFAULT_FEATURIZER, type FeaturizerOptions, type SparseVector } from './hash-features.ts';
import { HEADS, headTarget, type HeadSpec, type HeadTarget, type TrainingExample } from './heads.ts';
import { TriageModel, activate } from './triage-model.ts';

export interface TrainOptions {
  featurizer?: FeaturizerOptions;
  heads?: readonly HeadSpec[];
  epochs?: number;
  /** Initial learning rate; decays linearly to zero over the run (as fastText does). */
  learningRate?: number;
  /**
   * Exponent of inverse-frequency class weights per head (0 = none, 1 = fully balanced).
   * 0.5 lifts rare classes (threat, self-harm) without letting a few seed rows dominate.
   */
  balance?: number;
  /** Largest gradient multiplier applied in one step; heavier examples are repeated instead. */
  maxStepWeight?: number;
  /** Cap on a class weight from `balance` (default 10). */
  maxClassWeight?: number;
  /**
   * Share of an example's features left out at random in each step (the rest scaled up to
   * match), so that a class is learnt from several of a line's cues, not from one.
   */
  featureDropout?: number;
  seed?: number;
  onProgress?: (epoch: number, epochs: number, meanLoss: number) => void;
}

export interface PreparedExample {
  x: SparseVector;
  targets: HeadTarget[];
  weight: number;
}

export function prepareExamples(model: TriageModel, examples: readonly TrainingExample[]): PreparedExample[] {
  return examples.map((e) => ({
    x: model.featurize(e.text, e.threadContext),
    targets: model.heads.map((h) => headTarget(h, e.labels)),
    weight: e.weight ?? 1,
  }));
}

/** Trains a fresh model from labelled texts. */
export function trainModel(examples: readonly TrainingExample[], opts: TrainOptions = {}): TriageModel {
  const model = TriageModel.empty(opts.featurizer ?? DEFAULT_FEATURIZER, opts.heads ?? HEADS);
  fitPrepared(model, prepareExamples(model, examples), opts);
  return model;
}

/** Deterministic PRNG (mulberry32) so that the same data gives the same model. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Per head: softmax → one weight per class (inverse frequency^balance, capped at 10);
 * sigmoid → one weight per output for its positive targets (negatives/positives)^balance, so
 * the few threat and self-harm rows are not drowned by thousands of "risk 0" support rows.
 */
function classWeights(model: TriageModel, data: readonly PreparedExample[], balance: number, cap: number): Float32Array[] {
  return model.heads.map((h, hi) => {
    if (h.kind === 'sigmoid') {
      const pos = new Float64Array(h.labels.length);
      const neg = new Float64Array(h.labels.length);
      for (const d of data) {
        const t = d.targets[hi];
        if (!(t instanceof Float32Array)) continue;
        t.forEach((y, j) => {
          if (y >= 0.5) pos[j] = pos[j]! + 1;
          else if (y >= 0) neg[j] = neg[j]! + 1;
        });
      }
      return Float32Array.from(pos, (p, j) => (p > 0 && balance > 0 ? Math.min(cap, Math.max(1, Math.pow(neg[j]! / p, balance))) : 1));
    }
    const counts = new Float64Array(h.labels.length);
    let n = 0;
    for (const d of data) {
      const t = d.targets[hi];
      if (typeof t === 'number') {
        counts[t] = counts[t]! + 1;
        n++;
      }
    }
    const w = new Float32Array(h.labels.length).fill(1);
    if (h.kind === 'softmax' && balance > 0 && n > 0) {
      const present = counts.filter((c) => c > 0).length;
      counts.forEach((c, i) => {
        if (c > 0) w[i] = Math.min(cap, Math.pow(n / (present * c), balance));
      });
    }
    return w;
  });
}

/** Runs SGD over prepared examples, updating `model.weights` (Float32) in place. */
export function fitPrepared(model: TriageModel, data: readonly PreparedExample[], opts: TrainOptions = {}): void {
  if (!(model.weights instanceof Float32Array)) throw new Error('cannot train a packed model');
  const W = model.weights;
  const B = model.bias;
  const O = model.outputs;
  const epochs = opts.epochs ?? 8;
  const lr0 = opts.learningRate ?? 0.4;
  const maxStep = opts.maxStepWeight ?? 4;
  const cw = classWeights(model, data, opts.balance ?? 0.5, opts.maxClassWeight ?? 10);
  const dropout = opts.featureDropout ?? 0;
  const random = rng(opts.seed ?? 1);
  // Heavy examples (moderator corrections) are presented several times per epoch, each step
  // capped at maxStep, so one huge gradient never blows the weights up.
  const order: number[] = [];
  const stepWeight: number[] = [];
  data.forEach((d, i) => {
    const reps = Math.max(1, Math.ceil(d.weight / maxStep));
    for (let r = 0; r < reps; r++) {
      order.push(i);
      stepWeight.push(d.weight / reps);
    }
  });
  const total = epochs * order.length;
  const out = new Float32Array(O);
  const grad = new Float32Array(O);
  const kept: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };
  let step = 0;
  for (let ep = 0; ep < epochs; ep++) {
    const perm = order.map((_, i) => i);
    for (let i = perm.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [perm[i], perm[j]] = [perm[j]!, perm[i]!];
    }
    let lossSum = 0;
    for (const p of perm) {
      const d = data[order[p]!]!;
      const lr = lr0 * (1 - step / total);
      step++;
      const x = dropout > 0 ? dropFeatures(d.x, dropout, random, kept) : d.x;
      model.logits(x, out);
      grad.fill(0);
      let any = false;
      model.heads.forEach((h, hi) => {
        const t = d.targets[hi];
        if (t === undefined) return;
        const off = model.offsets[hi]!;
        activate(h, out, off);
        if (h.kind === 'softmax' && t instanceof Float32Array) {
          // Set-valued target ("spam or scam"): maximise the probability mass on the allowed set.
          let mass = 0;
          for (let j = 0; j < h.labels.length; j++) mass += t[j]! * out[off + j]!;
          mass = Math.max(1e-9, mass);
          for (let j = 0; j < h.labels.length; j++) grad[off + j] = out[off + j]! - (t[j]! * out[off + j]!) / mass;
          lossSum -= Math.log(mass);
          any = true;
        } else if (typeof t === 'number') {
          const w = cw[hi]![t]!;
          for (let j = 0; j < h.labels.length; j++) grad[off + j] = w * (out[off + j]! - (j === t ? 1 : 0));
          lossSum -= Math.log(Math.max(1e-9, out[off + t]!));
          any = true;
        } else {
          for (let j = 0; j < h.labels.length; j++) {
            const y = t[j]!;
            if (Number.isNaN(y)) continue;
            grad[off + j] = (y >= 0.5 ? cw[hi]![j]! : 1) * (out[off + j]! - y);
            lossSum -= y * Math.log(Math.max(1e-9, out[off + j]!)) + (1 - y) * Math.log(Math.max(1e-9, 1 - out[off + j]!));
            any = true;
          }
        }
      });
      if (!any) continue;
      const s = lr * stepWeight[p]!;
      const idx = x.indices;
      const val = x.values;
      for (let k = 0; k < idx.length; k++) {
        const row = idx[k]! * O;
        const v = s * val[k]!;
        for (let o = 0; o < O; o++) {
          const g = grad[o]!;
          if (g !== 0) W[row + o] = W[row + o]! - v * g;
        }
      }
      for (let o = 0; o < O; o++) B[o] = B[o]! - s * 0.1 * grad[o]!;
    }
    opts.onProgress?.(ep + 1, epochs, lossSum / Math.max(1, perm.length));
  }
}

/** Fills `into` with a random subset of `x`'s features, each kept with probability 1 − p and scaled by 1 / (1 − p). */
function dropFeatures(x: SparseVector, p: number, random: () => number, into: SparseVector): SparseVector {
  if (into.indices.length < x.indices.length) {
    into.indices = new Int32Array(x.indices.length * 2);
    into.values = new Float32Array(x.indices.length * 2);
  }
  const scale = 1 / (1 - p);
  let n = 0;
  for (let k = 0; k < x.indices.length; k++) {
    if (random() < p) continue;
    into.indices[n] = x.indices[k]!;
    into.values[n++] = x.values[k]! * scale;
  }
  return { indices: into.indices.subarray(0, n), values: into.values.subarray(0, n) };
}
