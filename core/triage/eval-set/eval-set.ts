/** Loads the hand-written triage evaluation set (kept apart from the seed training templates). */
import { readFileSync } from 'node:fs';
import { RISK_TOPICS, type RiskTopic } from '../labels.ts';
import type { LangHint, TrainingExample } from '../heads.ts';
import { SEED_CATEGORIES } from '../seed/seed-templates.ts';

export interface EvalItem extends TrainingExample {
  lang: LangHint;
  category: string;
}

/** Parses the TSV; label sets come from the category definitions shared with the taxonomy. */
export function parseEvalSet(tsv: string): EvalItem[] {
  const cats = new Map(SEED_CATEGORIES.map((c) => [c.id, c]));
  const items: EvalItem[] = [];
  tsv.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [lang, category, text, threadContext] = line.split('\t');
    const cat = cats.get(category ?? '');
    if (!cat || !text) throw new Error(`eval-set line ${i + 1}: unknown category or empty text`);
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

export function loadEvalSet(): EvalItem[] {
  return parseEvalSet(readFileSync(new URL('./eval-set.tsv', import.meta.url), 'utf8'));
}
