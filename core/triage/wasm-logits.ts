/**
 * The int8 model's hot loop — sum one weight row per feature, times the feature's value — as a
 * WebAssembly SIMD function built for the model's shape when it is first used.
 *
 * Why: the JavaScript loop does one multiply-add per output per feature (~170 features × 49
 * outputs per item), about 13 µs per item, a quarter of the classifier's time. The SIMD version
 * sign-extends eight int8 weights per load and multiplies four lanes at a time. Why generate the
 * bytes here rather than ship a compiled .wasm: the function is ~40 instructions, unrolled for the
 * number of outputs, and writing it down as opcodes keeps it readable in one file without a
 * toolchain (opcode numbers from the WebAssembly SIMD binary encoding, `proposals/simd/BinarySIMD.md`).
 *
 * Memory layout: the int8 weights (bucket-major, `outputs` per row) from byte 0, 64 bytes of
 * padding (the last row's loads run past its end), then the feature indices, the feature
 * values and the output accumulators.
 */

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: 0x02, loop: 0x03, end: 0x0b, brIf: 0x0d, void: 0x40,
  localGet: 0x20, localSet: 0x21, localTee: 0x22,
  i32Load: 0x28, i32Const: 0x41, i32Eqz: 0x45, i32Add: 0x6a, i32Sub: 0x6b, i32Mul: 0x6c,
} as const;
/** SIMD instructions: the 0xfd prefix, then this number (LEB128). */
const simd = {
  load8x8s: 0x01, load32Splat: 0x09, store: 0x0b,
  i32x4ExtendLowI16x8s: 0xa7, i32x4ExtendHighI16x8s: 0xa8,
  f32x4Add: 0xe4, f32x4Mul: 0xe6, f32x4ConvertI32x4s: 0xfa,
} as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const simdOp = (code: number, ...imm: number[]) => [0xfd, ...uleb(code), ...imm];
const memarg = (alignLog2: number, offset: number) => [alignLog2, ...uleb(offset)];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...new TextEncoder().encode(s)];

/**
 * logits(n, idxPtr, valPtr, outPtr): for k < n, out[0..lanes) += f32(W[idx[k]*outputs + o]) * val[k].
 * Accumulates in `lanes` = outputs rounded up to 16; lanes past `outputs` hold junk from the next row.
 */
function kernelModule(outputs: number): Uint8Array<ArrayBuffer> {
  const chunks = Math.ceil(outputs / 16);
  const acc = chunks * 4; // f32x4 accumulators
  // Locals: 0 n, 1 idxPtr, 2 valPtr, 3 outPtr (params); 4 row (i32); 5 value splat, 6 eight weights as i16, 7.. accumulators.
  const ROW = 4, VAL = 5, W16 = 6, ACC0 = 7;
  const get = (i: number) => [op.localGet, ...uleb(i)];
  const set = (i: number) => [op.localSet, ...uleb(i)];
  const body: number[] = [
    op.block, op.void,
    ...get(0), op.i32Eqz, op.brIf, 0,
    op.loop, op.void,
    ...get(1), op.i32Load, ...memarg(2, 0), op.i32Const, ...sleb(outputs), op.i32Mul, ...set(ROW),
    ...get(2), ...simdOp(simd.load32Splat, ...memarg(2, 0)), ...set(VAL),
  ];
  for (let c = 0; c < chunks; c++) {
    for (let half = 0; half < 2; half++) {
      // Eight weights, sign-extended to i16 lanes by the load itself.
      body.push(...get(ROW), ...simdOp(simd.load8x8s, ...memarg(0, c * 16 + half * 8)), ...set(W16));
      for (let q = 0; q < 2; q++) {
        const a = ACC0 + c * 4 + half * 2 + q;
        body.push(
          ...get(a), ...get(W16),
          ...simdOp(q === 0 ? simd.i32x4ExtendLowI16x8s : simd.i32x4ExtendHighI16x8s),
          ...simdOp(simd.f32x4ConvertI32x4s), ...get(VAL), ...simdOp(simd.f32x4Mul), ...simdOp(simd.f32x4Add),
          ...set(a),
        );
      }
    }
  }
  body.push(
    ...get(1), op.i32Const, 4, op.i32Add, ...set(1),
    ...get(2), op.i32Const, 4, op.i32Add, ...set(2),
    ...get(0), op.i32Const, 1, op.i32Sub, op.localTee, 0, op.brIf, 0,
    op.end, // loop
    op.end, // block
  );
  // Accumulator a holds outputs 4a..4a+3.
  for (let a = 0; a < acc; a++) body.push(...get(3), ...get(ACC0 + a), ...simdOp(simd.store, ...memarg(4, a * 16)));
  body.push(op.end);

  const locals = [2, 1, I32, ...uleb(2 + acc), V128];
  const func = [...locals, ...body];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x00]), // memory import, min 0 pages
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('logits'), 0x00, 0]),
    ...section(10, [1, ...uleb(func.length), ...func]),
  ]);
}

