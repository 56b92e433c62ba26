import { describe, expect, test } from 'bun:test';
import { WasmLogits } from './wasm-logits.ts';

/** The plain loop the kernel replaces: Σ_k W[idx[k]·outputs + o] · val[k]. */
function reference(W: Int8Array, outputs: number, idx: Int32Array, val: Float32Array): Float64Array {
  const acc = new Float64Array(outputs);
  for (let k = 0; k < idx.length; k++) for (let o = 0; o < outputs; o++) acc[o] = acc[o]! + W[idx[k]! * outputs + o]! * val[k]!;
  return acc;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

describe('WasmLogits (int8 row sums in WebAssembly SIMD)', () => {
  test('matches the plain loop for output counts around the 16-lane chunks, every bucket, empty and long vectors', () => {
    const random = rng(7);
    for (const outputs of [1, 5, 15, 16, 17, 49, 64]) {
      const buckets = 1 << 10;
      const W = new Int8Array(buckets * outputs).map(() => Math.floor(random() * 255) - 127);
      const kernel = WasmLogits.create(W, outputs);
      expect(kernel).not.toBeNull();
      // 0 features; the first and last bucket (whose loads run into the padding); then more
      // features than the kernel's first layout holds, so it must grow its memory.
      for (const n of [0, 1, 2, 37, 300, 9000]) {
        const idx = new Int32Array(n).map((_, k) => (k === 0 ? buckets - 1 : k === 1 ? 0 : Math.floor(random() * buckets)));
        const val = new Float32Array(n).map(() => random() * 2 - 1);
        const acc = new Float64Array(outputs).fill(123); // stale values must be overwritten
        kernel!.sum(idx, val, acc);
        const want = reference(W, outputs, idx, val);
        for (let o = 0; o < outputs; o++) expect(Math.abs(acc[o]! - want[o]!)).toBeLessThan(1e-3 * Math.max(1, Math.abs(want[o]!)));
      }
    }
  });
});
