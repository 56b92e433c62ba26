/** Hashed sparse features of a text: words, bigrams, char n-grams, concepts and shape cues, L2-normalised. */
import { conceptsOf } from './concept-lexicon.ts';
import { normalizeText, TOKEN_RE } from './text-normalize.ts';

export { normalizeText, tokenize } from './text-normalize.ts';

/** A sparse feature vector: parallel arrays of bucket indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface FeaturizerOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram sizes taken inside " word " (with boundary spaces). */
  charMin: number;
  charMax: number;
}

/**
 * Chosen on the held-out seed templates (mean macro-F1 noise/intent/topic): char 2–4 → 76.7,
 * 3–4 → 78.9, 3–5 → 79.9; 2^17 buckets with 3–4 → 79.0. 2^18 costs memory (13 MB of int8 weights), not time.
 */
export const DEFAULT_FEATURIZER: FeaturizerOptions = { bits: 18, charMin: 3, charMax: 5 };

// Separate hash seeds per namespace so that the word "ab" and the char-gram "ab" land apart.
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x01000193;
const SEED_CHAR = 0x9e3779b1;
const SEED_CONTEXT = 0x85ebca6b;
const SEED_SHAPE = 0xc2b2ae35;
const SEED_CONCEPT = 0x27d4eb2f;
// Chosen on the held-out seed templates (validation): 1 → mean macro-F1 72.5, 2 → 78.0, 4 → 78.9.
const CONCEPT_WEIGHT = 4;
const SEED_CONTEXT_CONCEPT = 0x165667b1;

function fnvRaw(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

// Final avalanche (murmur3 fmix) so low bits are well mixed for the mask.
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function fnv1a(s: string, seed: number): number {
  return fmix(fnvRaw(seed >>> 0, s));
}

/** Same value as fnv1a(a + ' ' + b, seed) without building the string. */
function fnv1aPair(a: string, b: string, seed: number): number {
  const h = Math.imul(fnvRaw(seed >>> 0, a) ^ 32, 0x01000193);
  return fmix(fnvRaw(h, b));
}

/** Shape cues that normalisation throws away: shouting, exclamation runs, links, length. */
const SHAPE = {
  caps: fnv1a('caps', SEED_SHAPE),
  bang2: fnv1a('bang2', SEED_SHAPE),
  url: fnv1a('url', SEED_SHAPE),
  len: ['len_s', 'len_m', 'len_l', 'len_xl'].map((l) => fnv1a(l, SEED_SHAPE)),
};
const URL_START = /\b(?:https?:\/\/|www\.)/i;

function addShapeFeatures(raw: string, mask: number): void {
  // One pass over char codes; non-ASCII letters are classified by case mapping.
  let letters = 0;
  let upper = 0;
  let bangRun = 0;
  let bang2 = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 33) {
      if (++bangRun >= 2) bang2 = true;
      continue;
    }
    bangRun = 0;
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = raw[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) {
        letters++;
        if (ch !== lo) upper++;
      }
    }
  }
  if (letters >= 6 && upper / letters > 0.6) add(SHAPE.caps, 1, mask);
  if (bang2) add(SHAPE.bang2, 1, mask);
  if (URL_START.test(raw)) add(SHAPE.url, 1, mask);
  const len = raw.length;
  add(SHAPE.len[len < 20 ? 0 : len < 80 ? 1 : len < 200 ? 2 : 3]!, 1, mask);
}

/**
 * Scratch accumulator reused across calls (JS is single-threaded): a small open-addressing table
 * from bucket to value plus the list of slots in first-touch order, so adding a feature is a probe
 * and two array writes instead of a Map update. A dense array over all 2^18 buckets did the same
 * with no probing but its 1 MB of random writes missed the cache; the table stays in L1
 * (features 12–17 → 9–10 µs per item in bench/classify.ts, identical vectors).
 */
let slotBucket = new Int32Array(0).fill(-1);
let slotValue = new Float32Array(0);
let slotMask = 0;
let touched = new Int32Array(0);
let nTouched = 0;

