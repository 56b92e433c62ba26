// Telegram Bot API object shapes used by the fake (docs/channel-wire-formats.md §2.4). Ids are
// JSON integers (§0.1); supergroup and channel ids are negative `-100…` numbers.

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export type TgChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface TgChat {
  id: number;
  type: TgChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  is_forum?: boolean;
}

export interface TgMessage {
  message_id: number;
  message_thread_id?: number;
  is_topic_message?: boolean;
  from?: TgUser;
  sender_chat?: TgChat;
  is_automatic_forward?: boolean;
  date: number;
  edit_date?: number;
  chat: TgChat;
  text?: string;
  entities?: Array<{ type: string; offset: number; length: number }>;
  caption?: string;
  photo?: Array<{ file_id: string; file_unique_id: string; width: number; height: number; file_size?: number }>;
  document?: { file_id: string; file_unique_id: string; file_name?: string; mime_type?: string; file_size?: number };
  reply_to_message?: TgMessage;
  migrate_to_chat_id?: number;
  migrate_from_chat_id?: number;
  new_chat_members?: TgUser[];
  left_chat_member?: TgUser;
}

export type TgMemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

export interface TgChatMemberUpdated {
  chat: TgChat;
  from: TgUser;
  date: number;
  old_chat_member: { status: TgMemberStatus; user: TgUser; until_date?: number };
  new_chat_member: { status: TgMemberStatus; user: TgUser; until_date?: number };
}

/** `update_id` plus at most one of the optional fields (§2.4). */
export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  channel_post?: TgMessage;
  edited_channel_post?: TgMessage;
  chat_member?: TgChatMemberUpdated;
  my_chat_member?: TgChatMemberUpdated;
  callback_query?: Record<string, unknown>;
  [other: string]: unknown;
}

/** Update types delivered when allowed_updates is [] or never set: all but these three (§2.2). */
export const OPT_IN_UPDATE_TYPES = ['chat_member', 'message_reaction', 'message_reaction_count'] as const;

export function updateType(update: TgUpdate): string {
  return Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';
}

let nextUserId = 6_000_000_000;
export function makeTgUser(partial: Partial<TgUser> = {}): TgUser {
  const id = partial.id ?? nextUserId++;
  return { id, is_bot: false, first_name: partial.first_name ?? `User${id % 1000}`, ...partial };
}

let nextSupergroup = 1_001_234_567_890;
/** A fresh supergroup/channel id in the `-100…` range. */
export function nextSupergroupId(): number {
  return -(nextSupergroup++);
}
