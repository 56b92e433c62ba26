/**
 * Policy engine throughput: decisions per second of the shipped packs on one core, next to the
 * same rules run by json-rules-engine on the same items. Prints figures; asserts nothing.
 *
 *   bun run bench/policy.ts [--items 20000] [--seconds 3]
 *
 * The json-rules-engine rules are translated mechanically from the CEL ASTs of the shipped
 * packs (so they are the same rules, not a hand-written approximation), and the run checks
 * that both engines match the same rules on every item before timing anything. The baseline
 * gets its best case: facts are pre-flattened per field (no JSONPath), and it only matches
 * rules and emits events, while Steward's `decide()` also normalises the input, merges the
 * actions and builds the full trace.
 */
import { join } from 'node:path';
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import type { ASTNode } from '@marcbachmann/cel-js';
import { policyEnvironment } from '../core/policy/cel-environment.ts';
import { loadPolicyDir, normalizePolicyInput, type PolicyInput, type PolicyInputPatch, type PolicySet } from '../core/policy/index.ts';
import { RISK_TOPICS, TOPIC_LABELS } from '../core/triage/labels.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const ITEMS = flag('--items', 20_000);
const SECONDS = flag('--seconds', 3);

// ---- items ----------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32) so every run decides the same items. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'I was charged twice this month, please refund', 'the app crashes when I export', 'is the service down?',
  'I can\'t log in, reset email never arrives', 'please add dark mode', 'you folks are the best', 'made a fan render',
  'my lawyer will be in touch about this', 'I\'m a reporter writing an article on your outage', 'buy cheap followers now',
  'where can I find the docs?', 'this company ignored me for weeks', 'claim free tokens at http://x.example', 'lol',
];

function generateItems(n: number): PolicyInputPatch[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const items: PolicyInputPatch[] = [];
  for (let i = 0; i < n; i++) {
    const noise = r() < 0.15 ? pick(['spam', 'scam', 'duplicate', 'off_topic'] as const) : 'none';
    const risk: Record<string, number> = {};
    for (const t of RISK_TOPICS) risk[t] = r() < 0.05 ? 0.5 + r() / 2 : r() * 0.3;
    items.push({
      item: { id: `bench-${i}`, text: pick(TEXTS), visibility: r() < 0.7 ? 'public' : 'private', attachments_count: r() < 0.1 ? 1 : 0 },
      labels: {
        noise, intent: pick(['support', 'feedback', 'risk', 'engagement', 'noise'] as const), topic: pick(TOPIC_LABELS),
        sentiment: pick(['negative', 'neutral', 'positive'] as const), urgency: pick(['low', 'normal', 'high', 'critical'] as const),
        confidence: { noise: r(), urgency: r(), topic: r() }, risk, auto_close: noise !== 'none' && r() < 0.6,
        auto_close_reason: noise,
      },
      author: { handle: r() < 0.05 ? 'official_support' : `user${i}`, prior_flags: Math.floor(r() * 5), roles: r() < 0.02 ? ['journalist'] : [] },
      thread: { reply_count: Math.floor(r() * 20), participants: Math.floor(r() * 8) },
      cluster: { size: 1, incident: r() < 0.02 },
    });
  }
  return items;
}

// ---- CEL AST → json-rules-engine ------------------------------------------------------------

const OPS: Record<string, string> = {
  '==': 'equal', '!=': 'notEqual', '<': 'lessThan', '<=': 'lessThanInclusive', '>': 'greaterThan', '>=': 'greaterThanInclusive',
};
const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

function path(node: ASTNode): string | undefined {
  if (node.op === 'id') return node.args as string;
  if (node.op === '.') {
    const [obj, field] = node.args as [ASTNode, string];
    const base = path(obj);
    return base === undefined ? undefined : `${base}.${field}`;
  }
  return undefined;
}

function literal(node: ASTNode): unknown {
  if (node.op === 'value') return typeof node.args === 'bigint' ? Number(node.args) : node.args;
  if (node.op === 'list') return (node.args as ASTNode[]).map(literal);
  throw new Error(`not a literal: ${node.op}`);
}

function translate(node: ASTNode): NestedCondition {
  switch (node.op) {
    case '&&': return { all: (node.args as ASTNode[]).map(translate) };
    case '||': return { any: (node.args as ASTNode[]).map(translate) };
    case '!_': return { not: translate(node.args as ASTNode) };
    case 'value': return { fact: 'const.true', operator: 'equal', value: node.args === true };
    case 'id':
    case '.': return { fact: path(node)!, operator: 'equal', value: true };
    case 'in': {
      const [a, b] = node.args as [ASTNode, ASTNode];
      const pa = path(a);
      if (pa) return { fact: pa, operator: 'in', value: literal(b) };
      return { fact: path(b)!, operator: 'contains', value: literal(a) };
    }
    case 'rcall': {
      const [name, receiver, fnArgs] = node.args as [string, ASTNode, ASTNode[]];
      return { fact: path(receiver)!, operator: name, value: literal(fnArgs[0]!) };
    }
    default: {
      const op = OPS[node.op];
      if (!op) throw new Error(`cannot translate ${node.op}`);
      const [a, b] = node.args as [ASTNode, ASTNode];
      const pa = path(a);
      if (pa) return { fact: pa, operator: op, value: literal(b) };
      return { fact: path(b)!, operator: OPS[FLIP[node.op]!]!, value: literal(a) };
    }
  }
}