/** Sizes the table for up to `features` distinct buckets at ≤ 50% load, and empties it. */
function resetScratch(features: number): void {
  let size = 1024;
  while (size < features * 2) size *= 2;
  if (size > slotBucket.length) {
    slotBucket = new Int32Array(size).fill(-1);
    slotValue = new Float32Array(size);
  }
  // Per call, so that one long text does not spread every later short one over a large table.
  slotMask = size - 1;
  if (features > touched.length) touched = new Int32Array(features);
  nTouched = 0;
}

/** Adds v (always > 0) to bucket h & mask. */
function add(h: number, v: number, mask: number): void {
  const k = h & mask;
  // The bucket index is already a mixed hash, so its low bits serve as the slot.
  let s = k & slotMask;
  for (;;) {
    const b = slotBucket[s]!;
    if (b === k) break;
    if (b === -1) {
      slotBucket[s] = k;
      touched[nTouched++] = s;
      break;
    }
    s = (s + 1) & slotMask;
  }
  slotValue[s] = slotValue[s]! + v;
}

/**
 * Turns a text (and optionally the thread it replies to) into a hashed sparse vector.
 * Thread context contributes unigrams and concepts only, in their own namespaces and at half
 * weight, so a reply like "same here" can borrow the topic of the message it answers without
 * the context overriding what the reply itself says.
 */
export function featurize(text: string, threadContext: string | undefined, opts: FeaturizerOptions): SparseVector {
  const mask = (1 << opts.bits) - 1;
  const normalized = normalizeText(text);
  const tokens = normalized.match(TOKEN_RE) ?? [];
  const ctx = threadContext ? normalizeText(threadContext) : '';
  const ctxTokens = ctx ? (ctx.match(TOKEN_RE) ?? []) : [];
  // Upper bound on distinct features: ≤3 char-grams per character, word + bigram + concepts per
  // token, shape cues, and a word and concepts per context token.
  resetScratch(normalized.length * 4 + tokens.length * 40 + ctxTokens.length * 40 + 256);
  const concepts = conceptsOf(tokens, normalized);
  for (let i = 0; i < concepts.length; i++) add(fnv1a(concepts[i]!, SEED_CONCEPT), CONCEPT_WEIGHT, mask);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(fnv1a(t, SEED_WORD), 1, mask);
    if (i + 1 < tokens.length) add(fnv1aPair(t, tokens[i + 1]!, SEED_BIGRAM), 1, mask);
    if (t.length > 1) {
      // Char n-grams of " token ": one rolling FNV hash per start position covers every length.
      const len = t.length + 2;
      for (let j = 0; j + opts.charMin <= len; j++) {
        let h = SEED_CHAR;
        for (let k = j; k < len && k - j < opts.charMax; k++) {
          const code = k === 0 || k === len - 1 ? 32 : t.charCodeAt(k - 1);
          h = Math.imul(h ^ code, 0x01000193);
          if (k - j + 1 >= opts.charMin) add(fmix(h), 0.5, mask);
        }
      }
    }
  }
  addShapeFeatures(text, mask);
  if (ctx) {
    for (let i = 0; i < ctxTokens.length; i++) add(fnv1a(ctxTokens[i]!, SEED_CONTEXT), 0.5, mask);
    const ctxConcepts = conceptsOf(ctxTokens, ctx);
    for (let i = 0; i < ctxConcepts.length; i++) add(fnv1a(ctxConcepts[i]!, SEED_CONTEXT_CONCEPT), 0.5, mask);
  }
  add(0x7fffffff, 1, mask); // always-on bias feature; keeps empty texts non-zero
  const indices = new Int32Array(nTouched);
  const values = new Float32Array(nTouched);
  let norm = 0;
  for (let i = 0; i < nTouched; i++) {
    const s = touched[i]!;
    const k = slotBucket[s]!;
    const v = slotValue[s]!;
    slotBucket[s] = -1;
    slotValue[s] = 0;
    // Sublinear term frequency, as in the tf-idf baselines: repeated spam words saturate.
    const x = v > 1 ? 1 + Math.log(v) : v;
    indices[i] = k;
    values[i] = x;
    norm += x * x;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < values.length; j++) values[j] = values[j]! * inv;
  return { indices, values };
}
