/** The `outbox_jobs` table: durable platform actions and escalations, retried until done or dead. */
export const OUTBOX_STATES = ['pending', 'claimed', 'done', 'dead'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
export const OUTBOX_KINDS = ['action', 'escalation'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxJobsTable {
  id: string;
  kind: OutboxKind;
  /** The plugin instance that carries the job out. */
  instance_id: string;
  item_id: string | null;
  /** JSON: the PlatformAction or the Escalation. */
  payload: string;
  /** Unique: enqueuing the same key twice is one job. Passed to platforms that accept one. */
  idempotency_key: string;
  state: OutboxState;
  attempts: number;
  max_attempts: number;
  next_attempt_at: number;
  claimed_by: string | null;
  claim_expires_at: number | null;
  last_error: string | null;
  /** JSON: what the plugin returned (external reference). */
  result: string | null;
  created_at: number;
  updated_at: number;
  done_at: number | null;
}
