/** Append-only moderation events: who did what to an item, when and why. They are the audit log. */

export const ACTOR_TYPES = ['system', 'policy', 'user', 'plugin'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const EVENT_TYPES = [
  'opened', // entered a queue for humans
  'queued', // moved to another queue
  'assigned',
  'unassigned',
  'waiting', // waiting on the member
  'escalated',
  'resolved',
  'closed',
  'reopened',
  'edited', // the platform reported an edit
  'deleted', // the platform reported a deletion
  'pipeline_failed', // a stage kept failing; the item is parked for a human
  'relabeled', // a moderator corrected the item's labels (a training example)
  'action_requested', // a platform action was queued in the outbox
  'delivered', // an outbox job (action or escalation) succeeded
  'delivery_failed', // an outbox job became a dead letter
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventData {
  queue?: string;
  assignee?: string;
  route?: string;
  reason?: string;
  [key: string]: unknown;
}

export interface NewModerationEvent {
  item_id: string;
  type: EventType;
  actor_type: ActorType;
  actor_id: string;
  data: EventData;
  created_at: number;
}

export interface ModerationEvent extends NewModerationEvent {
  id: number;
}
