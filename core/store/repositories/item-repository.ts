/** Items: idempotent insert keyed by (channel, external_id), lookups and cursor-paginated listing. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Item, Visibility } from '../../domain/item.ts';
import type { ItemState, ItemStatus } from '../../domain/item-status.ts';
import type { Database, ItemsTable } from '../schema/index.ts';

type Db = Kysely<Database> | Transaction<Database>;
export type NewItemRow = Omit<ItemsTable, 'status' | 'pipeline_state' | 'pipeline_attempts' | 'next_attempt_at'> & {
  status?: string;
  pipeline_state?: string;
};
export type ItemRow = Selectable<ItemsTable>;

/** Stored item plus its derived state, as the API serves it. */
export interface StoredItem extends Item, ItemState {
  pipeline_state: string;
  updated_at: number;
}

// SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535; 24 columns a row.
const INSERT_CHUNK = 500;
const LOOKUP_CHUNK = 500;

/**
 * Inserts the rows whose (channel, external_id) is not stored yet and returns the ids of the
 * rows it inserted, keyed by `channel \0 external_id`. Rows that already exist are left alone.
 */
export async function insertNewItems(db: Db, rows: NewItemRow[]): Promise<Map<string, string>> {
  const inserted = new Map<string, string>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const result = await db
      .insertInto('items')
      .values(chunk as never)
      .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
      .returning(['id', 'channel', 'external_id'])
      .execute();
    for (const r of result) inserted.set(`${r.channel}\u0000${r.external_id}`, r.id);
  }
  return inserted;
}

/** Ids of stored items by (channel, external_id), keyed like insertNewItems. */
export async function findItemIdsByKeys(db: Db, keys: Array<{ channel: string; external_id: string }>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const byChannel = new Map<string, string[]>();
  for (const k of keys) {
    const list = byChannel.get(k.channel) ?? [];
    list.push(k.external_id);
    byChannel.set(k.channel, list);
  }
  for (const [channel, externalIds] of byChannel) {
    for (let i = 0; i < externalIds.length; i += LOOKUP_CHUNK) {
      const rows = await db
        .selectFrom('items')
        .select(['id', 'external_id'])
        .where('channel', '=', channel)
        .where('external_id', 'in', externalIds.slice(i, i + LOOKUP_CHUNK))
        .execute();
      for (const r of rows) found.set(`${channel}\u0000${r.external_id}`, r.id);
    }
  }
  return found;
}

export async function getItem(db: Db, id: string): Promise<StoredItem | undefined> {
  const row = await db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToItem(row) : undefined;
}

export async function getItemsByIds(db: Db, ids: string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  const out: ItemRow[] = [];
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    out.push(...(await db.selectFrom('items').selectAll().where('id', 'in', ids.slice(i, i + LOOKUP_CHUNK)).execute()));
  }
  return out;
}

export interface ListItemsFilter {
  status?: ItemStatus;
  channel?: string;
  /** Received at or after this epoch-ms time. */
  since?: number;
  /** Only items whose id sorts after this one (the cursor). */
  afterId?: string;
  limit: number;
}

/** Items in id order (ids are UUIDv7, so this is arrival order), one page at a time. */
export async function listItems(db: Db, filter: ListItemsFilter): Promise<StoredItem[]> {
  let query = db.selectFrom('items').selectAll().orderBy('id', 'asc').limit(filter.limit);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  if (filter.since !== undefined) query = query.where('received_at', '>=', filter.since);
  if (filter.afterId) query = query.where('id', '>', filter.afterId);
  return (await query.execute()).map(rowToItem);
}

export async function countItems(db: Db): Promise<number> {
  const row = await db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function rowToItem(row: ItemRow): StoredItem {
  return {
    id: row.id,
    channel: row.channel,
    external_id: row.external_id,
    thread_external_id: row.thread_external_id,
    parent_external_id: row.parent_external_id,
    author: {
      external_id: row.author_external_id,
      ...(row.author_handle !== null ? { handle: row.author_handle } : {}),
      ...(row.author_display_name !== null ? { display_name: row.author_display_name } : {}),
    },
    text: row.text,
    attachments: JSON.parse(row.attachments),
    url: row.url,
    visibility: row.visibility as Visibility,
    created_at: Number(row.created_at),
    received_at: Number(row.received_at),
    raw: row.raw === null ? null : JSON.parse(row.raw),
    status: row.status as ItemStatus,
    queue: row.queue,
    assignee: row.assignee,
    close_reason: row.close_reason,
    pipeline_state: row.pipeline_state,
    updated_at: Number(row.updated_at),
  };
}
