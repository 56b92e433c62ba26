/** Reads the shared JSONL datasets (`<root>/<dataset>/<split>.jsonl`). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DatasetRow {
  text: string;
  label: string;
  split: string;
  [extra: string]: unknown;
}

export type Split = 'train' | 'validation' | 'test';

/** Default location of the shared datasets; overridable with STEWARD_DATASETS. */
export function datasetsRoot(): string {
  return process.env.STEWARD_DATASETS ?? '/work/shared/datasets';
}

/** Rows of one split, or an empty list when the dataset has no such split. */
export function readSplit(root: string, dataset: string, split: Split): DatasetRow[] {
  const file = join(root, dataset, `${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DatasetRow);
}
