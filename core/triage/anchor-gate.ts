/**
 * A one-pass pre-filter for many regexes: an Aho–Corasick automaton over the literal words the
 * patterns contain. Why: the safety layer has about a thousand patterns; scanning them over
 * every message costs ~40 µs, while most messages contain none of their words. The gate scans a
 * text once (well under a microsecond) and returns which patterns can possibly match; only
 * those run, each as its own small regex.
 *
 * Each pattern contributes literals that every match of it must contain (see `anchorsOf`), so
 * a skipped pattern could not have matched. The exceptions are patterns whose only literals are
 * shorter than three letters or common words (`ANCHOR_STOPWORDS`): such a pattern is refused at
 * load. `safety-signals.test.ts` checks gated and ungated answers agree on the development set.
 */

// a-z, one symbol for every digit, and the space that marks a word start. Folding the digits
// keeps the table small (it competes with the model's weights for cache); "2fa" then also opens
// the gate on "3fa", which only costs a regex run.
const ALPHABET = 28;
const DIGIT_SYMBOL = 26;
const SPACE_SYMBOL = 27;

function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return DIGIT_SYMBOL;
  return code === 32 ? SPACE_SYMBOL : -1;
}
const MIN_ANCHOR = 3;

/**
 * Words so common in chat that, as anchors, they would open the gate for nearly every message.
 * Every pattern also contains a rarer word, so leaving these out skips nothing that can match.
 */
export const ANCHOR_STOPWORDS = new Set([
  'the', 'this', 'that', 'you', 'your', 'and', 'for', 'with', 'are', 'was', 'not', 'all', 'have', 'has', 'from', 'our', 'but', 'can', 'get', 'got', 'just', 'now', 'here', 'then',
  'que', 'por', 'para', 'con', 'los', 'las', 'del', 'una', 'uno', 'mas', 'esto', 'este', 'esta', 'com', 'pra', 'sua', 'seu', 'voce', 'uma', 'nao', 'isso', 'essa', 'esse',
  'und', 'der', 'das', 'ich', 'dich', 'mir', 'mich', 'nicht', 'ein', 'eine', 'ist', 'auf', 'mit', 'den', 'dem',
  'hai', 'nahi', 'kar', 'aur', 'hoon', 'mein', 'tum', 'hum', 'kya', 'bhi', 'toh',
]);

/** An anchor: a literal that every match of a pattern contains; `wordStart` when it begins a word. */
export interface Anchor {
  word: string;
  wordStart: boolean;
}

const LETTER = /[a-z0-9]/;

/**
 * The anchors of one pattern (a regex source over normalised text, matched between word
 * boundaries): a set of literals such that every match contains at least one of them.
 * Each mandatory element of a sequence is a candidate: a run of letters is one anchor; a group
 * is anchored by the anchors of every one of its alternatives (each chosen the same way,
 * recursively). The candidate whose shortest anchor is longest wins, as it opens the gate least
 * often. Two-letter anchors ("dm me"), then stop words, then single letters are used only when a
 * pattern offers nothing better: a wide gate costs a regex run, a missing anchor a missed match.
 */
export function anchorsOf(source: string): Anchor[] {
  // Escapes (\w, \d, \b, \S) and character classes ([oa]) stand for unknown text: a '#' in their
  // place keeps them from joining a run. Wrapping the whole source makes a top-level "|" a group.
  const src = `(?:${source.replace(/\\[a-zA-Z]/g, '#').replace(/\[[^\]]*\]/g, '#')})`;
  return (
    bestCandidate(src, { min: MIN_ANCHOR, stopwords: false }, true) ?? bestCandidate(src, { min: 2, stopwords: false }, true) ??
    bestCandidate(src, { min: 2, stopwords: true }, true) ?? bestCandidate(src, { min: 1, stopwords: true }, true) ?? []
  );
}

/** Which literals may serve as anchors: at least `min` characters, and stop words only when allowed. */
interface AnchorRule {
  min: number;
  stopwords: boolean;
}

/** Of the mandatory elements of a sequence, the anchors of the one whose shortest anchor is longest. */
function bestCandidate(src: string, rule: AnchorRule, startsWord: boolean): Anchor[] | null {
  const elements = topLevel(src, startsWord);
  if (!elements) return null;
  let best: Anchor[] | null = null;
  let bestScore = 0;
  for (const e of elements) {
    if (e.optional) continue;
    const anchors = e.body[0] === '(' ? groupAnchors(e.body, rule, e.wordStart) : runAnchor(e.body, rule, e.wordStart);
    if (!anchors) continue;
    const score = Math.min(...anchors.map((a) => a.word.length));
    if (score > bestScore) {
      bestScore = score;
      best = anchors;
    }
  }
  return best;
}

function runAnchor(run: string, rule: AnchorRule, wordStart: boolean): Anchor[] | null {
  return run.length >= rule.min && (rule.stopwords || !ANCHOR_STOPWORDS.has(run)) ? [{ word: run, wordStart }] : null;
}

