/**
 * Binary model file: "STRIAGE1" magic, then gzip of
 * [u32 header length][header JSON][pad to 4][bias f32×O][scales f32×O][weights int8×(2^bits·O)].
 * Int8 weights with one scale per output keep the shipped file a few MB; gzip squeezes the
 * many near-zero weights of rarely hit hash buckets.
 */
import { TriageModel, type ModelMeta } from './triage-model.ts';
import type { FeaturizerOptions } from './hash-features.ts';
import type { HeadSpec } from './heads.ts';

const MAGIC = 'STRIAGE1';

interface Header {
  format: 1;
  featurizer: FeaturizerOptions;
  heads: readonly HeadSpec[];
  meta: ModelMeta;
}

export function serializeModel(model: TriageModel): Uint8Array {
  const packed = model.pack();
  const header = new TextEncoder().encode(JSON.stringify({ format: 1, featurizer: packed.featurizer, heads: packed.heads, meta: packed.meta } satisfies Header));
  const O = packed.outputs;
  const headerEnd = 4 + header.length;
  const start = Math.ceil(headerEnd / 4) * 4;
  const body = new Uint8Array(start + 8 * O + packed.weights.length);
  new DataView(body.buffer).setUint32(0, header.length, true);
  body.set(header, 4);
  body.set(new Uint8Array(packed.bias.buffer, packed.bias.byteOffset, O * 4), start);
  body.set(new Uint8Array(packed.scales!.buffer, packed.scales!.byteOffset, O * 4), start + 4 * O);
  body.set(new Uint8Array(packed.weights.buffer, packed.weights.byteOffset, packed.weights.length), start + 8 * O);
  const gz = Bun.gzipSync(body, { level: 9 });
  const out = new Uint8Array(MAGIC.length + gz.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  out.set(gz, MAGIC.length);
  return out;
}

export function deserializeModel(bytes: Uint8Array): TriageModel {
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a Steward triage model file (bad magic)');
  const body = Bun.gunzipSync(bytes.slice(MAGIC.length));
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const headerLen = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + headerLen))) as Header;
  if (header.format !== 1) throw new Error(`unsupported model format ${header.format}`);
  const outputs = header.heads.reduce((n, h) => n + h.labels.length, 0);
  const start = Math.ceil((4 + headerLen) / 4) * 4;
  const copy = body.slice(start); // aligned copy so the typed views below are valid
  const bias = new Float32Array(copy.buffer, 0, outputs);
  const scales = new Float32Array(copy.buffer, 4 * outputs, outputs);
  const weights = new Int8Array(copy.buffer, 8 * outputs, (1 << header.featurizer.bits) * outputs);
  return new TriageModel(header.featurizer, header.heads, weights, bias, scales, header.meta);
}

export async function saveModel(path: string, model: TriageModel): Promise<number> {
  return Bun.write(path, serializeModel(model));
}

export async function loadModel(path: string): Promise<TriageModel> {
  return deserializeModel(new Uint8Array(await Bun.file(path).arrayBuffer()));
}
