import type { ApiTokensTable } from './api-tokens-table.ts';
import type { ItemsTable } from './items-table.ts';
import type { LeasesTable } from './leases-table.ts';
import type { ModerationEventsTable } from './moderation-events-table.ts';
import type { OutboxJobsTable } from './outbox-jobs-table.ts';
import type { PluginStateTable } from './plugin-state-table.ts';
import type { ItemClassificationsTable, ItemDecisionsTable, LabelCorrectionsTable, PolicyVersionsTable } from './policy-tables.ts';

export type { ApiTokensTable } from './api-tokens-table.ts';
export { PIPELINE_STATES, type ItemsTable, type PipelineState } from './items-table.ts';
export type { ModerationEventsTable } from './moderation-events-table.ts';
export type { LeasesTable } from './leases-table.ts';
export { OUTBOX_KINDS, OUTBOX_STATES, type OutboxJobsTable, type OutboxKind, type OutboxState } from './outbox-jobs-table.ts';
export type { PluginStateTable } from './plugin-state-table.ts';
export type { ItemClassificationsTable, ItemDecisionsTable, LabelCorrectionsTable, PolicyVersionsTable } from './policy-tables.ts';

/** Every table Steward stores, as Kysely sees them. */
export interface Database {
  items: ItemsTable;
  moderation_events: ModerationEventsTable;
  api_tokens: ApiTokensTable;
  outbox_jobs: OutboxJobsTable;
  plugin_state: PluginStateTable;
  leases: LeasesTable;
  policy_versions: PolicyVersionsTable;
  item_decisions: ItemDecisionsTable;
  item_classifications: ItemClassificationsTable;
  label_corrections: LabelCorrectionsTable;
}
