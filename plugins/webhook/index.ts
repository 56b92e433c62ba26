/**
 * `webhook` escalation target: POSTs each escalation as JSON to a URL, signed with HMAC-SHA256
 * over timestamp and body (see signature.ts), with the outbox job's idempotency key in the
 * `Idempotency-Key` header so the receiver can drop a repeated delivery.
 */
import { definePlugin, PermanentError, RetryableError } from '../../core/plugin-api/index.ts';
import { signDelivery } from './signature.ts';

export interface WebhookConfig {
  url: string;
  secret: string;
  headers?: Record<string, string>;
  timeoutMs: number;
}

/** Statuses worth retrying: the receiver is down, busy or asks to slow down. */
const RETRYABLE = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

export default definePlugin<WebhookConfig>({
  id: 'webhook',
  version: '1.0.0',
  kind: 'escalation',
  description: 'POST signed JSON escalations to any HTTP endpoint',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['url', 'secret'],
    properties: {
      url: { type: 'string', format: 'uri', pattern: '^https?://' },
      secret: { type: 'string', minLength: 16, secret: true, description: 'shared HMAC key, at least 16 characters' },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      timeoutMs: { type: 'integer', minimum: 100, maximum: 120_000, default: 10_000 },
    },
  },
  rateLimit: { perSecond: 100, burst: 100, concurrency: 16 },
  create(ctx, config) {
    return {
      async escalate(escalation, { idempotencyKey, attempt }) {
        const body = JSON.stringify({ type: 'escalation', escalation, idempotency_key: idempotencyKey });
        const timestamp = Math.floor(ctx.now() / 1000);
        const res = await ctx.http.fetch(config.url, {
          method: 'POST',
          body,
          timeoutMs: config.timeoutMs,
          attempts: 1, // the outbox retries, with backoff, across restarts
          headers: {
            ...config.headers,
            'content-type': 'application/json',
            'user-agent': 'Steward-Webhook/1.0',
            'idempotency-key': idempotencyKey,
            'x-steward-timestamp': String(timestamp),
            'x-steward-signature': signDelivery(config.secret, timestamp, body),
            'x-steward-attempt': String(attempt),
          },
        });
        const text = await res.text().catch(() => '');
        if (res.ok) {
          let ref: unknown;
          try {
            const json = JSON.parse(text);
            ref = json?.id ?? json?.external_ref ?? json?.url;
          } catch {
            // A receiver need not answer JSON.
          }
          return { externalRef: typeof ref === 'string' || typeof ref === 'number' ? String(ref) : idempotencyKey };
        }
        const detail = `${config.url} answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
        if (RETRYABLE(res.status)) {
          const retryAfter = Number(res.headers.get('retry-after'));
          throw new RetryableError(detail, Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {});
        }
        throw new PermanentError(detail);
      },
    };
  },
});
