/** The `moderation_events` table: append-only; never updated, never deleted. */
import type { Generated } from 'kysely';

export interface ModerationEventsTable {
  id: Generated<number>;
  item_id: string;
  type: string;
  actor_type: string;
  actor_id: string;
  /** JSON object. */
  data: string;
  created_at: number;
}
