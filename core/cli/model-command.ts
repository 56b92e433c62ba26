/** `steward model train|eval`: trains the shipped triage model and prints its evaluation. */
import { parseArgs } from 'node:util';
import { readCorrections } from '../triage/corrections.ts';
import { DATASET_BENCHMARKS, runDatasetBenchmark } from '../triage/dataset-benchmarks.ts';
import { loadEvalSet } from '../triage/eval-set/eval-set.ts';
import { LocalClassifier } from '../triage/local-classifier.ts';
import { formatReport } from '../triage/metrics.ts';
import { loadModel, saveModel } from '../triage/model-file.ts';
import { datasetsRoot } from '../triage/shared-datasets.ts';
import { SHIPPED_MODEL_PATH } from '../triage/shipped-model.ts';
import { trainShippedModel } from '../triage/shipped-training.ts';
import { evaluateOnEvalSet, formatGoals } from '../triage/triage-evaluation.ts';

const USAGE = `usage:
  steward model train [--datasets DIR] [--corrections FILE.jsonl] [--out FILE] [--epochs N]
  steward model eval  [--model FILE] [--datasets DIR] [--skip-datasets]`;

const progress = (msg: string) => process.stderr.write(`[model] ${msg}\n`);

export async function runModelCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'train') return await train(rest);
    if (sub === 'eval') return await evaluate(rest);
  } catch (err) {
    process.stderr.write(`steward model ${sub}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

async function train(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: {
    datasets: { type: 'string' }, corrections: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' },
  } });
  const started = performance.now();
  const { model } = trainShippedModel({
    datasetsRoot: values.datasets ?? datasetsRoot(),
    extraExamples: values.corrections ? readCorrections(values.corrections) : [],
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

async function evaluate(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: {
    model: { type: 'string' }, datasets: { type: 'string' }, 'skip-datasets': { type: 'boolean' },
  } });
  const t0 = performance.now();
  const model = await loadModel(values.model ?? SHIPPED_MODEL_PATH);
  const loadMs = performance.now() - t0;
  const print = (s: string) => process.stdout.write(`${s}\n`);
  print(`model ${model.meta.version} (loaded in ${loadMs.toFixed(0)} ms), auto-close thresholds ${JSON.stringify(model.meta.autoClose)} at precision target ${model.meta.autoClosePrecisionTarget}`);

  print('\n== Steward triage evaluation set (hand-written, kept apart from the seed training set; see docs/model-card.md) ==');
  const ev = evaluateOnEvalSet(model, loadEvalSet());
  for (const [head, report] of Object.entries(ev.heads)) print(formatReport(head, report));
  print(`sarcasm F1(true) ${(ev.sarcasmF1 * 100).toFixed(1)}`);
  print('\ngoals, overall and per language:');
  print(formatGoals(ev));

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
