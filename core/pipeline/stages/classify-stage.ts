/**
 * classify: runs the local model on each batch (with the replied-to message as context), then
 * the optional Hugging Face classifier, whose failure leaves the local answer standing and is
 * recorded as an errored outcome. The act stage stores labels, model version and every outcome.
 */

import type { AutoCloseVerdict } from '../../policy/index.ts';
import { autoCloseDecision, type Classifier, type ClassifyInput, type TriageLabels, type TriageModel } from '../../triage/index.ts';
import type { Store } from '../../store/index.ts';
import type { PipelineStage, StageContext, WorkItem } from '../pipeline-stage.ts';

export interface ClassifyResult {
  labels: TriageLabels | null;
  modelVersion: string | null;
  autoClose: AutoCloseVerdict;
  outcomes: Array<{ classifier: string; outcome: 'ok' | 'errored'; reason?: string; model_version?: string }>;
}

export interface ClassifyStageDeps {
  /**
   * The local model's classifier, the model (for its auto-close thresholds) and optional
   * classifiers that refine the local answer (Hugging Face). Called per batch; load once.
   */
  load: () => Promise<{ classifier: Classifier; model: TriageModel; refiners?: Classifier[] }>;
}

export function createClassifyStage(deps: ClassifyStageDeps): PipelineStage {
  return {
    name: 'classify',
    async run(batch: WorkItem[], ctx: StageContext): Promise<void> {
      const work = batch.filter((w) => !w.failure);
      if (work.length === 0) return;
      const { classifier, model, refiners = [] } = await deps.load();
      const parents = await parentTexts(ctx.store, work);
      const inputs: ClassifyInput[] = work.map((w) => ({
        text: w.item.text,
        channel: w.item.channel,
        ...(parents.get(`${w.item.channel}\u0000${w.item.parent_external_id}`) ? { threadContext: parents.get(`${w.item.channel}\u0000${w.item.parent_external_id}`)! } : {}),
      }));
      const local = await classifier.classify(inputs);
      const refined = await Promise.all(refiners.map(async (r) => ({ id: r.id, outcomes: await r.classify(inputs) })));

      work.forEach((w, i) => {
        const outcomes: ClassifyResult['outcomes'] = [];
        let labels: TriageLabels | null = null;
        let modelVersion: string | null = null;
        // The local answer first; each refiner that answers replaces it, one that errors is recorded.
        for (const { id, outcomes: answers } of [{ id: classifier.id, outcomes: local }, ...refined]) {
          const o = answers[i]!;
          if (o.outcome === 'ok') {
            labels = o.labels;
            modelVersion = o.modelVersion;
            outcomes.push({ classifier: id, outcome: 'ok', model_version: o.modelVersion });
          } else {
            outcomes.push({ classifier: id, outcome: 'errored', reason: o.reason });
          }
        }
        const verdict = labels ? autoCloseDecision(labels, model, w.item.text) : { close: false as const };
        const result: ClassifyResult = {
          labels,
          modelVersion,
          autoClose: verdict.close ? { auto_close: true, auto_close_reason: verdict.reason } : { auto_close: false },
          outcomes,
        };
        // Stored by the act stage, in the same transaction as the item's events.
        w.results.classify = result;
      });
    },
  };
}

/** Texts of the messages the batch replies to, keyed by channel and external id. */
async function parentTexts(store: Store, work: WorkItem[]): Promise<Map<string, string>> {
  const wanted = work.filter((w) => w.item.parent_external_id);
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  const byChannel = new Map<string, Set<string>>();
  for (const w of wanted) byChannel.set(w.item.channel, (byChannel.get(w.item.channel) ?? new Set()).add(w.item.parent_external_id!));
  // By channel, so the (channel, external_id) key serves the lookup.
  for (const [channel, ids] of byChannel) {
    const rows = await store.db.selectFrom('items').select(['external_id', 'text']).where('channel', '=', channel).where('external_id', 'in', [...ids]).execute();
    for (const r of rows) out.set(`${channel}\u0000${r.external_id}`, r.text);
  }
  return out;
}
