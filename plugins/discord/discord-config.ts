// The Discord plugin's config: its JSON Schema (checked by the host with ajv before create()
// runs, defaults filled in) and the matching type.
import type { ConfigSchema } from '../../core/plugin-api/index.ts';
import { DEFAULT_INTENTS } from './discord-types.ts';

export interface DiscordConfig {
  botToken: string;
  /** Servers to watch; empty = every server the bot is in. */
  guildIds: string[];
  /** Channels (or thread parents) to watch; empty = every channel the bot can read. */
  channelIds: string[];
  includeDirectMessages: boolean;
  apiBaseUrl: string;
  /** The gateway URL; when absent it is asked for with GET /gateway/bot. */
  gatewayUrl?: string;
  intents: number;
  leaseTtlMs: number;
  /** How often the resumable session and the learnt channel map are saved. */
  checkpointIntervalMs: number;
  reidentifyDelayMs: { min: number; max: number };
  reconnectBackoffMs: { initial: number; max: number };
  /** A rate-limit wait longer than this is handed back to the outbox as RetryableError. */
  maxInlineRateLimitWaitMs: number;
  defaultTimeoutSeconds: number;
  banDeleteMessageSeconds: number;
  mentionAuthorOnReply: boolean;
  userAgent: string;
}

const snowflake = { type: 'string', pattern: '^[0-9]{5,20}$' } as const;

export const DISCORD_CONFIG_SCHEMA: ConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['botToken'],
  properties: {
    botToken: { type: 'string', minLength: 20, secret: true, description: 'Bot token from the Developer Portal (Bot → Reset Token)' },
    guildIds: { type: 'array', items: snowflake, default: [], description: 'Server ids to watch; empty for every server the bot is in' },
    channelIds: { type: 'array', items: snowflake, default: [], description: 'Channel ids to watch (a thread counts when its parent is listed); empty for all' },
    includeDirectMessages: { type: 'boolean', default: true },
    apiBaseUrl: { type: 'string', pattern: '^https?://', default: 'https://discord.com/api/v10' },
    gatewayUrl: { type: 'string', pattern: '^wss?://', description: 'Defaults to the URL GET /gateway/bot returns' },
    intents: { type: 'integer', minimum: 0, default: DEFAULT_INTENTS, description: 'Gateway intents bitfield; 37377 = GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT' },
    leaseTtlMs: { type: 'integer', minimum: 150, maximum: 600_000, default: 30_000 },
    checkpointIntervalMs: { type: 'integer', minimum: 50, maximum: 600_000, default: 5_000 },
    reidentifyDelayMs: {
      type: 'object',
      additionalProperties: false,
      required: ['min', 'max'],
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
      default: { min: 1000, max: 5000 },
    },
    reconnectBackoffMs: {
      type: 'object',
      additionalProperties: false,
      required: ['initial', 'max'],
      properties: { initial: { type: 'integer', minimum: 1 }, max: { type: 'integer', minimum: 1 } },
      default: { initial: 1000, max: 60_000 },
    },
    maxInlineRateLimitWaitMs: { type: 'integer', minimum: 0, maximum: 60_000, default: 5_000 },
    defaultTimeoutSeconds: { type: 'integer', minimum: 1, maximum: 2_419_200, default: 3600 },
    banDeleteMessageSeconds: { type: 'integer', minimum: 0, maximum: 604_800, default: 0 },
    mentionAuthorOnReply: { type: 'boolean', default: false },
    userAgent: { type: 'string', pattern: '^DiscordBot \\(.+, .+\\)', default: 'DiscordBot (https://github.com/steward-oss/steward, 0.1.0)' },
  },
};
