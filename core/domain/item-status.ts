/**
 * The item's current status, derived from its moderation events by a pure reducer. The store
 * applies it in the same transaction as the event insert, so the status column never disagrees
 * with the log.
 */
import type { EventType, NewModerationEvent } from './moderation-event.ts';

export const ITEM_STATUSES = ['received', 'open', 'assigned', 'waiting', 'escalated', 'resolved', 'closed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const DEFAULT_QUEUE = 'default';

export interface ItemState {
  status: ItemStatus;
  queue: string | null;
  assignee: string | null;
  close_reason: string | null;
}

export const INITIAL_STATE: ItemState = { status: 'received', queue: null, assignee: null, close_reason: null };

type EventLike = Pick<NewModerationEvent, 'type' | 'data'>;

const TRANSITIONS: Record<EventType, (state: ItemState, event: EventLike) => ItemState> = {
  opened: (s, e) => ({ ...s, status: 'open', queue: e.data.queue ?? s.queue ?? DEFAULT_QUEUE, close_reason: null }),
  queued: (s, e) => ({ ...s, queue: e.data.queue ?? s.queue }),
  assigned: (s, e) => ({ ...s, status: isDone(s) ? s.status : 'assigned', assignee: e.data.assignee ?? null }),
  unassigned: (s) => ({ ...s, status: s.status === 'assigned' ? 'open' : s.status, assignee: null }),
  waiting: (s) => ({ ...s, status: isDone(s) ? s.status : 'waiting' }),
  escalated: (s) => ({ ...s, status: isDone(s) ? s.status : 'escalated' }),
  resolved: (s) => ({ ...s, status: 'resolved' }),
  closed: (s, e) => ({ ...s, status: 'closed', close_reason: e.data.reason ?? 'unspecified' }),
  reopened: (s) => ({ ...s, status: s.assignee ? 'assigned' : 'open', close_reason: null, queue: s.queue ?? DEFAULT_QUEUE }),
  edited: (s) => s,
  deleted: (s) => s,
  relabeled: (s) => s,
  action_requested: (s) => s,
  delivered: (s) => s,
  delivery_failed: (s) => s,
  pipeline_failed: (s, e) => ({ ...s, status: 'open', queue: e.data.queue ?? 'triage_failed' }),
};

function isDone(state: ItemState): boolean {
  return state.status === 'resolved' || state.status === 'closed';
}

/** Pure: the state after one event. */
export function applyEvent(state: ItemState, event: EventLike): ItemState {
  return TRANSITIONS[event.type](state, event);
}

/** Pure: the state after a sequence of events, from the initial state or a given one. */
export function replayEvents(events: readonly EventLike[], from: ItemState = INITIAL_STATE): ItemState {
  return events.reduce(applyEvent, from);
}
