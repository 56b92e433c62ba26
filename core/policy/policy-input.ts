/**
 * The object every policy expression sees: one classified, enriched item. Every field has a
 * default, so an expression never meets `undefined` — a rule written against a field the
 * pipeline did not fill sees the neutral value documented in docs/policies.md instead.
 */
import {
  INTENT_LABELS, NOISE_LABELS, RISK_TOPICS, SENTIMENT_LABELS, TOPIC_LABELS, URGENCY_LABELS,
  type RiskTopic, type TriageLabels,
} from '../triage/labels.ts';

export const LABEL_HEADS = ['noise', 'intent', 'topic', 'sentiment', 'urgency', 'language'] as const;
export type LabelHead = (typeof LABEL_HEADS)[number];

export interface PolicyItem {
  id: string;
  channel: string;
  external_id: string;
  text: string;
  visibility: 'public' | 'private';
  url: string;
  /** RFC 3339. */
  created_at: string;
  thread_external_id: string;
  parent_external_id: string;
  attachments_count: number;
}

export interface PolicyLabels {
  /** False when no classifier produced labels; every label is then its neutral default. */
  classified: boolean;
  noise: string;
  intent: string;
  topic: string;
  sentiment: string;
  urgency: string;
  /** ISO 639-1 code or 'und'. */
  language: string;
  confidence: Record<LabelHead, number>;
  risk: Record<RiskTopic, number>;
  sarcasm: boolean;
  sarcasm_score: number;
  /** The classifier's verdict that the noise confidence passed the model's auto-close threshold. */
  auto_close: boolean;
  /** Why the classifier would auto-close ('spam', 'duplicate', …); '' when auto_close is false. */
  auto_close_reason: string;
}

export interface PolicyAuthor {
  external_id: string;
  handle: string;
  is_new: boolean;
  prior_items: number;
  prior_flags: number;
  roles: string[];
}

export interface PolicyThread {
  reply_count: number;
  participants: number;
}

export interface PolicyCluster {
  size: number;
  incident: boolean;
}

/** What rules see. Plain JSON: it can be stored, replayed and written in policy tests. */
export interface PolicyInput {
  item: PolicyItem;
  labels: PolicyLabels;
  author: PolicyAuthor;
  thread: PolicyThread;
  cluster: PolicyCluster;
}

/** Any subset of a PolicyInput; missing fields take their defaults. */
export type PolicyInputPatch = {
  item?: Partial<PolicyItem>;
  labels?: Partial<Omit<PolicyLabels, 'confidence' | 'risk'>> & {
    confidence?: Partial<Record<LabelHead, number>>;
    risk?: Partial<Record<RiskTopic, number>>;
  };
  author?: Partial<PolicyAuthor>;
  thread?: Partial<PolicyThread>;
  cluster?: Partial<PolicyCluster>;
};

/** Field name → CEL type, per section. The CEL environment and the docs are built from this. */
export const POLICY_INPUT_FIELDS = {
  item: {
    id: 'string', channel: 'string', external_id: 'string', text: 'string', visibility: 'string',
    url: 'string', created_at: 'string', thread_external_id: 'string', parent_external_id: 'string',
    attachments_count: 'int',
  },
  labels: {
    classified: 'bool', noise: 'string', intent: 'string', topic: 'string', sentiment: 'string',
    urgency: 'string', language: 'string', confidence: 'LabelConfidence', risk: 'LabelRisk',
    sarcasm: 'bool', sarcasm_score: 'double', auto_close: 'bool', auto_close_reason: 'string',
  },
  author: {
    external_id: 'string', handle: 'string', is_new: 'bool', prior_items: 'int', prior_flags: 'int',
    roles: 'list<string>',
  },
  thread: { reply_count: 'int', participants: 'int' },
  cluster: { size: 'int', incident: 'bool' },
} as const;

export const POLICY_SECTIONS = Object.keys(POLICY_INPUT_FIELDS) as (keyof typeof POLICY_INPUT_FIELDS)[];

/** The closed value sets of string labels, used to reject `labels.topic == "biling"` at load. */
export const LABEL_VALUES: Record<string, readonly string[]> = {
  'labels.noise': NOISE_LABELS,
  'labels.intent': INTENT_LABELS,
  'labels.topic': TOPIC_LABELS,
  'labels.sentiment': SENTIMENT_LABELS,
  'labels.urgency': URGENCY_LABELS,
  'item.visibility': ['public', 'private'],
};

