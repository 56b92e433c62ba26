/**
 * The two hand-labelled sets of triage, both kept apart from the seed training templates:
 *
 * - `eval-set.tsv` — the EVALUATION set. Written by authors who never saw the model, its training
 *   text or its errors; used only to report figures (`steward model eval`). Never read its items
 *   to fix a miss: that would turn it into a development set.
 * - `dev-set.tsv` — the DEVELOPMENT set: error analysis, recipe choices, the floor under the
 *   auto-close thresholds (`autoCloseFloor`) and the promotion check of `steward model promote`. It starts with the first evaluation set (once the team had read
 *   its errors it could no longer measure anything honestly), followed by batches written with
 *   the evaluation set's brief by other authors; each batch is a fresh check of the changes made
 *   on the earlier ones before it, too, is read.
 *
 * Same format: lang, category, text, thread context (optional), tab-separated; `#` comments.
 * Labels come from the category definitions shared with the seed templates. Imported as text so
 * that `steward model eval` also works from the compiled binary.
 */
import devTsv from './dev-set.tsv' with { type: 'text' };
import evalTsv from './eval-set.tsv' with { type: 'text' };
import { RISK_TOPICS, type RiskTopic } from '../labels.ts';
import type { LangHint, TrainingExample } from '../heads.ts';
import { SEED_CATEGORIES } from '../seed/seed-templates.ts';

export interface EvalItem extends TrainingExample {
  lang: LangHint;
  category: string;
}

export type LabelledSetName = 'eval' | 'dev';

const LANGS = new Set<string>(['en', 'es', 'pt', 'de', 'hi']);

/** Parses a labelled TSV; a bad line is an error naming the file's line, never skipped. */
export function parseLabelledSet(tsv: string, name = 'labelled set'): EvalItem[] {
  const cats = new Map(SEED_CATEGORIES.map((c) => [c.id, c]));
  const items: EvalItem[] = [];
  tsv.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [lang, category, text, threadContext] = line.split('\t');
    const cat = cats.get(category ?? '');
    if (!cat || !text || !LANGS.has(lang ?? '')) throw new Error(`${name} line ${i + 1}: unknown language or category, or empty text`);
    if (cat.replyTo && !threadContext) throw new Error(`${name} line ${i + 1}: a ${cat.id} item needs the message it replies to`);
    const risk = Object.fromEntries(RISK_TOPICS.map((t) => [t, cat.labels.risk?.[t] ?? 0])) as Record<RiskTopic, number>;
    items.push({
      lang: lang as LangHint,
      category: cat.id,
      text,
      ...(threadContext ? { threadContext } : {}),
      labels: { ...cat.labels, risk, sarcasm: cat.labels.sarcasm ?? false, lang: lang as LangHint },
    });
  });
  return items;
}

export function loadLabelledSet(name: LabelledSetName): EvalItem[] {
  return parseLabelledSet(name === 'eval' ? evalTsv : devTsv, `${name}-set.tsv`);
}

/** The evaluation set: report figures from it, never tune on it. */
export function loadEvalSet(): EvalItem[] {
  return loadLabelledSet('eval');
}

/** The development set: error analysis and promotion checks. */
export function loadDevSet(): EvalItem[] {
  return loadLabelledSet('dev');
}
