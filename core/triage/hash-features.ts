/** Hashed sparse features of a text: word uni/bigrams and character n-grams, L2-normalised. */

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

export const DEFAULT_FEATURIZER: FeaturizerOptions = { bits: 18, charMin: 2, charMax: 4 };

// Separate hash seeds per namespace so that the word "ab" and the char-gram "ab" land apart.
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x01000193;
const SEED_CHAR = 0x9e3779b1;
const SEED_CONTEXT = 0x85ebca6b;
const SEED_SHAPE = 0xc2b2ae35;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix) so low bits are well mixed for the mask.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Words, numbers, emoji and single symbols that carry signal in chat ("!!", "$", "@").
const TOKEN_RE = /[\p{L}\p{N}_']+|\p{Extended_Pictographic}|[$€£₹@#!?%]/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|gg|ly|xyz|ru|me|co|app|link|info)(?:\/\S*)?/gi;
const ELONGATION_RE = /(\p{L})\1{2,}/gu;

/**
 * Normalises chat text so that spelling variants share features: lower case, accents folded,
 * URLs collapsed to a token, elongations ("soooo") shortened, long digit runs collapsed.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(URL_RE, ' zzurl ')
    .replace(ELONGATION_RE, '$1$1')
    .replace(/\d{5,}/g, ' zznum ')
    .replace(/\d+/g, (d) => (d.length === 1 ? d : 'zzd' + d.length));
}

export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN_RE) ?? [];
}

/** Shape cues that normalisation throws away: shouting, exclamation runs, links, emoji density. */
function shapeFeatures(raw: string): string[] {
  const out: string[] = [];
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6) {
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length / letters.length;
    if (upper > 0.6) out.push('caps');
  }
  if (/!{2,}/.test(raw)) out.push('bang2');
  if (/\b(?:https?:\/\/|www\.)/i.test(raw)) out.push('url');
  const len = raw.length;
  out.push(len < 20 ? 'len_s' : len < 80 ? 'len_m' : len < 200 ? 'len_l' : 'len_xl');
  return out;
}

/**
 * Turns a text (and optionally the thread it replies to) into a hashed sparse vector.
 * Thread context contributes unigrams only, in their own namespace and at half weight, so a
 * reply like "same here" can borrow the topic of the message it answers without the context
 * overriding what the reply itself says.
 */
export function featurize(text: string, threadContext: string | undefined, opts: FeaturizerOptions): SparseVector {
  const mask = (1 << opts.bits) - 1;
  const acc = new Map<number, number>();
  const add = (h: number, v: number) => {
    const k = h & mask;
    acc.set(k, (acc.get(k) ?? 0) + v);
  };
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(fnv1a(t, SEED_WORD), 1);
    if (i + 1 < tokens.length) add(fnv1a(t + ' ' + tokens[i + 1]!, SEED_BIGRAM), 1);
    if (t.length > 1) {
      const w = ' ' + t + ' ';
      for (let n = opts.charMin; n <= opts.charMax; n++) {
        for (let j = 0; j + n <= w.length; j++) add(fnv1a(w.slice(j, j + n), SEED_CHAR + n), 0.5);
      }
    }
  }
  for (const s of shapeFeatures(text)) add(fnv1a(s, SEED_SHAPE), 1);
  if (threadContext) {
    for (const t of tokenize(threadContext)) add(fnv1a(t, SEED_CONTEXT), 0.5);
  }
  add(0x7fffffff, 1); // always-on bias feature; keeps empty texts non-zero
  const indices = new Int32Array(acc.size);
  const values = new Float32Array(acc.size);
  let norm = 0;
  let i = 0;
  for (const [k, v] of acc) {
    // Sublinear term frequency, as in the tf-idf baselines: repeated spam words saturate.
    const x = v > 1 ? 1 + Math.log(v) : v;
    indices[i] = k;
    values[i] = x;
    norm += x * x;
    i++;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < values.length; j++) values[j] = values[j]! * inv;
  return { indices, values };
}
