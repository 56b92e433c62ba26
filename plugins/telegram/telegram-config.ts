// The Telegram plugin's config: its JSON Schema (checked by the host with ajv before create()
// runs, defaults filled in) and the matching type.
import type { ConfigSchema } from '../../core/plugin-api/index.ts';

export interface TelegramConfig {
  botToken: string;
  apiRoot: string;
  mode: 'polling' | 'webhook';
  /** Webhook mode: the public URL Telegram posts to, i.e. https://<steward>/hooks/<instance-id>. */
  webhookUrl?: string;
  /** Webhook mode: sent back by Telegram in X-Telegram-Bot-Api-Secret-Token. */
  webhookSecret?: string;
  /** Chats to watch; empty = every chat the bot is in. */
  chatIds: number[];
  /** Ask for chat_member updates (joins, leaves, bans); the bot must be an admin to get them. */
  memberUpdates: boolean;
  pollTimeoutS: number;
  leaseTtlMs: number;
  errorBackoffMs: { initial: number; max: number };
  /** A retry_after longer than this on an action is handed back to the outbox as RetryableError. */
  maxInlineRetryAfterS: number;
  defaultRestrictSeconds: number;
}

export const TELEGRAM_CONFIG_SCHEMA: ConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['botToken'],
  properties: {
    botToken: { type: 'string', pattern: '^[0-9]+:[A-Za-z0-9_-]+$', secret: true, description: 'The token @BotFather gave, e.g. 123456:ABC-DEF…' },
    apiRoot: { type: 'string', pattern: '^https?://', default: 'https://api.telegram.org' },
    mode: { type: 'string', enum: ['polling', 'webhook'], default: 'polling' },
    webhookUrl: { type: 'string', pattern: '^https?://', description: 'Public URL of /hooks/<instance-id>; Telegram accepts ports 443, 80, 88 and 8443' },
    webhookSecret: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,256}$', secret: true },
    chatIds: { type: 'array', items: { type: 'integer' }, default: [] },
    memberUpdates: { type: 'boolean', default: false },
    pollTimeoutS: { type: 'integer', minimum: 1, maximum: 50, default: 30 },
    leaseTtlMs: { type: 'integer', minimum: 150, maximum: 600_000, default: 30_000 },
    errorBackoffMs: {
      type: 'object',
      additionalProperties: false,
      required: ['initial', 'max'],
      properties: { initial: { type: 'integer', minimum: 1 }, max: { type: 'integer', minimum: 1 } },
      default: { initial: 1000, max: 30_000 },
    },
    maxInlineRetryAfterS: { type: 'integer', minimum: 0, maximum: 60, default: 5 },
    defaultRestrictSeconds: { type: 'integer', minimum: 30, maximum: 31_622_400, default: 3600 },
  },
  // Webhook mode cannot run without the URL to register and the secret to check.
  if: { properties: { mode: { const: 'webhook' } }, required: ['mode'] },
  then: { required: ['webhookUrl', 'webhookSecret'] },
};

/** Update types asked for explicitly on every getUpdates/setWebhook: omitting the list keeps Telegram's previous setting (§2.2). */
export function allowedUpdates(config: TelegramConfig): string[] {
  return ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'my_chat_member', ...(config.memberUpdates ? ['chat_member'] : [])];
}