const PAGE = 65536;
const ROW_PAD = 64;

/** Runs the int8 rows loop in WebAssembly SIMD; `create` answers null where that is unavailable. */
export class WasmLogits {
  private idxView!: Int32Array;
  private valView!: Float32Array;
  private outView!: Float32Array;
  private idxPtr = 0;
  private valPtr = 0;
  private outPtr = 0;
  private capacity = 0;

  private constructor(
    private readonly memory: WebAssembly.Memory,
    private readonly kernel: (n: number, idx: number, val: number, out: number) => void,
    private readonly weightBytes: number,
    private readonly lanes: number,
  ) {
    this.layout(4096);
  }

  static create(weights: Int8Array, outputs: number): WasmLogits | null {
    if (typeof WebAssembly === 'undefined') return null;
    const bytes = kernelModule(outputs);
    if (!WebAssembly.validate(bytes)) return null; // an engine without SIMD
    const weightBytes = weights.length + ROW_PAD;
    const memory = new WebAssembly.Memory({ initial: Math.ceil((weightBytes + 4096 * 8 + 1024) / PAGE) });
    new Int8Array(memory.buffer, 0, weights.length).set(weights);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    const kernel = instance.exports.logits as (n: number, idx: number, val: number, out: number) => void;
    return new WasmLogits(memory, kernel, weightBytes, Math.ceil(outputs / 16) * 16);
  }

  /** Places the index, value and output areas after the weights, for up to `capacity` features. */
  private layout(capacity: number): void {
    const align16 = (n: number) => (n + 15) & ~15;
    this.idxPtr = align16(this.weightBytes);
    this.valPtr = this.idxPtr + capacity * 4;
    this.outPtr = align16(this.valPtr + capacity * 4);
    const need = this.outPtr + this.lanes * 4;
    if (need > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((need - this.memory.buffer.byteLength) / PAGE));
    // Growing detaches the old buffer, so the views are always taken afresh here.
    this.idxView = new Int32Array(this.memory.buffer, this.idxPtr, capacity);
    this.valView = new Float32Array(this.memory.buffer, this.valPtr, capacity);
    this.outView = new Float32Array(this.memory.buffer, this.outPtr, this.lanes);
    this.capacity = capacity;
  }

  /** acc[o] = Σ_k W[indices[k]·outputs + o] · values[k], for o < acc.length (unscaled int8 sums). */
  sum(indices: Int32Array, values: Float32Array, acc: Float32Array | Float64Array): void {
    const n = indices.length;
    if (n > this.capacity) this.layout(Math.max(n, this.capacity * 2));
    this.idxView.set(indices);
    this.valView.set(values);
    this.kernel(n, this.idxPtr, this.valPtr, this.outPtr);
    const out = this.outView;
    for (let o = 0; o < acc.length; o++) acc[o] = out[o]!;
  }
}
