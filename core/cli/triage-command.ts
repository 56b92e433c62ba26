/** `steward triage <in.jsonl>`: offline triage of a file of items, one JSON line out per item. */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { autoCloseDecision } from '../triage/auto-close.ts';
import { LocalClassifier } from '../triage/local-classifier.ts';
import { loadModel } from '../triage/model-file.ts';
import { loadShippedModel } from '../triage/shipped-model.ts';
import { compilePolicySet, DEFAULT_PACKS, formatLoadError, loadPolicyDir, policyInputFromItem, type PolicySet } from '../policy/index.ts';

/** The policy set to apply: a directory's packs, or the shipped default packs. */
async function loadPolicies(dir: string | undefined): Promise<PolicySet> {
  const result = dir && existsSync(dir)
    ? await loadPolicyDir(dir, { loadedBy: 'triage' })
    : compilePolicySet(DEFAULT_PACKS.map((p) => ({ path: p.file, text: p.text })), { loadedBy: 'triage' });
  if (!result.ok) throw new Error(result.errors.map(formatLoadError).join('\n'));
  return result.set;
}

const USAGE = 'usage: steward triage <in.jsonl> [--out FILE] [--model FILE] [--policies DIR | --no-policies]\n  each input line: {"id", "channel", "text", "thread_context"?, "author"?}';

interface TriageItem {
  id: string | number;
  channel: string;
  text: string;
  thread_context?: string;
  author?: unknown;
}

/** Checks one parsed line; returns the reason it is unusable, or null. */
function invalid(o: unknown): string | null {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return 'not a JSON object';
  const r = o as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return '"id" must be a string or number';
  if (typeof r.channel !== 'string') return '"channel" must be a string';
  if (typeof r.text !== 'string') return '"text" must be a string';
  if (r.thread_context !== undefined && typeof r.thread_context !== 'string') return '"thread_context" must be a string';
  return null;
}

export async function runTriageCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, model: { type: 'string' }, policies: { type: 'string' }, 'no-policies': { type: 'boolean' } } });
  } catch (err) {
    process.stderr.write(`steward triage: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const input = parsed.positionals[0];
  if (!input) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!existsSync(input)) {
    process.stderr.write(`steward triage: ${input}: no such file\n`);
    return 1;
  }
  const model = parsed.values.model ? await loadModel(parsed.values.model) : await loadShippedModel();
  const classifier = new LocalClassifier(model);
  // The same packs the server would apply: --policies DIR, else ./policies, else the shipped defaults.
  let policies: PolicySet | undefined;
  if (!parsed.values['no-policies']) {
    try {
      policies = await loadPolicies(parsed.values.policies ?? 'policies');
    } catch (err) {
      process.stderr.write(`steward triage: the policies do not load:\n${(err as Error).message}\n`);
      return 1;
    }
  }
  const out = parsed.values.out ? createWriteStream(parsed.values.out) : null;
  const write = (s: string) => (out ? out.write(s) : process.stdout.write(s));

  const lines = readFileSync(input, 'utf8').split('\n');
  let ok = 0;
  let skipped = 0;
  const started = performance.now();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (err) {
      process.stderr.write(`${input}:${i + 1}: skipped, invalid JSON (${(err as Error).message})\n`);
      skipped++;
      continue;
    }
    const why = invalid(item);
    if (why) {
      process.stderr.write(`${input}:${i + 1}: skipped, ${why}\n`);
      skipped++;
      continue;
    }
    const it = item as TriageItem;
    const [labels] = classifier.classifySync([{ text: it.text, channel: it.channel, ...(it.thread_context ? { threadContext: it.thread_context } : {}) }]);
    const autoClose = autoCloseDecision(labels!, model, it.text);
    write(`${JSON.stringify({ id: it.id, channel: it.channel, modelVersion: model.meta.version, labels, autoClose, ...(policies ? { policy: policyOutcome(policies, it, labels!, autoClose) } : {}) })}\n`);
    ok++;
    if (ok % 10000 === 0) process.stderr.write(`[triage] ${ok} items\n`);
  }
  if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  process.stderr.write(`[triage] ${ok} items triaged, ${skipped} lines skipped, ${((performance.now() - started) / 1000).toFixed(2)} s, model ${model.meta.version}\n`);
  return 0;
}

/** What the policies would do with one triaged line: route, reply mode, auto-close and the rest. */
function policyOutcome(set: PolicySet, it: TriageItem, labels: import('../triage/labels.ts').TriageLabels, autoClose: ReturnType<typeof autoCloseDecision>) {
  const now = Date.now();
  const decision = set.decide(policyInputFromItem({
    item: {
      id: String(it.id), channel: it.channel, external_id: String(it.id), thread_external_id: null, parent_external_id: null,
      author: { external_id: typeof (it.author as { external_id?: unknown })?.external_id === 'string' ? (it.author as { external_id: string }).external_id : 'unknown' },
      text: it.text, attachments: [], url: null, visibility: 'public', created_at: now, received_at: now, raw: null,
    },
    labels,
    autoClose: autoClose.close ? { auto_close: true, auto_close_reason: autoClose.reason } : { auto_close: false },
  }));
  const o = decision.outcome;
  return {
    version: decision.policy_version.slice(0, 12),
    route: o.route, queue: o.queue, reply_mode: o.reply_mode, auto_close: o.auto_close, priority: o.priority, urgency: o.urgency,
    tags: o.tags, escalations: o.escalations, platform_actions: o.platform_actions, rules: decision.matched_rules,
  };
}
