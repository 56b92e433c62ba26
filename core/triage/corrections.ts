/** Reads extra training examples (moderator corrections) from JSONL: `{text, labels, weight?, thread_context?}`. */
import { readFileSync } from 'node:fs';
import type { TrainingExample } from './heads.ts';

export function readCorrections(path: string): TrainingExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      const o = JSON.parse(line) as { text?: unknown; labels?: unknown; weight?: unknown; thread_context?: unknown };
      if (typeof o.text !== 'string' || typeof o.labels !== 'object' || o.labels === null) {
        throw new Error(`${path}:${n}: a correction needs "text" (string) and "labels" (object)`);
      }
      return {
        text: o.text,
        labels: o.labels as TrainingExample['labels'],
        ...(typeof o.weight === 'number' ? { weight: o.weight } : {}),
        ...(typeof o.thread_context === 'string' ? { threadContext: o.thread_context } : {}),
      };
    });
}
