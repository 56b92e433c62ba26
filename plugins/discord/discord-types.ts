// Shared types and constants for the Discord protocol modules. They take their dependencies
// (fetch, logger, sleep) as constructor parameters, so tests drive them against the fakes directly.
import { abortableSleep, type PluginLogger } from '../../core/plugin-api/index.ts';

/** The plugin's structured logger. Never pass the token in the fields. */
export type Logger = PluginLogger;

/** The subset of `fetch` the REST client uses; the plugin host's HTTP client must satisfy it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Abortable sleep; injected so tests and the host can control time. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const defaultSleep: Sleep = abortableSleep;

/** Gateway intent bits (docs/channel-wire-formats.md §1.3). */
export const GatewayIntents = {
  GUILDS: 1 << 0,
  GUILD_MEMBERS: 1 << 1,
  GUILD_MODERATION: 1 << 2,
  GUILD_MESSAGES: 1 << 9,
  DIRECT_MESSAGES: 1 << 12,
  MESSAGE_CONTENT: 1 << 15,
} as const;

/**
 * Default intents: GUILD_MESSAGES | MESSAGE_CONTENT | DIRECT_MESSAGES, plus GUILDS which §1.8
 * asks for ("Intents 512 and 32768 (plus 1)") so guild/channel metadata arrives. = 37377.
 */
export const DEFAULT_INTENTS =
  GatewayIntents.GUILDS | GatewayIntents.GUILD_MESSAGES | GatewayIntents.MESSAGE_CONTENT | GatewayIntents.DIRECT_MESSAGES;

/** Close codes after which reconnecting would be a loop (§1.2 close-code table). */
export const FATAL_CLOSE_CODES = {
  4004: 'Authentication failed: the bot token is wrong',
  4010: 'Invalid shard',
  4011: 'Sharding required',
  4012: 'Invalid API version',
  4013: 'Invalid intent(s): the intents bitfield is malformed',
  4014: 'Disallowed intent(s): enable the privileged intents (e.g. MESSAGE CONTENT) in the Developer Portal',
} as const satisfies Record<number, string>;

export type FatalCloseCode = keyof typeof FATAL_CLOSE_CODES;

/** Close codes that end the session: reconnect with a fresh IDENTIFY, not RESUME (§1.2 table). */
export const REIDENTIFY_CLOSE_CODES: readonly number[] = [4007, 4009];

export interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

/** A dispatch (op 0) as handed to the plugin: event name, sequence number and data. */
export interface GatewayDispatch {
  t: string;
  s: number;
  d: unknown;
}
