// Constants and payload builders shared by the fake Discord gateway and REST halves.
// Shapes follow docs/channel-wire-formats.md §1.2–§1.5; snowflakes are always strings (§0.1).

/** Intent bits (§1.3). */
export const Intents = {
  GUILDS: 1 << 0,
  GUILD_MEMBERS: 1 << 1,
  GUILD_MODERATION: 1 << 2,
  GUILD_PRESENCES: 1 << 8,
  GUILD_MESSAGES: 1 << 9,
  DIRECT_MESSAGES: 1 << 12,
  MESSAGE_CONTENT: 1 << 15,
  AUTO_MODERATION_EXECUTION: 1 << 21,
} as const;

/** Privileged intents: requesting one that is "not enabled in the portal" closes with 4014 (§1.3). */
export const PRIVILEGED_INTENTS = Intents.GUILD_MEMBERS | Intents.GUILD_PRESENCES | Intents.MESSAGE_CONTENT;

/** Every intent bit Discord defines today (0–25 minus retired ones); anything else is a bad bitfield → 4013. */
export const ALL_KNOWN_INTENTS = (1 << 26) - 1;

/** Close codes after which a client must stop (§1.2 table). */
export const FATAL_CLOSE_CODES = [4004, 4010, 4011, 4012, 4013, 4014] as const;

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A realistic snowflake: timestamp << 22 | increment, serialised as a string. */
export function snowflake(now: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export interface DiscordUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export function makeUser(partial: Partial<DiscordUser> & { id?: string } = {}): DiscordUser {
  const id = partial.id ?? snowflake();
  return {
    id,
    username: partial.username ?? `user_${id.slice(-4)}`,
    // "0" marks a migrated unique username (§1.4, change-log "Unique usernames").
    discriminator: partial.discriminator ?? '0',
    global_name: partial.global_name ?? null,
    avatar: partial.avatar ?? null,
    ...(partial.bot !== undefined ? { bot: partial.bot } : {}),
  };
}

export interface DiscordAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

/** The gateway/REST message object (§1.4, `resources/message.mdx`). */
export interface DiscordMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  channel_type?: number;
  author: DiscordUser;
  member?: Record<string, unknown>;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: DiscordUser[];
  mention_roles: string[];
  attachments: DiscordAttachment[];
  embeds: unknown[];
  components: unknown[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  message_reference?: { message_id?: string; channel_id?: string; guild_id?: string; type?: number };
  referenced_message?: DiscordMessage | null;
  sticker_items?: unknown[];
  poll?: unknown;
  nonce?: string | number;
}

/** Discord timestamps carry microseconds and an explicit offset, e.g. 2026-08-02T10:15:30.123000+00:00. */
export function discordTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}
