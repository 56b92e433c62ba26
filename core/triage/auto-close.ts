/** Auto-close of noise: per-class confidence thresholds tuned on validation data to a precision target. */
import type { NoiseLabel, TriageLabels } from './labels.ts';
import { isScamReport } from './safety-signals.ts';
import type { AutoCloseThresholds, TriageModel } from './triage-model.ts';

export type AutoCloseDecision = { close: true; reason: Exclude<NoiseLabel, 'none'>; threshold: number } | { close: false };

/**
 * Whether an item may be closed without a human, from its labels and the thresholds stored in
 * the model. Items with a threat or self-harm score of 0.5 or more are never auto-closed, even
 * when they also look like spam: a missed cry for help costs more than a moderator's minute.
 * A report of a scam is never closed as scam or spam either: the intent head saying "risk"
 * marks a member talking to the team, and when the text is given, `isScamReport` reads it
 * ("is this DM legit?", "someone sent me this link, be careful"). And a scam is closed only when
 * the topic head agrees that it is one (`scam_phishing`): a report of an impersonator ("a bot with
 * your logo and avatar makes people connect wallets, ban it") carries the scam's words, and the
 * noise head alone closed such reports at 0.90 (development set: 4 of 194 scam closures wrong,
 * all four fixed by this check for 4 fewer closures).
 *
 * @example autoCloseDecision(labels, model, item.text) // { close: true, reason: 'spam', threshold: 0.93 }
 */
export function autoCloseDecision(labels: TriageLabels, model: TriageModel | { meta: { autoClose: AutoCloseThresholds } }, text?: string): AutoCloseDecision {
  const noise = labels.noise.label;
  if (noise === 'none') return { close: false };
  if (labels.risk.threat >= 0.5 || labels.risk.self_harm >= 0.5) return { close: false };
  if ((noise === 'scam' || noise === 'spam') && (labels.intent.label === 'risk' || (text !== undefined && isScamReport(text)))) return { close: false };
  if (noise === 'scam' && labels.topic.label !== 'scam_phishing') return { close: false };
  const threshold = model.meta.autoClose[noise];
  if (threshold === undefined || labels.noise.confidence < threshold) return { close: false };
  return { close: true, reason: noise, threshold };
}

export interface ThresholdPoint {
  /** Probability the model gave the class. */
  score: number;
  /** Whether the gold label is that class. */
  positive: boolean;
}

/**
 * Lowest threshold whose precision on the points at or above it meets `target`, with at least
 * `minPositives` true positives above it (so one lucky item does not set a threshold). Returns
 * undefined when no threshold qualifies: that class is then never auto-closed.
 */
export function tuneThreshold(points: ThresholdPoint[], target: number, minPositives = 10): number | undefined {
  const sorted = [...points].sort((a, b) => b.score - a.score);
  let tp = 0;
  let fp = 0;
  let best: number | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (p.positive) tp++;
    else fp++;
    // Only cut between distinct scores: ties fall on the same side of a threshold.
    if (i + 1 < sorted.length && sorted[i + 1]!.score === p.score) continue;
    if (tp >= minPositives && tp / (tp + fp) >= target && p.score >= 0.5) best = p.score;
  }
  return best;
}