function flatten(input: PolicyInput): Record<string, unknown> {
  const facts: Record<string, unknown> = { 'const.true': true };
  const walk = (prefix: string, v: unknown): void => {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else facts[prefix] = v;
  };
  walk('', input);
  return facts;
}

function buildEngine(set: PolicySet, ordered = true): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const env = policyEnvironment();
  const lower = (s: unknown) => String(s).toLowerCase();
  const word = (text: string, w: string) => new RegExp(`(^|[^\\p{L}\\p{N}_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_])`, 'iu').test(text);
  engine.addOperator('containsAny', (a: string, b: string[]) => b.some((n) => lower(a).includes(lower(n))));
  engine.addOperator('containsAnyWord', (a: string, b: string[]) => b.some((w) => word(a, w)));
  engine.addOperator('containsWord', (a: string, b: string) => word(a, b));
  const live = set.rules.filter((r) => r.mode !== 'off');
  live.forEach((rule, i) => {
    const conditions: TopLevelCondition = { all: rule.conditions.map((c) => translate(env.parse(c.source).ast as ASTNode)) };
    engine.addRule({
      name: rule.id,
      conditions,
      event: { type: rule.id, params: { actions: rule.actions.flatMap((a) => a.fixed) } },
      // Distinct priorities make json-rules-engine run rules in file order, like Steward.
      // Without ordering (one priority) it runs every rule in parallel and cannot honour `stop`.
      priority: ordered ? live.length - i : 1,
      onSuccess: ordered && rule.stop && rule.mode === 'live' ? () => { engine.stop(); } : undefined,
    });
  });
  return engine;
}

// ---- run ------------------------------------------------------------------------------------

const loaded = await loadPolicyDir(join(import.meta.dir, '..', 'policies'), { loadedBy: 'bench' });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors, null, 2));
const set = loaded.set;
const items = generateItems(ITEMS);
const engine = buildEngine(set);
const unorderedEngine = buildEngine(set, false);

// Same rules, same items: both engines must match the same rules before timing means anything.
let disagreements = 0;
for (const item of items) {
  const d = set.decide(item);
  const ours = [...d.matched_rules, ...d.shadow.rules].sort().join(',');
  const { events } = await engine.run(flatten(normalizePolicyInput(item)));
  const theirs = events.map((e) => e.type).sort().join(',');
  if (ours !== theirs) disagreements++;
}

/** Runs `fn` over the items for `seconds`, in batches; returns calls per second. */
async function rate(seconds: number, batch: number, fn: (i: number) => unknown): Promise<number> {
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let runs = 0;
  while (performance.now() < end) {
    for (let k = 0; k < batch; k++, runs++) {
      const r = fn(runs % items.length);
      if (r instanceof Promise) await r;
    }
  }
  return runs / ((performance.now() - start) / 1000);
}

const decideOne = (i: number) => set.decide(items[i]!);
const runBaseline = (i: number) => engine.run(flatten(normalizePolicyInput(items[i]!)));
const runUnordered = (i: number) => unorderedEngine.run(flatten(normalizePolicyInput(items[i]!)));

// Warm both up, then interleave short rounds: the machine may be shared, and alternating keeps
// a burst of someone else's load from landing on one engine only. Medians are reported.
await rate(0.5, 1_000, decideOne);
await rate(0.5, 100, runBaseline);
const ROUNDS = 6;
const ours: number[] = [];
const theirs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  ours.push(await rate(SECONDS / ROUNDS, 1_000, decideOne));
  theirs.push(await rate(SECONDS / ROUNDS, 100, runBaseline));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const unordered = await rate(SECONDS / ROUNDS, 100, runUnordered);
const steward = { perSecond: median(ours) };
const baseline = { perSecond: median(theirs) };
const ratios = ours.map((o, i) => o / theirs[i]!);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log(`policy set ${set.version.hash.slice(0, 12)}: ${set.version.rules} rules (${set.rules.filter((r) => r.mode === 'live').length} live, ${set.rules.filter((r) => r.mode === 'shadow').length} shadow), ${ITEMS} generated items, ${SECONDS}s per engine in ${ROUNDS} interleaved rounds (medians), Bun ${Bun.version}, one core`);
console.log(`rule matches agree on ${ITEMS - disagreements}/${ITEMS} items`);
console.log(`steward decide()       ${fmt(steward.perSecond).padStart(10)} decisions/s  (${(1e6 / steward.perSecond).toFixed(1)} µs each, with trace)`);
console.log(`json-rules-engine run  ${fmt(baseline.perSecond).padStart(10)} decisions/s  (${(1e6 / baseline.perSecond).toFixed(1)} µs each, matching only)`);
console.log(`  (same rules in one priority, unordered and without stop: ${fmt(unordered)} decisions/s, ratio ${(steward.perSecond / unordered).toFixed(1)}×)`);
console.log(`ratio                  ${(steward.perSecond / baseline.perSecond).toFixed(1)}×  (target ≥ 20×; per round ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×)`);
