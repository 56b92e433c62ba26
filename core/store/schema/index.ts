import type { ApiTokensTable } from './api-tokens-table.ts';
import type { ItemsTable } from './items-table.ts';
import type { ModerationEventsTable } from './moderation-events-table.ts';

export type { ApiTokensTable } from './api-tokens-table.ts';
export { PIPELINE_STATES, type ItemsTable, type PipelineState } from './items-table.ts';
export type { ModerationEventsTable } from './moderation-events-table.ts';

/** Every table Steward stores, as Kysely sees them. */
export interface Database {
  items: ItemsTable;
  moderation_events: ModerationEventsTable;
  api_tokens: ApiTokensTable;
}
