/** Promotion check: a candidate model replaces the current one only if it is not worse on the evaluation set. */
import type { EvalItem } from './labelled-sets/labelled-sets.ts';
import { evaluateOnEvalSet, type GoalFigures } from './triage-evaluation.ts';
import type { TriageModel } from './triage-model.ts';

export interface ModelComparison {
  promote: boolean;
  tolerance: number;
  current: { version: string; figures: Record<string, number> };
  candidate: { version: string; figures: Record<string, number> };
  /** Figures where the candidate is worse than current by more than the tolerance. */
  regressions: { metric: string; current: number; candidate: number }[];
}

function figures(model: TriageModel, evalSet: EvalItem[]): Record<string, number> {
  const ev = evaluateOnEvalSet(model, evalSet);
  const g: GoalFigures = ev.overall;
  const out: Record<string, number> = {
    'intent.macroF1': g.intentMacroF1,
    'noise.macroF1': ev.heads.noise.macroF1,
    'topic.macroF1': ev.heads.topic.macroF1,
    'urgency.macroF1': ev.heads.urgency.macroF1,
    'sentiment.macroF1': ev.heads.sentiment.macroF1,
    'scam.recall': g.scamRecall,
    'self_harm.recall': g.selfHarmRecall,
    'threat.recall': g.threatRecall,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => !Number.isNaN(v)));
}

/**
 * Compares two models on the same labelled set. Every figure (head macro-F1s and the safety
 * recalls) may drop by at most `tolerance` (absolute, default 0.01); one larger drop blocks
 * promotion, so a correction that fixes one item cannot silently break a class.
 *
 * @example const c = compareModels(current, candidate, loadEvalSet()); if (c.promote) await saveModel(path, candidate);
 */
export function compareModels(current: TriageModel, candidate: TriageModel, evalSet: EvalItem[], tolerance = 0.01): ModelComparison {
  const a = figures(current, evalSet);
  const b = figures(candidate, evalSet);
  const regressions = Object.keys(a)
    .filter((k) => b[k] !== undefined && b[k]! < a[k]! - tolerance)
    .map((metric) => ({ metric, current: a[metric]!, candidate: b[metric]! }));
  return {
    promote: regressions.length === 0,
    tolerance,
    current: { version: current.meta.version, figures: a },
    candidate: { version: candidate.meta.version, figures: b },
    regressions,
  };
}
