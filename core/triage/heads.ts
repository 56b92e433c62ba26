/** The model's output heads: which label set each predicts and how (one-of-n or independent scores). */
import {
  INTENT_LABELS, NOISE_LABELS, RISK_TOPICS, SENTIMENT_LABELS, TOPIC_LABELS, URGENCY_LABELS,
  type IntentLabel, type NoiseLabel, type RiskTopic, type SentimentLabel, type TopicLabel, type UrgencyLabel,
} from './labels.ts';

/**
 * Languages the internal `lang` head knows. It exists because no maintained detector recognises
 * Hindi written in Latin script (Hinglish); for everything else the detector library decides.
 */
export const LANG_HINT_LABELS = ['en', 'es', 'pt', 'de', 'hi'] as const;
export type LangHint = (typeof LANG_HINT_LABELS)[number];

export interface HeadSpec {
  name: string;
  /** softmax: exactly one label is true; sigmoid: each label is an independent 0..1 score. */
  kind: 'softmax' | 'sigmoid';
  labels: readonly string[];
}

export const HEAD_NAMES = ['noise', 'intent', 'topic', 'sentiment', 'urgency', 'risk', 'sarcasm', 'lang'] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

export const HEADS: readonly HeadSpec[] = [
  { name: 'noise', kind: 'softmax', labels: NOISE_LABELS },
  { name: 'intent', kind: 'softmax', labels: INTENT_LABELS },
  { name: 'topic', kind: 'softmax', labels: TOPIC_LABELS },
  { name: 'sentiment', kind: 'softmax', labels: SENTIMENT_LABELS },
  { name: 'urgency', kind: 'softmax', labels: URGENCY_LABELS },
  { name: 'risk', kind: 'sigmoid', labels: RISK_TOPICS },
  { name: 'sarcasm', kind: 'sigmoid', labels: ['sarcasm'] },
  { name: 'lang', kind: 'softmax', labels: LANG_HINT_LABELS },
];

/**
 * What one training example says, head by head. Any head may be missing: public datasets label
 * one or two heads each, and a moderator correction usually fixes just one.
 *
 * @example { text: 'free nitro here', labels: { noise: 'scam', risk: { scam_phishing: 1 } }, weight: 20 }
 */
export interface TrainingLabels {
  /** A list means "one of these" (public spam sets do not tell spam from scam). */
  noise?: NoiseLabel | NoiseLabel[];
  intent?: IntentLabel;
  /** A list means "one of these": everyday public chat is "any topic but threat or self-harm". */
  topic?: TopicLabel | TopicLabel[];
  sentiment?: SentimentLabel;
  urgency?: UrgencyLabel;
  risk?: Partial<Record<RiskTopic, number>>;
  sarcasm?: boolean;
  lang?: LangHint;
}

export interface TrainingExample {
  text: string;
  threadContext?: string;
  labels: TrainingLabels;
  /** Relative importance; 1 by default. Moderator corrections are given a large weight. */
  weight?: number;
}

/**
 * Target of one head for one example: a class index (softmax), a 0/1 mask of allowed classes
 * (softmax, set-valued label), or per-label 0..1 targets (sigmoid, NaN = unknown).
 */
export type HeadTarget = number | Float32Array | undefined;

export function headTarget(head: HeadSpec, labels: TrainingLabels): HeadTarget {
  switch (head.name) {
    case 'risk': {
      if (!labels.risk) return undefined;
      const t = new Float32Array(head.labels.length).fill(NaN);
      head.labels.forEach((l, i) => {
        const v = labels.risk![l as RiskTopic];
        if (v !== undefined) t[i] = v;
      });
      return t;
    }
    case 'sarcasm':
      return labels.sarcasm === undefined ? undefined : Float32Array.of(labels.sarcasm ? 1 : 0);
    default: {
      const v = labels[head.name as keyof TrainingLabels] as string | string[] | undefined;
      if (v === undefined) return undefined;
      if (Array.isArray(v)) {
        const mask = new Float32Array(head.labels.length);
        for (const l of v) {
          const i = head.labels.indexOf(l);
          if (i < 0) throw new Error(`unknown ${head.name} label "${l}"`);
          mask[i] = 1;
        }
        return mask;
      }
      const i = head.labels.indexOf(v);
      if (i < 0) throw new Error(`unknown ${head.name} label "${v}"`);
      return i;
    }
  }
}
