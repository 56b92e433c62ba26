/** `steward model train|eval`: trains the shipped triage model and prints its evaluation. */
import { parseArgs } from 'node:util';
import { readCorrections } from '../triage/corrections.ts';
import { DATASET_BENCHMARKS, runDatasetBenchmark } from '../triage/dataset-benchmarks.ts';
import { loadDevSet, loadLabelledSet, type EvalItem, type LabelledSetName } from '../triage/labelled-sets/labelled-sets.ts';
import { LocalClassifier } from '../triage/local-classifier.ts';
import { formatReport } from '../triage/metrics.ts';
import { loadModel, saveModel } from '../triage/model-file.ts';
import { datasetsRoot } from '../triage/shared-datasets.ts';
import { SHIPPED_MODEL_PATH } from '../triage/shipped-model.ts';
import { trainShippedModel } from '../triage/shipped-training.ts';
import { evaluateOnEvalSet, formatGoals } from '../triage/triage-evaluation.ts';
import { compareModels } from '../triage/compare-models.ts';
import { loadShippedModel } from '../triage/shipped-model.ts';
import type { TrainingExample } from '../triage/heads.ts';
import type { TriageModel } from '../triage/triage-model.ts';
import type { StewardConfig } from '../config/index.ts';
import { listLabelCorrections, openStore } from '../store/index.ts';
import { activeModelPath } from '../triage-setup.ts';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const USAGE = `usage:
  steward model train [--datasets DIR] [--corrections FILE.jsonl] [--corrections-from-db] [--out FILE] [--epochs N]
  steward model eval  [--model FILE] [--datasets DIR] [--skip-datasets] [--set eval|dev] [--misses]
                      --misses lists the items a head got wrong; only on the development set
  steward model promote CANDIDATE.bin [--tolerance 0.02] [--force]   compare with the active model; install it if not worse`;

const progress = (msg: string) => process.stderr.write(`[model] ${msg}\n`);

export async function runModelCommand(argv: string[], config?: StewardConfig): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'train') return await train(rest, config);
    if (sub === 'eval') return await evaluate(rest, config);
    if (sub === 'promote') return await promote(rest, config);
  } catch (err) {
    process.stderr.write(`steward model ${sub}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

async function train(argv: string[], config?: StewardConfig): Promise<number> {
  const { values } = parseArgs({ args: argv, options: {
    datasets: { type: 'string' }, corrections: { type: 'string' }, 'corrections-from-db': { type: 'boolean' }, out: { type: 'string' }, epochs: { type: 'string' },
  } });
  const started = performance.now();
  const extra = values.corrections ? readCorrections(values.corrections) : [];
  if (values['corrections-from-db']) {
    if (!config) throw new Error('--corrections-from-db needs the server configuration');
    const fromDb = await correctionsFromDatabase(config);
    progress(`${fromDb.length} moderator correction(s) from the database`);
    extra.push(...fromDb);
  }
  const { model } = trainShippedModel({
    datasetsRoot: values.datasets ?? datasetsRoot(),
    extraExamples: extra,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    log: progress,
  });
  // Inside a compiled binary the shipped model lives in the read-only embedded filesystem.
  if (!values.out && SHIPPED_MODEL_PATH.includes('$bunfs')) throw new Error('--out FILE is required when running the compiled binary');
  const out = values.out ?? SHIPPED_MODEL_PATH;
  const bytes = await saveModel(out, model);
  progress(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB), version ${model.meta.version}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${JSON.stringify({ version: model.meta.version, path: out, bytes, autoClose: model.meta.autoClose })}\n`);
  return 0;
}

async function evaluate(argv: string[], config?: StewardConfig): Promise<number> {
  const { values } = parseArgs({ args: argv, options: {
    model: { type: 'string' }, datasets: { type: 'string' }, 'skip-datasets': { type: 'boolean' }, set: { type: 'string' }, misses: { type: 'boolean' },
  } });
  const setName = (values.set ?? 'eval') as LabelledSetName;
  if (setName !== 'eval' && setName !== 'dev') throw new Error(`--set is eval or dev, not ${values.set}`);
  // Reading the evaluation set's errors is how a test set turns into a development set.
  if (values.misses && setName === 'eval') throw new Error('--misses is only for the development set (--set dev): the evaluation set stays unread');
  const t0 = performance.now();
  const model = values.model ? await loadModel(values.model) : await loadActiveModel(config);
  const loadMs = performance.now() - t0;
  const print = (s: string) => process.stdout.write(`${s}\n`);
  print(`model ${model.meta.version} (loaded in ${loadMs.toFixed(0)} ms), auto-close thresholds ${JSON.stringify(model.meta.autoClose)} at precision target ${model.meta.autoClosePrecisionTarget}`);

  print(setName === 'eval'
    ? '\n== Steward triage evaluation set (written by authors who never saw the model or its training text; see docs/model-card.md) =='
    : '\n== Steward triage development set (error analysis and selection: optimistic; see docs/model-card.md) ==');
  const items = loadLabelledSet(setName);
  const ev = evaluateOnEvalSet(model, items);
  for (const [head, report] of Object.entries(ev.heads)) print(formatReport(head, report));
  print(`sarcasm F1(true) ${(ev.sarcasmF1 * 100).toFixed(1)}`);
  print('\ngoals, overall and per language:');
  print(formatGoals(ev));
  if (values.misses) print(`\nmisses (gold → predicted):\n${formatMisses(items, ev)}`);

  if (!values['skip-datasets']) {
    const root = values.datasets ?? datasetsRoot();
    const shipped = new LocalClassifier(model);
    print('\n== Shared datasets, test splits, official metric ×100 ==');
    print('  dataset-specific head: same featurizer and trainer, trained on that dataset\'s own train split (not shipped)');
    print('  shipped (mapped): the shipped model through a label mapping onto the dataset\'s labels, where one exists');
    print(`  ${'dataset'.padEnd(30)} ${'metric'.padEnd(26)} ${'dataset head'.padStart(13)} ${'shipped (mapped)'.padStart(17)}  train/test rows`);
    for (const b of DATASET_BENCHMARKS) {
      progress(`benchmark ${b.dataset}`);
      const r = runDatasetBenchmark(root, b, shipped);
      if (!r) {
        print(`  ${b.dataset.padEnd(30)} (missing split, skipped)`);
        continue;
      }
      const head = r.datasetHeadExtra === undefined ? r.datasetHead.toFixed(1) : `${r.datasetHead.toFixed(1)} / ${r.datasetHeadExtra.toFixed(1)}`;
      print(`  ${r.dataset.padEnd(30)} ${r.metric.padEnd(26)} ${head.padStart(13)} ${(r.shippedMapped === undefined ? '—' : r.shippedMapped.toFixed(1)).padStart(17)}  ${r.trainRows}/${r.testRows}`);
    }
  }
  return 0;
}

