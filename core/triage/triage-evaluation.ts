/** Scores a model on a labelled set (evaluation or development): per head, per language, and the goals. */
import type { EvalItem } from './labelled-sets/labelled-sets.ts';
import type { TriageLabels } from './labels.ts';
import { autoCloseDecision } from './auto-close.ts';
import { LocalClassifier } from './local-classifier.ts';
import { classificationReport, type ClassificationReport } from './metrics.ts';
import type { TriageModel } from './triage-model.ts';

const SOFTMAX_HEADS = ['noise', 'intent', 'topic', 'sentiment', 'urgency'] as const;
type EvalHead = (typeof SOFTMAX_HEADS)[number];

export interface GoalFigures {
  n: number;
  intentMacroF1: number;
  /** Share of scam items labelled noise=scam. */
  scamRecall: number;
  /** Share of self-harm items flagged: topic self_harm or risk.self_harm ≥ 0.5. */
  selfHarmRecall: number;
  /** Share of threat items flagged: topic threat or risk.threat ≥ 0.5. */
  threatRecall: number;
  /** Of items labelled noise=spam, the share that is spam (NaN when none predicted). */
  spamPrecision: number;
  /** Of the items auto-closed (noise filter above its threshold), the share whose gold noise is that class. */
  autoClosePrecision: number;
  /** Share of all items the noise filter would close. */
  autoClosedShare: number;
  /** Share of items outside the threat and self-harm categories flagged as either (topic, or score ≥ 0.5): the queue cost of recall. */
  falseRiskFlags: number;
  languageAccuracy: number;
}

export interface TriageEvaluation {
  heads: Record<EvalHead, ClassificationReport>;
  overall: GoalFigures;
  byLanguage: Record<string, GoalFigures>;
  /** Sarcasm F1 and risk-topic recall at 0.5, overall. */
  sarcasmF1: number;
  predictions: TriageLabels[];
}

export const GOALS = { intentMacroF1: 0.8, scamRecall: 0.95, selfHarmRecall: 0.95, threatRecall: 0.95, spamPrecision: 0.98 } as const;

/** What the default trust-and-safety pack pages on: the topic, or a score at the bar. */
function isRiskFlag(p: TriageLabels): boolean {
  return p.topic.label === 'self_harm' || p.topic.label === 'threat' || p.risk.threat >= 0.5 || p.risk.self_harm >= 0.5;
}

function share(xs: boolean[]): number {
  return xs.length ? xs.filter(Boolean).length / xs.length : NaN;
}

function goalFigures(model: TriageModel, items: EvalItem[], preds: TriageLabels[]): GoalFigures {
  const intentIdx = items.map((_, i) => i).filter((i) => items[i]!.labels.intent !== undefined);
  const intent = classificationReport(intentIdx.map((i) => items[i]!.labels.intent!), intentIdx.map((i) => preds[i]!.intent.label), model.head('intent').spec.labels);
  const of = (cat: string) => items.map((e, i) => [e, preds[i]!] as const).filter(([e]) => e.category === cat);
  const spamPredicted = items.map((e, i) => [e, preds[i]!] as const).filter(([, p]) => p.noise.label === 'spam');
  const closed = items.map((e, i) => [e, autoCloseDecision(preds[i]!, model, e.text)] as const).filter(([, d]) => d.close);
  const ordinary = items.map((e, i) => [e, preds[i]!] as const).filter(([e]) => e.category !== 'threat' && e.category !== 'self_harm');
  return {
    n: items.length,
    intentMacroF1: intent.macroF1,
    scamRecall: share(of('scam_dm').map(([, p]) => p.noise.label === 'scam')),
    selfHarmRecall: share(of('self_harm').map(([, p]) => p.topic.label === 'self_harm' || p.risk.self_harm >= 0.5)),
    threatRecall: share(of('threat').map(([, p]) => p.topic.label === 'threat' || p.risk.threat >= 0.5)),
    spamPrecision: share(spamPredicted.map(([e]) => e.labels.noise === 'spam')),
    autoClosePrecision: share(closed.map(([e, d]) => d.close && e.labels.noise === d.reason)),
    autoClosedShare: items.length ? closed.length / items.length : NaN,
    falseRiskFlags: share(ordinary.map(([, p]) => isRiskFlag(p))),
    languageAccuracy: share(items.map((e, i) => preds[i]!.language.label === e.lang)),
  };
}

