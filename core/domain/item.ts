/** The normalised item: one message, post, comment or DM from any channel. */

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface Attachment {
  url: string;
  content_type?: string;
  name?: string;
  size?: number;
}

export interface ItemAuthor {
  external_id: string;
  handle?: string;
  display_name?: string;
}

/** What a channel plugin or the intake API hands in. Times are RFC 3339 strings on the wire. */
export interface IncomingItem {
  channel: string;
  external_id: string;
  text: string;
  author: ItemAuthor;
  created_at: string;
  thread_external_id?: string;
  parent_external_id?: string;
  visibility?: Visibility;
  url?: string;
  attachments?: Attachment[];
  raw?: unknown;
}

/** An item as stored and served. Times are epoch milliseconds. */
export interface Item {
  id: string;
  channel: string;
  external_id: string;
  thread_external_id: string | null;
  parent_external_id: string | null;
  author: ItemAuthor;
  text: string;
  attachments: Attachment[];
  url: string | null;
  visibility: Visibility;
  created_at: number;
  received_at: number;
  raw: unknown;
}

/** The identity of an item across replays: a repeat of the same key is the same item. */
export function itemKey(item: { channel: string; external_id: string }): string {
  return `${item.channel}\u0000${item.external_id}`;
}
