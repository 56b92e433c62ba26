/** The `items` table: one row per normalised item, with its derived status and pipeline claim. */
import type { Generated } from 'kysely';

export const PIPELINE_STATES = ['pending', 'claimed', 'done', 'failed'] as const;
export type PipelineState = (typeof PIPELINE_STATES)[number];

export interface ItemsTable {
  id: string;
  channel: string;
  external_id: string;
  thread_external_id: string | null;
  parent_external_id: string | null;
  author_external_id: string;
  author_handle: string | null;
  author_display_name: string | null;
  text: string;
  /** JSON array. */
  attachments: string;
  url: string | null;
  visibility: string;
  created_at: number;
  received_at: number;
  /** JSON, as the platform sent it. */
  raw: string | null;
  status: Generated<string>;
  queue: string | null;
  assignee: string | null;
  close_reason: string | null;
  pipeline_state: Generated<PipelineState>;
  claimed_by: string | null;
  claim_expires_at: number | null;
  pipeline_attempts: Generated<number>;
  pipeline_error: string | null;
  /** Earliest time a failed attempt may run again. */
  next_attempt_at: Generated<number>;
  updated_at: number;
}
