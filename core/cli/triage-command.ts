/** `steward triage <in.jsonl>`: offline triage of a file of items, one JSON line out per item. */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { autoCloseDecision } from '../triage/auto-close.ts';
import { LocalClassifier } from '../triage/local-classifier.ts';
import { loadModel } from '../triage/model-file.ts';
import { loadShippedModel } from '../triage/shipped-model.ts';

const USAGE = 'usage: steward triage <in.jsonl> [--out FILE] [--model FILE]\n  each input line: {"id", "channel", "text", "thread_context"?, "author"?}';

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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, model: { type: 'string' } } });
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
    write(`${JSON.stringify({ id: it.id, channel: it.channel, modelVersion: model.meta.version, labels, autoClose: autoCloseDecision(labels!, model) })}\n`);
    ok++;
    if (ok % 10000 === 0) process.stderr.write(`[triage] ${ok} items\n`);
  }
  if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  process.stderr.write(`[triage] ${ok} items triaged, ${skipped} lines skipped, ${((performance.now() - started) / 1000).toFixed(2)} s, model ${model.meta.version}\n`);
  return 0;
}
