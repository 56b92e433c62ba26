/**
 * Every migration, in order, listed explicitly so that the compiled binary carries them (a
 * directory scan would find nothing inside `dist/steward`). Add a new one at the end.
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.ts';
import * as initial from './20261125000100_initial.ts';
import * as outboxAndPluginState from './20261125000200_outbox_and_plugin_state.ts';
import * as policyDecisions from './20261125000300_policy_decisions.ts';
import * as labelCorrections from './20261125000400_label_corrections.ts';

export interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: MigrationModule]> = [
  ['20261125000100_initial', initial],
  ['20261125000200_outbox_and_plugin_state', outboxAndPluginState],
  ['20261125000300_policy_decisions', policyDecisions],
  ['20261125000400_label_corrections', labelCorrections],
];
export type { MigrationContext } from './migration-context.ts';
