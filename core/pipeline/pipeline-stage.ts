/** The contract of a pipeline stage: a plain function over a batch of claimed items. */
import type { NewModerationEvent } from '../domain/moderation-event.ts';
import type { Logger } from '../logger.ts';
import type { ItemRow, StoredItem, Store } from '../store/index.ts';

export const STAGE_NAMES = ['classify', 'enrich', 'decide', 'act'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** One claimed item on its way through the stages; each stage adds what it found. */
export interface WorkItem {
  item: StoredItem;
  /** How many times the pipeline has claimed this item, this time included. */
  attempts: number;
  /** Results by stage, e.g. `results.classify`. Stages read earlier stages' results from here. */
  results: Partial<Record<StageName, unknown>>;
  /** Events the act stage will record for this item. */
  events: NewModerationEvent[];
  /** Set when a stage failed for this item; later stages skip it and the runner retries it. */
  failure?: { stage: StageName; reason: string };
}

export interface StageContext {
  store: Store;
  workerId: string;
  log: Logger;
  now(): number;
}

/**
 * A stage. It must not throw for one bad item: it sets `failure` on that item and carries on.
 * A throw means a bug and fails the attempt for the whole batch (retried, never lost).
 *
 * @example
 * const shout: PipelineStage = {
 *   name: 'enrich',
 *   async run(batch) {
 *     for (const w of batch) w.results.enrich = { shouting: w.item.text === w.item.text.toUpperCase() };
 *   },
 * };
 */
export interface PipelineStage {
  readonly name: StageName;
  run(batch: WorkItem[], ctx: StageContext): Promise<void>;
}

export function toWorkItem(row: ItemRow, item: StoredItem): WorkItem {
  return { item, attempts: Number(row.pipeline_attempts), results: {}, events: [] };
}
