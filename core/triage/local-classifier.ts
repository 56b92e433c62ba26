/** The built-in offline classifier: the shipped multi-head model plus language detection. */
import type { Classifier, ClassifierOutcome, ClassifyInput } from './classifier.ts';
import { detectLanguage, LANGUAGE_GATE } from './language.ts';
import { RISK_TOPICS, type RiskTopic, type TriageLabels } from './labels.ts';
import type { LangHint } from './heads.ts';
import type { TriageModel } from './triage-model.ts';
import { applySafetySignals, detectSafetySignals } from './safety-signals.ts';

interface HeadSlot {
  offset: number;
  labels: readonly string[];
}

export class LocalClassifier implements Classifier {
  readonly id = 'local';
  // Head positions resolved once: labelsFrom runs per item on the hot path.
  private readonly slots: Record<'noise' | 'intent' | 'topic' | 'sentiment' | 'urgency' | 'lang', HeadSlot>;
  private readonly riskOffsets: number[];
  private readonly sarcasmOffset: number;
  /** Output positions of the self-harm and threat topic and risk scores, which the safety layer may cap. */
  private readonly safetyOutputs: { selfHarm: [number, number]; threat: [number, number] };

  /**
   * @param languageGate see LANGUAGE_GATE; above 1 always runs the language detector.
   * @param safetyLayer merge the phrase signals of `safety-signals.ts` (off only to measure the bare model).
   */
  constructor(
    readonly model: TriageModel,
    private readonly languageGate = LANGUAGE_GATE,
    private readonly safetyLayer = true,
    /** See requireRiskSupport; 0 turns the check off. */
    private readonly topicRiskSupport = TOPIC_RISK_SUPPORT,
  ) {
    const slot = (name: string): HeadSlot => {
      const { spec, offset } = model.head(name);
      return { offset, labels: spec.labels };
    };
    this.slots = { noise: slot('noise'), intent: slot('intent'), topic: slot('topic'), sentiment: slot('sentiment'), urgency: slot('urgency'), lang: slot('lang') };
    const risk = model.head('risk');
    this.riskOffsets = RISK_TOPICS.map((t) => risk.offset + risk.spec.labels.indexOf(t));
    this.sarcasmOffset = model.head('sarcasm').offset;
    const topicAt = (t: string) => this.slots.topic.offset + this.slots.topic.labels.indexOf(t);
    const riskAt = (t: RiskTopic) => this.riskOffsets[RISK_TOPICS.indexOf(t)]!;
    this.safetyOutputs = { selfHarm: [topicAt('self_harm'), riskAt('self_harm')], threat: [topicAt('threat'), riskAt('threat')] };
  }

  async classify(inputs: ClassifyInput[]): Promise<ClassifierOutcome[]> {
    return this.classifySync(inputs).map((labels) => ({ outcome: 'ok', labels, modelVersion: this.model.meta.version }));
  }

  /** Synchronous core, used by the CLI, the bench and the evaluation. */
  classifySync(inputs: readonly ClassifyInput[]): TriageLabels[] {
    const out = new Float32Array(this.model.outputs);
    return inputs.map((input) => {
      this.model.predict(this.model.featurize(input.text, input.threadContext), out);
      return this.labelsFrom(input.text, out);
    });
  }

