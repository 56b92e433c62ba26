/** The multi-head linear model over hashed features: weights, prediction, and int8 packing. */
import { featurize, type FeaturizerOptions, type SparseVector } from './hash-features.ts';
import { HEADS, type HeadName, type HeadSpec } from './heads.ts';
import type { NoiseLabel } from './labels.ts';
import { WasmLogits } from './wasm-logits.ts';

/** Per noise class: confidence at or above which an item may be auto-closed (tuned on validation). */
export type AutoCloseThresholds = Partial<Record<Exclude<NoiseLabel, 'none'>, number>>;

export interface ModelMeta {
  /** e.g. "triage-2026.11.25-1a2b3c4d": date of training plus a hash of the weights. */
  version: string;
  createdAt: string;
  /** Free-form training summary (datasets, rows, epochs) for the model card and `model eval`. */
  training: Record<string, unknown>;
  autoClose: AutoCloseThresholds;
  /** Precision target the auto-close thresholds were tuned for. */
  autoClosePrecisionTarget: number;
}

/**
 * Weights are stored bucket-major (`W[bucket * outputs + o]`) so that one feature reads one
 * contiguous row of all heads' outputs: prediction touches ~300 rows of ~50 floats per item.
 */
export class TriageModel {
  readonly outputs: number;
  readonly offsets: number[];
  /** Scratch for logits(); one model is used by one thread at a time. */
  private readonly acc: Float64Array;
  /** The SIMD row-sum for int8 weights; built on first use, null where WebAssembly SIMD is missing or turned off. */
  private wasm: WasmLogits | null | undefined;

  constructor(
    readonly featurizer: FeaturizerOptions,
    readonly heads: readonly HeadSpec[],
    /** Float32 while training; Int8 after packing (then `scales` holds one factor per output). */
    readonly weights: Float32Array | Int8Array,
    readonly bias: Float32Array,
    readonly scales: Float32Array | null,
    public meta: ModelMeta,
  ) {
    let o = 0;
    this.offsets = heads.map((h) => {
      const start = o;
      o += h.labels.length;
      return start;
    });
    this.outputs = o;
    this.acc = new Float64Array(o);
    if (weights.length !== (1 << featurizer.bits) * o) throw new Error('weights do not match featurizer bits and heads');
  }

  static empty(featurizer: FeaturizerOptions, heads: readonly HeadSpec[] = HEADS): TriageModel {
    const outputs = heads.reduce((n, h) => n + h.labels.length, 0);
    return new TriageModel(
      featurizer, heads, new Float32Array((1 << featurizer.bits) * outputs), new Float32Array(outputs), null,
      { version: 'untrained', createdAt: new Date(0).toISOString(), training: {}, autoClose: {}, autoClosePrecisionTarget: 0.98 },
    );
  }

  head(name: HeadName | string): { spec: HeadSpec; offset: number } {
    const i = this.heads.findIndex((h) => h.name === name);
    if (i < 0) throw new Error(`model has no head "${name}"`);
    return { spec: this.heads[i]!, offset: this.offsets[i]! };
  }

  featurize(text: string, threadContext?: string): SparseVector {
    return featurize(text, threadContext, this.featurizer);
  }

  /** Raw scores per output (before softmax/sigmoid). */
  logits(x: SparseVector, out = new Float32Array(this.outputs)): Float32Array {
    const O = this.outputs;
    const W = this.weights;
    const idx = x.indices;
    const val = x.values;
    // A float64 accumulator: about 10% faster than summing into the Float32Array (no rounding
    // on every store), and the loop is memory-bound on the weight rows anyway.
    const acc = this.acc;
    if (this.wasm === undefined) this.wasm = W instanceof Int8Array ? WasmLogits.create(W, O) : null;
    if (this.wasm) this.wasm.sum(idx, val, acc);
    else {
      acc.fill(0);
      for (let k = 0; k < idx.length; k++) {
        const row = idx[k]! * O;
        const v = val[k]!;
        for (let o = 0; o < O; o++) acc[o] = acc[o]! + W[row + o]! * v;
      }
    }
    const s = this.scales;
    const b = this.bias;
    if (s) for (let o = 0; o < O; o++) out[o] = acc[o]! * s[o]! + b[o]!;
    else for (let o = 0; o < O; o++) out[o] = acc[o]! + b[o]!;
    return out;
  }

  /**
   * Picks the row-sum implementation: WebAssembly SIMD (the default for int8 weights, 2.0–2.5×
   * faster in bench/classify.ts) or the plain JavaScript loop (kept for float weights while training, engines without
   * SIMD, and the benchmark's A/B). Both give the same sums up to float rounding.
   */
  useSimd(on: boolean): void {
    this.wasm = on && this.weights instanceof Int8Array ? WasmLogits.create(this.weights, this.outputs) : null;
  }

  /** Probabilities per output: softmax within softmax heads, sigmoid for sigmoid heads. */
  predict(x: SparseVector, out = new Float32Array(this.outputs)): Float32Array {
    this.logits(x, out);
    this.heads.forEach((h, i) => activate(h, out, this.offsets[i]!));
    return out;
  }

  /** Int8 copy with one scale per output column: 4× smaller file, same ranking of labels. */
  pack(): TriageModel {
    if (!(this.weights instanceof Float32Array)) return this;
    const O = this.outputs;
    const W = this.weights;
    const maxAbs = new Float32Array(O);
    for (let i = 0; i < W.length; i++) {
      const o = i % O;
      const a = Math.abs(W[i]!);
      if (a > maxAbs[o]!) maxAbs[o] = a;
    }
    const scales = maxAbs.map((m) => (m > 0 ? m / 127 : 1));
    const q = new Int8Array(W.length);
    for (let i = 0; i < W.length; i++) q[i] = Math.round(W[i]! / scales[i % O]!);
    return new TriageModel(this.featurizer, this.heads, q, this.bias.slice(), scales, { ...this.meta });
  }
}

export function activate(h: HeadSpec, out: Float32Array, off: number): void {
  const n = h.labels.length;
  if (h.kind === 'sigmoid') {
    for (let j = 0; j < n; j++) out[off + j] = 1 / (1 + Math.exp(-out[off + j]!));
    return;
  }
  let max = -Infinity;
  for (let j = 0; j < n; j++) if (out[off + j]! > max) max = out[off + j]!;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const e = Math.exp(out[off + j]! - max);
    out[off + j] = e;
    sum += e;
  }
  for (let j = 0; j < n; j++) out[off + j] = out[off + j]! / sum;
}
