// Maps Discord gateway dispatches (MESSAGE_CREATE/UPDATE/DELETE/DELETE_BULK) to normalised items
// and events (docs/channel-wire-formats.md §1.4). Snowflakes stay strings (§0.1).
import type { GatewayDispatch, Logger } from './discord-types.ts';
import type { NormalisedAttachment, NormalisedDelete, NormalisedEdit, NormalisedItem } from './normalised-item.ts';

export interface MapperContext {
  /** Channel instance id stamped on every item. */
  channel: string;
  /** The bot's own user id (from READY); its messages are ignored and count as "mentioned" below. */
  botUserId?: string | null;
  /** Clock for events that carry no platform time (deletes); default Date.now. */
  now?: () => number;
}

export type MappedDispatch =
  | {
      kind: 'item';
      item: NormalisedItem;
      /**
       * True when the content is blank in a way only a missing MESSAGE_CONTENT intent explains
       * (§1.3). The item must not be treated as "clean"; the plugin should warn once.
       */
      content_missing: boolean;
    }
  | NormalisedEdit
  | NormalisedDelete
  | { kind: 'ignored'; reason: string };

interface RawUser {
  id: string;
  username: string;
  discriminator?: string;
  global_name?: string | null;
  bot?: boolean;
}

interface RawMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author?: RawUser;
  member?: { nick?: string | null };
  content?: string;
  timestamp?: string;
  edited_timestamp?: string | null;
  type?: number;
  mentions?: RawUser[];
  attachments?: Array<{ url: string; filename?: string; size?: number; content_type?: string }>;
  embeds?: unknown[];
  components?: unknown[];
  sticker_items?: unknown[];
  poll?: unknown;
  message_reference?: { message_id?: string; type?: number };
  webhook_id?: string;
}

/** Message types that carry user-written content: 0 DEFAULT, 19 REPLY (§1.4). */
const USER_CONTENT_TYPES = new Set([0, 19]);

/** Map one dispatch. Events other than MESSAGE_* come back as `ignored`. */
export function mapDispatch(event: GatewayDispatch, ctx: MapperContext): MappedDispatch[] {
  switch (event.t) {
    case 'MESSAGE_CREATE':
      return [mapMessageCreate(event.d as RawMessage, ctx)];
    case 'MESSAGE_UPDATE':
      return [mapMessageUpdate(event.d as RawMessage, ctx)];
    case 'MESSAGE_DELETE': {
      const d = event.d as { id: string; channel_id: string };
      return [{ kind: 'deleted', channel: ctx.channel, external_id: d.id, thread_external_id: d.channel_id, at: nowIso(ctx), raw: event.d }];
    }
    case 'MESSAGE_DELETE_BULK': {
      const d = event.d as { ids: string[]; channel_id: string };
      const at = nowIso(ctx);
      return d.ids.map((id) => ({ kind: 'deleted' as const, channel: ctx.channel, external_id: id, thread_external_id: d.channel_id, at, raw: event.d }));
    }
    default:
      return [{ kind: 'ignored', reason: `event ${event.t} is not a message` }];
  }
}

export function mapMessageCreate(m: RawMessage, ctx: MapperContext): MappedDispatch {
  if (!m.author) return { kind: 'ignored', reason: 'message without author' };
  if (ctx.botUserId && m.author.id === ctx.botUserId) return { kind: 'ignored', reason: 'own message' };
  const isDm = m.guild_id === undefined;
  const item: NormalisedItem = {
    channel: ctx.channel,
    external_id: m.id,
    thread_external_id: m.channel_id,
    ...(m.message_reference?.message_id ? { parent_external_id: m.message_reference.message_id } : {}),
    author: author(m.author, m.member?.nick),
    text: m.content ?? '',
    attachments: (m.attachments ?? []).map(attachment),
    url: permalink(m.guild_id, m.channel_id, m.id),
    visibility: isDm ? 'private' : 'public',
    created_at: m.timestamp ? new Date(m.timestamp).toISOString() : snowflakeTime(m.id),
    raw: m,
  };
  return { kind: 'item', item, content_missing: looksLikeMissingContentIntent(m, ctx.botUserId ?? null) };
}

export function mapMessageUpdate(m: RawMessage, ctx: MapperContext): NormalisedEdit {
  // §1.4 MUST: a partial update carries only id/channel_id; a missing field is "unknown".
  return {
    kind: 'edited',
    channel: ctx.channel,
    external_id: m.id,
    thread_external_id: m.channel_id,
    ...(typeof m.content === 'string' ? { text: m.content } : {}),
    ...(Array.isArray(m.attachments) ? { attachments: m.attachments.map(attachment) } : {}),
    at: m.edited_timestamp ? new Date(m.edited_timestamp).toISOString() : nowIso(ctx),
    raw: m,
  };
}

/**
 * §1.3: without MESSAGE_CONTENT a guild message arrives with empty content, embeds, attachments
 * and components (poll omitted), except the bot's own messages, messages that mention the bot and
 * DMs. A user message that is blank in all of those, has no stickers, and is none of the
 * exceptions can only be explained by the missing intent.
 */
export function looksLikeMissingContentIntent(m: RawMessage, botUserId: string | null): boolean {
  if (m.guild_id === undefined) return false;
  if (!USER_CONTENT_TYPES.has(m.type ?? 0)) return false;
  if (botUserId && (m.author?.id === botUserId || (m.mentions ?? []).some((u) => u.id === botUserId))) return false;
  const empty = (v: unknown[] | undefined) => v === undefined || v.length === 0;
  return (m.content ?? '') === '' && empty(m.embeds) && empty(m.attachments) && empty(m.components)
    && empty(m.sticker_items) && m.poll === undefined;
}

/** Logs the missing-intent warning once per watcher (one per plugin instance). */
export class ContentIntentWatch {
  private warned = false;
  constructor(private readonly logger: Logger) {}
  observe(mapped: MappedDispatch): void {
    if (this.warned || mapped.kind !== 'item' || !mapped.content_missing) return;
    this.warned = true;
    this.logger.warn(
      { external_id: mapped.item.external_id },
      'Discord messages arrive with empty content: enable the MESSAGE CONTENT privileged intent for this bot in the Developer Portal and include it in intents',
    );
  }
}

function author(u: RawUser, nick: string | null | undefined): NormalisedItem['author'] {
  // discriminator "0" marks a migrated unique username (§1.4); legacy users keep name#1234.
  const handle = u.discriminator && u.discriminator !== '0' ? `${u.username}#${u.discriminator}` : u.username;
  const display = nick ?? u.global_name ?? undefined;
  return { external_id: u.id, handle, ...(display ? { display_name: display } : {}) };
}

function attachment(a: { url: string; filename?: string; size?: number; content_type?: string }): NormalisedAttachment {
  return {
    url: a.url,
    ...(a.content_type ? { content_type: a.content_type } : {}),
    ...(a.filename ? { name: a.filename } : {}),
    ...(typeof a.size === 'number' ? { size: a.size } : {}),
  };
}

function nowIso(ctx: MapperContext): string {
  return new Date((ctx.now ?? Date.now)()).toISOString();
}

/** https://discord.com/channels/<guild>/<channel>/<id>; DMs use `@me` in place of the guild. */
export function permalink(guildId: string | undefined, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

/** Creation time encoded in a snowflake (ms since the Discord epoch in the top 42 bits). */
export function snowflakeTime(id: string): string {
  return new Date(Number((BigInt(id) >> 22n) + 1420070400000n)).toISOString();
}