function zeroRisk(): Record<RiskTopic, number> {
  const risk = {} as Record<RiskTopic, number>;
  for (const t of RISK_TOPICS) risk[t] = 0;
  return risk;
}

function zeroConfidence(): Record<LabelHead, number> {
  const c = {} as Record<LabelHead, number>;
  for (const h of LABEL_HEADS) c[h] = 0;
  return c;
}

/** The neutral input: an unclassified, empty public item by an unknown author. */
export function defaultPolicyInput(): PolicyInput {
  return {
    item: {
      id: '', channel: '', external_id: '', text: '', visibility: 'public', url: '',
      created_at: '1970-01-01T00:00:00.000Z', thread_external_id: '', parent_external_id: '',
      attachments_count: 0,
    },
    labels: {
      classified: false, noise: 'none', intent: 'support', topic: 'other', sentiment: 'neutral',
      urgency: 'normal', language: 'und', confidence: zeroConfidence(), risk: zeroRisk(),
      sarcasm: false, sarcasm_score: 0, auto_close: false, auto_close_reason: '',
    },
    author: { external_id: '', handle: '', is_new: false, prior_items: 0, prior_flags: 0, roles: [] },
    thread: { reply_count: 0, participants: 0 },
    cluster: { size: 1, incident: false },
  };
}

/**
 * Fills every missing field with its default. Unknown keys are dropped, values of the wrong
 * type are replaced by the default (an expected failure of upstream data must not make every
 * rule error), and numbers are clamped to finite values.
 */
export function normalizePolicyInput(patch: PolicyInputPatch | PolicyInput | undefined): PolicyInput {
  const out = defaultPolicyInput();
  if (!patch || typeof patch !== 'object') return out;
  mergeSection(out.item as unknown as Record<string, unknown>, patch.item);
  const labels = patch.labels as Record<string, unknown> | undefined;
  mergeSection(out.labels as unknown as Record<string, unknown>, labels, ['confidence', 'risk']);
  if (labels && typeof labels === 'object') {
    mergeSection(out.labels.confidence, labels.confidence);
    mergeSection(out.labels.risk, labels.risk);
    if (patch.labels && !('classified' in patch.labels)) out.labels.classified = true;
  }
  mergeSection(out.author as unknown as Record<string, unknown>, patch.author);
  mergeSection(out.thread as unknown as Record<string, unknown>, patch.thread);
  mergeSection(out.cluster as unknown as Record<string, unknown>, patch.cluster);
  if (out.item.visibility !== 'public' && out.item.visibility !== 'private') out.item.visibility = 'public';
  return out;
}

function mergeSection(target: Record<string, unknown>, source: unknown, skip: string[] = []): void {
  if (!source || typeof source !== 'object') return;
  const src = source as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    if (skip.includes(key) || !(key in src)) continue;
    const value = src[key];
    const fallback = target[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value)) target[key] = value.filter((v) => typeof v === 'string');
    } else if (typeof fallback === 'number') {
      const n = typeof value === 'bigint' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) target[key] = n;
    } else if (typeof value === typeof fallback) {
      target[key] = value;
    } else if (typeof fallback === 'string' && value instanceof Date) {
      target[key] = value.toISOString();
    } else if (key === 'created_at' && typeof value === 'number') {
      target[key] = new Date(value).toISOString();
    }
  }
}

/** Extra verdicts the classifier computes next to the labels. */
export interface AutoCloseVerdict {
  auto_close: boolean;
  auto_close_reason?: string;
}

/** Flattens triage's `TriageLabels` into the labels view policies see. */
export function labelsFromTriage(labels: TriageLabels, verdict?: AutoCloseVerdict): PolicyLabels {
  const risk = zeroRisk();
  for (const t of RISK_TOPICS) risk[t] = labels.risk?.[t] ?? 0;
  return {
    classified: true,
    noise: labels.noise.label,
    intent: labels.intent.label,
    topic: labels.topic.label,
    sentiment: labels.sentiment.label,
    urgency: labels.urgency.label,
    language: labels.language.label,
    confidence: {
      noise: labels.noise.confidence,
      intent: labels.intent.confidence,
      topic: labels.topic.confidence,
      sentiment: labels.sentiment.confidence,
      urgency: labels.urgency.confidence,
      language: labels.language.confidence,
    },
    risk,
    sarcasm: labels.sarcasm.value,
    sarcasm_score: labels.sarcasm.score,
    auto_close: verdict?.auto_close ?? false,
    auto_close_reason: verdict?.auto_close ? (verdict.auto_close_reason ?? labels.noise.label) : '',
  };
}