/** One line per item where intent, noise or topic differs from the gold label. */
function formatMisses(items: EvalItem[], ev: ReturnType<typeof evaluateOnEvalSet>): string {
  const lines: string[] = [];
  items.forEach((item, i) => {
    const p = ev.predictions[i]!;
    const wrong = (['noise', 'intent', 'topic'] as const).filter((h) => item.labels[h] !== undefined && item.labels[h] !== p[h].label);
    if (wrong.length) lines.push(`  ${item.lang} ${item.category.padEnd(16)} ${wrong.map((h) => `${h} ${item.labels[h]}→${p[h].label}`).join(', ')}  | ${item.text}`);
  });
  return lines.join('\n');
}

/** Moderators' corrections as training examples; the latest correction of an item wins. */
async function correctionsFromDatabase(config: StewardConfig): Promise<TrainingExample[]> {
  const store = openStore(config.databaseUrl);
  try {
    const latest = new Map<string, TrainingExample>();
    for (const c of await listLabelCorrections(store.db)) {
      const previous = latest.get(c.item_id);
      latest.set(c.item_id, { text: c.text, labels: { ...previous?.labels, ...(c.labels as TrainingExample['labels']) }, ...(c.thread_context ? { threadContext: c.thread_context } : {}) });
    }
    return [...latest.values()];
  } finally {
    await store.close();
  }
}

/** The model the server uses: the promoted one in the data directory, else the shipped one. */
async function loadActiveModel(config?: StewardConfig): Promise<TriageModel> {
  const active = config ? activeModelPath(config) : undefined;
  return active && existsSync(active) ? loadModel(active) : loadShippedModel();
}

/**
 * Installs a candidate model as the active one when it is not worse than the current one on the
 * development set (every head's macro-F1 and the safety recalls within the tolerance), unless --force.
 */
async function promote(argv: string[], config?: StewardConfig): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean' }, tolerance: { type: 'string' } } });
  const file = positionals[0];
  if (!file || !config) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [current, candidate] = await Promise.all([loadActiveModel(config), loadModel(file)]);
  // 0.02 by default: on the first 370 items a retrain that added one example moved a head's
  // macro-F1 by up to about 1.5 points either way, so a stricter bar would refuse noise.
  const tolerance = values.tolerance !== undefined ? Number(values.tolerance) : 0.02;
  if (!(tolerance >= 0 && tolerance < 1)) throw new Error('--tolerance is a fraction such as 0.02');
  // The development set, not the evaluation set: promotion is a selection, and selecting on the
  // evaluation set would make its figures optimistic.
  const comparison = compareModels(current, candidate, loadDevSet(), tolerance);
  const print = (s: string) => process.stdout.write(`${s}\n`);
  print(`current   ${comparison.current.version}`);
  print(`candidate ${comparison.candidate.version}`);
  for (const [metric, value] of Object.entries(comparison.candidate.figures)) {
    const before = comparison.current.figures[metric] ?? NaN;
    print(`  ${metric.padEnd(20)} ${(before * 100).toFixed(1).padStart(6)} → ${(value * 100).toFixed(1).padStart(6)}`);
  }
  if (!comparison.promote && !values.force) {
    print(`not promoted: worse than the current model by more than ${tolerance} on ${comparison.regressions.map((r) => r.metric).join(', ')} (use --force to install anyway)`);
    return 1;
  }
  const target = activeModelPath(config);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, join(dirname(target), `${candidate.meta.version}.bin`));
  copyFileSync(file, target);
  print(`promoted ${candidate.meta.version} to ${target}; a server picks it up when it starts`);
  return 0;
}
