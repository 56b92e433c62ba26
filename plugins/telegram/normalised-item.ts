// The normalised shapes this plugin hands to intake. They are structurally compatible with
// `PluginItem` / `ItemEvent` in core/plugin-api (absent values are omitted, never null), so the
// plugin wrapper can pass them to ctx.ingest / ctx.recordItemEvent without copying.

export interface NormalisedAttachment {
  /**
   * `tg-file:<file_id>`. Telegram has no public file URL: getFile yields a download URL that
   * embeds the bot token, which must never be stored. The plugin resolves it on demand.
   */
  url: string;
  content_type?: string;
  name?: string;
  size?: number;
}

export interface NormalisedAuthor {
  /** A user id as a string, or `chat:<id>` when the message was sent on behalf of a chat. */
  external_id: string;
  handle: string;
  display_name?: string;
}

export interface NormalisedItem {
  channel: string;
  /** `<chat_id>:<message_id>`: message_id is unique only within a chat (§2.4). */
  external_id: string;
  /** `<chat_id>`, or `<chat_id>:topic:<message_thread_id>` in forum topics. */
  thread_external_id: string;
  /** `<chat_id>:<message_id>` of the replied-to message; omitted when not a reply. */
  parent_external_id?: string;
  author: NormalisedAuthor;
  text: string;
  attachments: NormalisedAttachment[];
  /** t.me permalink; omitted where Telegram has none (private chats, basic groups). */
  url?: string;
  visibility: 'public' | 'private';
  created_at: string;
  raw: unknown;
}

/**
 * The replied-to message as Telegram embeds it in the reply (§2.4 reply_to_message), so the
 * enrich stage sees the context even if the parent was never ingested. Kept beside the item,
 * not inside it, because IncomingItem has no such field.
 */
export interface ReplyContext {
  external_id: string;
  author?: NormalisedAuthor;
  text: string;
}

export interface NormalisedEdit {
  kind: 'edited';
  channel: string;
  external_id: string;
  thread_external_id: string;
  text: string;
  attachments: NormalisedAttachment[];
  /** edit_date, ISO 8601. */
  at: string;
  raw: unknown;
}