export function evaluateOnEvalSet(model: TriageModel, items: EvalItem[], classifier = new LocalClassifier(model)): TriageEvaluation {
  const preds = classifier.classifySync(items.map((e) => ({ text: e.text, threadContext: e.threadContext })));
  const heads = Object.fromEntries(SOFTMAX_HEADS.map((h) => {
    const idx = items.map((_, i) => i).filter((i) => items[i]!.labels[h] !== undefined);
    return [h, classificationReport(idx.map((i) => items[i]!.labels[h]! as string), idx.map((i) => preds[i]![h].label), model.head(h).spec.labels)];
  })) as Record<EvalHead, ClassificationReport>;
  const byLanguage: Record<string, GoalFigures> = {};
  for (const lang of [...new Set(items.map((e) => e.lang))]) {
    const idx = items.map((_, i) => i).filter((i) => items[i]!.lang === lang);
    byLanguage[lang] = goalFigures(model, idx.map((i) => items[i]!), idx.map((i) => preds[i]!));
  }
  const sarc = classificationReport(items.map((e) => String(e.labels.sarcasm ?? false)), preds.map((p) => String(p.sarcasm.value)), ['false', 'true']);
  return { heads, overall: goalFigures(model, items, preds), byLanguage, sarcasmF1: sarc.perClass[1]!.f1, predictions: preds };
}

/** Table of the goal figures, overall and per language, each marked met / not met. */
export function formatGoals(ev: TriageEvaluation): string {
  const rows = [['all', ev.overall] as const, ...Object.entries(ev.byLanguage)];
  const pct = (x: number) => (Number.isNaN(x) ? '   n/a' : (x * 100).toFixed(1).padStart(6));
  const mark = (x: number, goal: number) => (Number.isNaN(x) ? ' ' : x >= goal ? '✓' : '✗');
  const lines = [`  lang     n  intent-mF1   scam-rec  selfharm-rec  threat-rec  spam-prec   lang-acc   auto-closed (precision)   false risk flags`];
  for (const [lang, g] of rows) {
    lines.push(`  ${lang.padEnd(4)} ${String(g.n).padStart(5)}  ${pct(g.intentMacroF1)} ${mark(g.intentMacroF1, GOALS.intentMacroF1)}   ${pct(g.scamRecall)} ${mark(g.scamRecall, GOALS.scamRecall)}     ${pct(g.selfHarmRecall)} ${mark(g.selfHarmRecall, GOALS.selfHarmRecall)}   ${pct(g.threatRecall)} ${mark(g.threatRecall, GOALS.threatRecall)}  ${pct(g.spamPrecision)} ${mark(g.spamPrecision, GOALS.spamPrecision)}   ${pct(g.languageAccuracy)}    ${pct(g.autoClosedShare)} (${pct(g.autoClosePrecision).trim()})        ${pct(g.falseRiskFlags)}`);
  }
  lines.push(`  goals: intent macro-F1 ≥ ${GOALS.intentMacroF1}, scam recall ≥ ${GOALS.scamRecall}, self-harm and threat recall ≥ ${GOALS.threatRecall}, spam precision ≥ ${GOALS.spamPrecision}`);
  lines.push('  auto-closed: share of items the noise filter closes, and the share of those whose gold noise is the closing reason;');
  lines.push('  false risk flags: share of items outside the threat and self-harm categories read as either (topic, or score ≥ 0.5)');
  return lines.join('\n');
}
