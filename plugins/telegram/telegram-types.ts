// Shared types and constants for the Telegram protocol modules. They take their dependencies
// (fetch, logger, sleep) as constructor parameters, so tests drive them against the fakes directly.
import { abortableSleep, type PluginLogger } from '../../core/plugin-api/index.ts';

/** The plugin's structured logger. Never pass the token in the fields. */
export type Logger = PluginLogger;

/** The subset of `fetch` the REST client uses; the plugin host's HTTP client must satisfy it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Abortable sleep; injected so tests and the host can control time. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const defaultSleep: Sleep = abortableSleep;

// Bot API objects (§2.4). Ids are JSON integers of ≤ 52 bits, so `number` is safe (§0.1).

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface TgChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  is_forum?: boolean;
}

export interface TgFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number;
  file_name?: string;
  mime_type?: string;
}

export interface TgMessage {
  message_id: number;
  message_thread_id?: number;
  is_topic_message?: boolean;
  from?: TgUser;
  sender_chat?: TgChat;
  date: number;
  edit_date?: number;
  chat: TgChat;
  text?: string;
  caption?: string;
  photo?: TgFile[];
  document?: TgFile;
  video?: TgFile;
  audio?: TgFile;
  voice?: TgFile;
  animation?: TgFile;
  sticker?: TgFile;
  reply_to_message?: TgMessage;
  migrate_to_chat_id?: number;
  migrate_from_chat_id?: number;
  [other: string]: unknown;
}

export interface TgChatMemberUpdated {
  chat: TgChat;
  from: TgUser;
  date: number;
  old_chat_member: { status: string; user: TgUser };
  new_chat_member: { status: string; user: TgUser; until_date?: number };
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  channel_post?: TgMessage;
  edited_channel_post?: TgMessage;
  chat_member?: TgChatMemberUpdated;
  my_chat_member?: TgChatMemberUpdated;
  [other: string]: unknown;
}

/**
 * Sent explicitly on every getUpdates/setWebhook (§2.2: omitted means "previous setting";
 * chat_member is opt-in and needed to moderate joins).
 */
export const DEFAULT_ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'callback_query',
  'chat_member',
  'my_chat_member',
] as const;
