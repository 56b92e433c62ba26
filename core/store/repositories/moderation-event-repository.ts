/**
 * Appends moderation events and updates each item's derived status in the same transaction
 * (CONVENTIONS.md §5). Callers pass a transaction; the status is applyEvent() over the stored state.
 */
import type { Kysely, Transaction } from 'kysely';
import { applyEvent, type ItemState, type ItemStatus } from '../../domain/item-status.ts';
import type { ModerationEvent, NewModerationEvent } from '../../domain/moderation-event.ts';
import type { Database } from '../schema/index.ts';
import { getItemsByIds } from './item-repository.ts';

const INSERT_CHUNK = 1000;

/**
 * Records events (in the order given) and writes the resulting state of every touched item.
 * `known` may carry the current state of items the caller just read, saving a query.
 * Returns the new state per item id.
 */
export async function recordEvents(
  trx: Transaction<Database>,
  events: NewModerationEvent[],
  known?: Map<string, ItemState>,
): Promise<Map<string, ItemState>> {
  if (events.length === 0) return new Map();
  const states = new Map<string, ItemState>(known);
  const missing = [...new Set(events.map((e) => e.item_id))].filter((id) => !states.has(id));
  for (const row of await getItemsByIds(trx, missing)) {
    states.set(row.id, { status: row.status as ItemStatus, queue: row.queue, assignee: row.assignee, close_reason: row.close_reason });
  }
  const touched = new Set<string>();
  for (const event of events) {
    const state = states.get(event.item_id);
    if (!state) throw new Error(`recordEvents: no item ${event.item_id}`);
    states.set(event.item_id, applyEvent(state, event));
    touched.add(event.item_id);
  }

  const rows = events.map((e) => ({
    item_id: e.item_id,
    type: e.type,
    actor_type: e.actor_type,
    actor_id: e.actor_id,
    data: JSON.stringify(e.data),
    created_at: e.created_at,
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx.insertInto('moderation_events').values(rows.slice(i, i + INSERT_CHUNK)).execute();
  }

  // Items that end in the same state are updated by one statement: the pipeline opens hundreds
  // of items into the same queue at once.
  const now = Math.max(...events.map((e) => e.created_at));
  const byState = new Map<string, string[]>();
  for (const id of touched) {
    const key = JSON.stringify(states.get(id));
    byState.set(key, [...(byState.get(key) ?? []), id]);
  }
  for (const [key, ids] of byState) {
    const state = JSON.parse(key) as ItemState;
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      await trx
        .updateTable('items')
        .set({ ...state, updated_at: now })
        .where('id', 'in', ids.slice(i, i + INSERT_CHUNK))
        .execute();
    }
  }
  return new Map([...touched].map((id) => [id, states.get(id)!]));
}

export async function listEventsForItem(db: Kysely<Database> | Transaction<Database>, itemId: string): Promise<ModerationEvent[]> {
  const rows = await db.selectFrom('moderation_events').selectAll().where('item_id', '=', itemId).orderBy('id', 'asc').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    item_id: r.item_id,
    type: r.type as ModerationEvent['type'],
    actor_type: r.actor_type as ModerationEvent['actor_type'],
    actor_id: r.actor_id,
    data: JSON.parse(r.data),
    created_at: Number(r.created_at),
  }));
}
