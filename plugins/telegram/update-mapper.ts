// Maps Telegram Updates to normalised items and events (docs/channel-wire-formats.md §2.4, §2.6).
//
// Identity: message_id is unique only within a chat, so external_id is `<chat_id>:<message_id>`.
// Migration: when a group becomes a supergroup its id changes (migrate_to_chat_id). Items already
// ingested keep their old external_id (the intake idempotency key must never change); new messages
// arrive under the new chat id. The `chat_migrated` event tells the plugin to store the alias
// old → new so actions addressed to the old chat go to the new one (the API client also follows
// a migrate_to_chat_id error once).
import type { NormalisedAttachment, NormalisedAuthor, NormalisedEdit, NormalisedItem, ReplyContext } from './normalised-item.ts';
import type { TgChat, TgFile, TgMessage, TgUpdate, TgUser } from './telegram-types.ts';

export interface MapperContext {
  /** Channel instance id stamped on every item. */
  channel: string;
  /** The bot's own user id (getMe); its messages are not ingested. */
  botUserId?: number | null;
  /** Clock for edits without edit_date; default Date.now. */
  now?: () => number;
}

export type MappedUpdate =
  | { kind: 'item'; update_id: number; item: NormalisedItem; reply_to?: ReplyContext }
  | (NormalisedEdit & { update_id: number })
  | { kind: 'chat_migrated'; update_id: number; channel: string; from_chat_id: string; to_chat_id: string; raw: unknown }
  | {
      kind: 'member';
      update_id: number;
      channel: string;
      chat_id: string;
      user: NormalisedAuthor;
      by: NormalisedAuthor;
      old_status: string;
      new_status: string;
      at: string;
      raw: unknown;
    }
  | { kind: 'ignored'; update_id: number; reason: string };

export function mapUpdate(update: TgUpdate, ctx: MapperContext): MappedUpdate {
  const id = update.update_id;
  const message = update.message ?? update.channel_post;
  if (message) {
    if (message.migrate_to_chat_id !== undefined) {
      return migrated(id, ctx, message.chat.id, message.migrate_to_chat_id, update);
    }
    if (message.migrate_from_chat_id !== undefined) {
      return migrated(id, ctx, message.migrate_from_chat_id, message.chat.id, update);
    }
    if (ctx.botUserId != null && message.from?.id === ctx.botUserId && !message.sender_chat) {
      return { kind: 'ignored', update_id: id, reason: 'own message' };
    }
    const text = message.text ?? message.caption ?? '';
    const attachments = attachmentsOf(message);
    if (text === '' && attachments.length === 0) {
      return { kind: 'ignored', update_id: id, reason: 'service message without content' };
    }
    const reply = realReply(message);
    return {
      kind: 'item',
      update_id: id,
      item: toItem(message, text, attachments, ctx, update),
      ...(reply ? { reply_to: replyContext(message.chat.id, reply) } : {}),
    };
  }
  const edited = update.edited_message ?? update.edited_channel_post;
  if (edited) {
    return {
      kind: 'edited',
      update_id: id,
      channel: ctx.channel,
      external_id: messageKey(edited.chat.id, edited.message_id),
      thread_external_id: threadKey(edited),
      text: edited.text ?? edited.caption ?? '',
      attachments: attachmentsOf(edited),
      at: edited.edit_date ? isoFromUnix(edited.edit_date) : new Date((ctx.now ?? Date.now)()).toISOString(),
      raw: update,
    };
  }
  if (update.chat_member) {
    const cm = update.chat_member;
    return {
      kind: 'member',
      update_id: id,
      channel: ctx.channel,
      chat_id: String(cm.chat.id),
      user: userAuthor(cm.new_chat_member.user),
      by: userAuthor(cm.from),
      old_status: cm.old_chat_member.status,
      new_status: cm.new_chat_member.status,
      at: isoFromUnix(cm.date),
      raw: update,
    };
  }
  // §2.4: new update types keep appearing; unknown keys are ignored, never an error.
  const type = Object.keys(update).find((k) => k !== 'update_id') ?? 'empty';
  return { kind: 'ignored', update_id: id, reason: `update type ${type} is not mapped` };
}

