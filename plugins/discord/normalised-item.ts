// The normalised shapes this plugin hands to intake. They are structurally compatible with
// `PluginItem` / `ItemEvent` in core/plugin-api (absent values are omitted, never null), so the
// plugin wrapper can pass them to ctx.ingest / ctx.recordItemEvent without copying.

export interface NormalisedAttachment {
  url: string;
  content_type?: string;
  name?: string;
  size?: number;
}

export interface NormalisedItem {
  /** The channel instance id this plugin runs as (e.g. "discord" or "discord-main"). */
  channel: string;
  /** Idempotency key with `channel` (ARCHITECTURE.md §1): the message snowflake. */
  external_id: string;
  /** The conversation: the Discord channel (a thread is a channel too). */
  thread_external_id: string;
  /** The replied-to message; omitted when this is not a reply. */
  parent_external_id?: string;
  author: { external_id: string; handle: string; display_name?: string };
  text: string;
  attachments: NormalisedAttachment[];
  url: string;
  visibility: 'public' | 'private';
  created_at: string;
  raw: unknown;
}

/** A later change to an item already ingested (§1.4: updates may be partial, deletes carry ids only). */
export interface NormalisedEdit {
  kind: 'edited';
  channel: string;
  external_id: string;
  thread_external_id: string;
  /** undefined = the update did not carry content (unknown), not "emptied" (§1.4 MUST). */
  text?: string;
  attachments?: NormalisedAttachment[];
  /** When it changed on the platform (edited_timestamp), else when we saw it. ISO 8601. */
  at: string;
  raw: unknown;
}

export interface NormalisedDelete {
  kind: 'deleted';
  channel: string;
  external_id: string;
  thread_external_id: string;
  /** Deletes carry no timestamp (§1.4): the time we saw the dispatch. ISO 8601. */
  at: string;
  raw: unknown;
}
