/** JSON Schema of the optional Hugging Face classifier's config, checked with ajv at start-up. */
import { INTENT_LABELS, NOISE_LABELS, SENTIMENT_LABELS, TOPIC_LABELS, URGENCY_LABELS } from './labels.ts';

/**
 * @example
 * { "task": "zero-shot-classification", "endpointUrl": "http://tei.internal:8080", "head": "topic",
 *   "labels": { "a threat of violence": "threat", "a billing problem": "billing" }, "timeoutMs": 3000 }
 */
export const HUGGINGFACE_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['task', 'head', 'labels'],
  anyOf: [{ required: ['model'] }, { required: ['endpointUrl'] }],
  properties: {
    task: { enum: ['zero-shot-classification', 'text-classification'] },
    model: { type: 'string', minLength: 1 },
    endpointUrl: { type: 'string', pattern: '^https?://' },
    accessToken: { type: 'string', secret: true },
    head: { enum: ['noise', 'intent', 'topic', 'sentiment', 'urgency'] },
    labels: {
      type: 'object',
      minProperties: 1,
      additionalProperties: { enum: [...new Set([...NOISE_LABELS, ...INTENT_LABELS, ...TOPIC_LABELS, ...SENTIMENT_LABELS, ...URGENCY_LABELS])] },
    },
    hypothesisTemplate: { type: 'string' },
    batchSize: { type: 'integer', minimum: 1, maximum: 64 },
    timeoutMs: { type: 'integer', minimum: 50, maximum: 60000 },
    minScore: { type: 'number', minimum: 0, maximum: 1 },
  },
} as const;