/** A group's anchors: the anchors of every alternative, or null when one alternative has none. */
function groupAnchors(group: string, rule: AnchorRule, wordStart: boolean): Anchor[] | null {
  const inner = group.startsWith('(?:') ? group.slice(3, -1) : group.slice(1, -1);
  const out: Anchor[] = [];
  for (const alt of splitAlternatives(inner)) {
    const anchors = bestCandidate(alt, rule, wordStart);
    if (!anchors) return null;
    out.push(...anchors);
  }
  return out;
}

interface Element {
  body: string;
  optional: boolean;
  wordStart: boolean;
}

/** Top-level elements: runs of letters and groups, with whether each is optional; null on a top-level "|". */
function topLevel(src: string, startsWord: boolean): Element[] | null {
  const out: Element[] = [];
  let i = 0;
  while (i < src.length) {
    const wordStart = i === 0 ? startsWord : src[i - 1] === ' ';
    let end: number;
    if (src[i] === '(') end = matchingParen(src, i) + 1;
    else if (LETTER.test(src[i]!)) {
      end = i;
      while (end < src.length && LETTER.test(src[end]!)) end++;
    } else {
      if (src[i] === '|') return null;
      i++;
      continue;
    }
    const q = src[end];
    let body = src.slice(i, end);
    let optional = q === '?' || q === '*' || src.startsWith('{0', end);
    // On a run, a quantifier binds to the last letter only: "guns?" still requires "gun".
    if (optional && body[0] !== '(') {
      body = body.slice(0, -1);
      optional = false;
    }
    out.push({ body, optional, wordStart });
    i = end;
  }
  return out;
}

function matchingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i;
  }
  return src.length - 1;
}

function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    else if (body[i] === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

export class AnchorGate {
  private readonly next: Uint16Array | Int32Array;
  /** Per state: the ids whose anchor ends there (own and via failure links), as a slice of `ids`. */
  private readonly outStart: Int32Array;
  private readonly outEnd: Int32Array;
  private readonly ids: Int32Array;
  private readonly stamp: Uint32Array;
  private generation = 0;
  /** Ids found by the last `scan`, valid until the next one. */
  readonly found: Int32Array;
  foundCount = 0;

  /**
   * @param anchors key → ids of the patterns it anchors (0 ≤ id < `idCount`). A key is
   *   lower-case a-z or 0-9, with a leading space when it must begin a word.
   */
  constructor(anchors: ReadonlyMap<string, readonly number[]>, idCount: number) {
    // Trie first, then failure links breadth-first, then a dense transition table.
    const children: number[][] = [[]];
    const outs: Set<number>[] = [new Set()];
    for (const [word, list] of anchors) {
      let s = 0;
      for (let i = 0; i < word.length; i++) {
        const c = symbol(word.charCodeAt(i));
        if (c < 0) throw new Error(`anchor "${word}" is not lower-case a-z or 0-9`);
        let t = children[s]![c];
        if (t === undefined) {
          t = children.length;
          children.push([]);
          outs.push(new Set());
          children[s]![c] = t;
        }
        s = t;
      }
      for (const id of list) outs[s]!.add(id);
    }
    const n = children.length;
    const next = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = children[0]![c];
      if (t !== undefined) {
        next[c] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const id of outs[fail[s]!]!) outs[s]!.add(id);
      for (let c = 0; c < ALPHABET; c++) {
        const t = children[s]![c];
        if (t === undefined) next[s * ALPHABET + c] = next[fail[s]! * ALPHABET + c]!;
        else {
          fail[t] = next[fail[s]! * ALPHABET + c]!;
          next[s * ALPHABET + c] = t;
          queue.push(t);
        }
      }
    }
    this.next = n <= 0xffff ? Uint16Array.from(next) : next;
    this.outStart = new Int32Array(n);
    this.outEnd = new Int32Array(n);
    const flat: number[] = [];
    outs.forEach((set, state) => {
      this.outStart[state] = flat.length;
      flat.push(...set);
      this.outEnd[state] = flat.length;
    });
    this.ids = Int32Array.from(flat);
    this.stamp = new Uint32Array(idCount);
    this.found = new Int32Array(idCount);
  }

  /**
   * Finds every pattern with an anchor in `text` (normalised: a-z, 0-9, single spaces) and
   * returns how many; their ids are `found[0 .. count)`.
   */
  scan(text: string): number {
    const next = this.next;
    const { outStart, outEnd, ids, stamp, found } = this;
    const gen = ++this.generation;
    let count = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = symbol(text.charCodeAt(i));
      if (c < 0) {
        s = 0;
        continue;
      }
      s = next[s * ALPHABET + c]!;
      for (let k = outStart[s]!, end = outEnd[s]!; k < end; k++) {
        const id = ids[k]!;
        if (stamp[id] !== gen) {
          stamp[id] = gen;
          found[count++] = id;
        }
      }
    }
    this.foundCount = count;
    return count;
  }
}