export function messageKey(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

function toItem(m: TgMessage, text: string, attachments: NormalisedAttachment[], ctx: MapperContext, raw: TgUpdate): NormalisedItem {
  const reply = realReply(m);
  const url = permalink(m.chat, m.message_id, m.is_topic_message ? m.message_thread_id : undefined);
  return {
    channel: ctx.channel,
    external_id: messageKey(m.chat.id, m.message_id),
    thread_external_id: threadKey(m),
    ...(reply ? { parent_external_id: messageKey(m.chat.id, reply.message_id) } : {}),
    author: authorOf(m),
    text,
    attachments,
    ...(url !== null ? { url } : {}),
    visibility: m.chat.type === 'private' ? 'private' : 'public',
    created_at: isoFromUnix(m.date),
    raw,
  };
}

function replyContext(chatId: number, reply: TgMessage): ReplyContext {
  return {
    external_id: messageKey(chatId, reply.message_id),
    ...(reply.from || reply.sender_chat ? { author: authorOf(reply) } : {}),
    text: reply.text ?? reply.caption ?? '',
  };
}

/**
 * In forum topics every message carries reply_to_message = the topic's creation message even
 * when it is not a reply; only a reply to another message counts as a parent.
 */
function realReply(m: TgMessage): TgMessage | undefined {
  const r = m.reply_to_message;
  if (!r) return undefined;
  if (m.is_topic_message && r.message_id === m.message_thread_id) return undefined;
  return r;
}

function threadKey(m: TgMessage): string {
  return m.is_topic_message && m.message_thread_id !== undefined ? `${m.chat.id}:topic:${m.message_thread_id}` : String(m.chat.id);
}

/**
 * sender_chat wins over from: channel posts have no `from`, anonymous admins carry a stand-in
 * `from`, and linked-channel forwards come from the channel (§2.4).
 */
function authorOf(m: TgMessage): NormalisedAuthor {
  if (m.sender_chat) return chatAuthor(m.sender_chat);
  if (m.from) return userAuthor(m.from);
  return { external_id: `chat:${m.chat.id}`, handle: m.chat.username ?? m.chat.title ?? String(m.chat.id) };
}

function userAuthor(u: TgUser): NormalisedAuthor {
  const display = [u.first_name, u.last_name].filter(Boolean).join(' ');
  return { external_id: String(u.id), handle: u.username ?? String(u.id), ...(display ? { display_name: display } : {}) };
}

function chatAuthor(c: TgChat): NormalisedAuthor {
  return {
    external_id: `chat:${c.id}`,
    handle: c.username ?? c.title ?? String(c.id),
    ...(c.title ? { display_name: c.title } : {}),
  };
}

const FILE_FIELDS = ['document', 'video', 'audio', 'voice', 'animation', 'sticker', 'video_note'] as const;

function attachmentsOf(m: TgMessage): NormalisedAttachment[] {
  const out: NormalisedAttachment[] = [];
  if (Array.isArray(m.photo) && m.photo.length > 0) {
    // Telegram sends several sizes of one photo; the last is the largest.
    const p = m.photo[m.photo.length - 1]!;
    out.push({ url: `tg-file:${p.file_id}`, content_type: 'image/jpeg', ...(p.file_size ? { size: p.file_size } : {}) });
  }
  for (const field of FILE_FIELDS) {
    const f = m[field] as TgFile | undefined;
    if (!f || typeof f.file_id !== 'string') continue;
    out.push({
      url: `tg-file:${f.file_id}`,
      ...(f.mime_type ? { content_type: f.mime_type } : field === 'sticker' ? { content_type: 'image/webp' } : {}),
      ...(f.file_name ? { name: f.file_name } : {}),
      ...(f.file_size ? { size: f.file_size } : {}),
    });
  }
  return out;
}

/**
 * Public chats: https://t.me/<username>/<id>; private supergroups and channels (-100…):
 * https://t.me/c/<id without -100>/<id>; private chats and basic groups have no link.
 */
export function permalink(chat: TgChat, messageId: number, topicId?: number): string | null {
  if (chat.type === 'private' || chat.type === 'group') return null;
  if (chat.username) return `https://t.me/${chat.username}/${topicId !== undefined ? `${topicId}/` : ''}${messageId}`;
  const id = String(chat.id);
  if (!id.startsWith('-100')) return null;
  return `https://t.me/c/${id.slice(4)}/${topicId !== undefined ? `${topicId}/` : ''}${messageId}`;
}

function migrated(updateId: number, ctx: MapperContext, from: number, to: number, raw: unknown): MappedUpdate {
  return { kind: 'chat_migrated', update_id: updateId, channel: ctx.channel, from_chat_id: String(from), to_chat_id: String(to), raw };
}

function isoFromUnix(s: number): string {
  return new Date(s * 1000).toISOString();
}
