/** The closed label sets of triage. Every classifier, policy and console screen speaks these. */

export const NOISE_LABELS = ['none', 'spam', 'scam', 'duplicate', 'off_topic'] as const;
export type NoiseLabel = (typeof NOISE_LABELS)[number];

export const INTENT_LABELS = ['support', 'feedback', 'risk', 'engagement', 'noise'] as const;
export type IntentLabel = (typeof INTENT_LABELS)[number];

export const TOPIC_LABELS = [
  'billing', 'login_account', 'outage', 'bug', 'shipping', 'feature_request', 'onboarding', 'pricing',
  'harassment', 'threat', 'self_harm', 'scam_phishing', 'impersonation', 'misinformation', 'pr_exposure',
  'praise', 'discussion', 'ugc', 'other',
] as const;
export type TopicLabel = (typeof TOPIC_LABELS)[number];

/** Topics that carry a risk score of their own (`risk.<topic>` in policies). */
export const RISK_TOPICS = [
  'harassment', 'threat', 'self_harm', 'scam_phishing', 'impersonation', 'misinformation', 'pr_exposure',
] as const satisfies readonly TopicLabel[];
export type RiskTopic = (typeof RISK_TOPICS)[number];

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const URGENCY_LABELS = ['low', 'normal', 'high', 'critical'] as const;
export type UrgencyLabel = (typeof URGENCY_LABELS)[number];

/** A label with the classifier's confidence in it (0..1). */
export interface Scored<L extends string> {
  label: L;
  confidence: number;
}

/** What triage says about one item: every head with its confidence. */
export interface TriageLabels {
  noise: Scored<NoiseLabel>;
  intent: Scored<IntentLabel>;
  topic: Scored<TopicLabel>;
  sentiment: Scored<SentimentLabel>;
  urgency: Scored<UrgencyLabel>;
  /** 0..1 per risk topic. */
  risk: Record<RiskTopic, number>;
  sarcasm: { value: boolean; score: number };
  /** ISO 639-1 code, or 'und' when undetermined. */
  language: Scored<string>;
}
