/** Classification metrics: per-class precision/recall/F1, macro averages and a confusion matrix. */

export interface ClassReport {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  labels: readonly string[];
  perClass: ClassReport[];
  accuracy: number;
  macroF1: number;
  macroRecall: number;
  weightedF1: number;
  /** confusion[gold][predicted] */
  confusion: number[][];
  n: number;
}

/** Reports over gold/predicted label pairs. Classes with no gold and no predicted item are left out of macro averages. */
export function classificationReport(gold: readonly string[], pred: readonly string[], labels: readonly string[]): ClassificationReport {
  const idx = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  gold.forEach((g, i) => {
    const gi = idx.get(g);
    const pi = idx.get(pred[i]!);
    if (gi === undefined || pi === undefined) throw new Error(`label outside the label set: ${g} / ${pred[i]}`);
    confusion[gi]![pi]!++;
    if (gi === pi) correct++;
  });
  const perClass = labels.map((label, i) => {
    const tp = confusion[i]![i]!;
    const support = confusion[i]!.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[i]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support, predicted };
  });
  const active = perClass.filter((c) => c.support > 0 || c.predicted > 0);
  const withGold = perClass.filter((c) => c.support > 0);
  const n = gold.length;
  return {
    labels,
    perClass: perClass.map(({ predicted: _p, ...c }) => c),
    accuracy: n ? correct / n : 0,
    macroF1: active.length ? active.reduce((a, c) => a + c.f1, 0) / active.length : 0,
    macroRecall: withGold.length ? withGold.reduce((a, c) => a + c.recall, 0) / withGold.length : 0,
    weightedF1: n ? perClass.reduce((a, c) => a + c.f1 * c.support, 0) / n : 0,
    confusion,
    n,
  };
}

/** F1 of one class. */
export function f1Of(report: ClassificationReport, label: string): number {
  return report.perClass.find((c) => c.label === label)?.f1 ?? 0;
}

/** Plain-text rendering for the terminal. */
export function formatReport(title: string, r: ClassificationReport): string {
  const w = Math.max(8, ...r.labels.map((l) => l.length));
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${title}  (n=${r.n}, accuracy ${pct(r.accuracy).trim()}, macro-F1 ${pct(r.macroF1).trim()})`];
  lines.push(`  ${'label'.padEnd(w)}  prec.  recall     F1  support`);
  for (const c of r.perClass) {
    if (c.support === 0 && r.confusion.every((row, gi) => row[r.labels.indexOf(c.label)] === 0 || gi < 0)) continue;
    lines.push(`  ${c.label.padEnd(w)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} ${String(c.support).padStart(8)}`);
  }
  const used = r.labels.map((_, i) => i).filter((i) => r.confusion[i]!.some((v) => v > 0) || r.confusion.some((row) => row[i]! > 0));
  lines.push(`  confusion (rows gold, columns predicted): ${used.map((i) => `${i}=${r.labels[i]}`).join(' ')}`);
  for (const gi of used) {
    lines.push(`  ${String(gi).padStart(3)} ${used.map((pi) => String(r.confusion[gi]![pi]!).padStart(5)).join('')}`);
  }
  return lines.join('\n');
}