  /** Turns per-output probabilities into labels with confidences. */
  labelsFrom(text: string, p: Float32Array): TriageLabels {
    const signals = this.safetyLayer ? detectSafetySignals(text) : undefined;
    // An idiom or game talk explains the model's flag away: keep it under the bar, and let the
    // next best topic win ("this bug is killing me" is a bug report, not a threat).
    if (signals?.explained.selfHarm) this.explainAway(p, this.safetyOutputs.selfHarm);
    if (signals?.explained.threat) this.explainAway(p, this.safetyOutputs.threat);
    this.requireRiskSupport(p, this.safetyOutputs.selfHarm);
    this.requireRiskSupport(p, this.safetyOutputs.threat);
    const top = (s: HeadSlot) => scored(p, s, argmax(p, s));
    const risk = {} as Record<RiskTopic, number>;
    RISK_TOPICS.forEach((t, i) => (risk[t] = round(p[this.riskOffsets[i]!]!)));
    const sarcasm = round(p[this.sarcasmOffset]!);
    const lang = top(this.slots.lang);
    const labels: TriageLabels = {
      noise: this.noiseLabel(p) as TriageLabels['noise'],
      intent: top(this.slots.intent) as TriageLabels['intent'],
      topic: top(this.slots.topic) as TriageLabels['topic'],
      sentiment: top(this.slots.sentiment) as TriageLabels['sentiment'],
      urgency: top(this.slots.urgency) as TriageLabels['urgency'],
      risk,
      sarcasm: { value: sarcasm >= 0.5, score: sarcasm },
      language: detectLanguage(text, lang.label as LangHint, lang.confidence, this.languageGate),
    };
    return signals ? applySafetySignals(labels, text, signals) : labels;
  }

  /**
   * The noise head's best label, except that "spam" needs the intent head to agree that the item
   * is noise; otherwise the next best label stands (almost always "none", so the item stays in the
   * queue for a human). Promotion and ordinary messages share words (a promo code that did not
   * apply, a creator's own guide, a streamer's audience, a price); when the member is asking for
   * help, giving feedback or talking to the community, the intent head says so. On the development
   * set (5,812 items) spam precision 95.7 → 98.6 for 1.3 points of recall; a confidence bar of 0.7
   * instead (shipped before) gave 98.0 for 1.8 points, both together 99.1 for 2.4 points.
   */
  private noiseLabel(p: Float32Array): { label: string; confidence: number } {
    const noise = this.slots.noise;
    let best = argmax(p, noise);
    const intent = this.slots.intent;
    if (noise.labels[best] === 'spam' && intent.labels[argmax(p, intent)] !== 'noise') best = argmax(p, noise, best);
    return scored(p, noise, best);
  }

  /**
   * The topic head may name self-harm or threat only when the risk head gives it some support.
   * The topic head once learnt those classes from the seed set alone and named one of them for
   * about 1 in 4 ordinary SMS and tweets; public everyday text now teaches it otherwise
   * (public-datasets.ts), and this check removes most of what remains (development set: false
   * flags 3.3% → 2.9% for 1 point of recall).
   */
  private requireRiskSupport(p: Float32Array, [topic, risk]: [number, number]): void {
    if (p[risk]! < this.topicRiskSupport) p[topic] = 0;
  }

  private explainAway(p: Float32Array, [topic, risk]: [number, number]): void {
    p[topic] = 0;
    if (p[risk]! > EXPLAINED_RISK_CAP) p[risk] = EXPLAINED_RISK_CAP;
  }
}

/**
 * Risk score (self-harm or threat) below which the topic head may not name that topic. Chosen on
 * the development set (0.1); raised to 0.2 with the seventh seed batch: on the development set's
 * sixth and seventh batches 0.1 → 0.2 took public SMS and tweet false flags 3.3% → 2.9% (our
 * ceiling is 3%) for 0.7 points of self-harm recall; 0.3 gave 2.6% for one more point of threat
 * recall. See docs/model-card.md, "Risk recall calibration".
 */
export const TOPIC_RISK_SUPPORT = 0.2;

/** Below the 0.5 "flag for a human" bar, yet visible as elevated in the item's scores. */
const EXPLAINED_RISK_CAP = 0.45;

/** Index of the highest output of a head, optionally leaving one index out. */
function argmax(p: Float32Array, { offset, labels }: HeadSlot, except = -1): number {
  let best = except === 0 ? 1 : 0;
  for (let j = best + 1; j < labels.length; j++) if (j !== except && p[offset + j]! > p[offset + best]!) best = j;
  return best;
}

function scored(p: Float32Array, { offset, labels }: HeadSlot, j: number): { label: string; confidence: number } {
  return { label: labels[j]!, confidence: round(p[offset + j]!) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
