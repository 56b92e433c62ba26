/**
 * decide: evaluates the live policy set on each classified, enriched item and stores the
 * decision with its trace and the policy version. Only live rules act (in the act stage);
 * shadow rules' would-be actions are kept in the decision.
 */
import { policyInputFromItem, type Decision, type PolicyService } from '../../policy/index.ts';
import type { PipelineStage, WorkItem } from '../pipeline-stage.ts';
import type { ClassifyResult } from './classify-stage.ts';
import type { EnrichResult } from './enrich-stage.ts';

export function createDecideStage(policies: PolicyService): PipelineStage {
  return {
    name: 'decide',
    async run(batch: WorkItem[]): Promise<void> {
      const set = policies.current();
      for (const w of batch) {
        if (w.failure) continue;
        const classify = w.results.classify as ClassifyResult | undefined;
        const enrich = w.results.enrich as EnrichResult | undefined;
        let decision: Decision;
        try {
          decision = set.decide(
            policyInputFromItem({
              item: w.item,
              labels: classify?.labels ?? null,
              ...(classify ? { autoClose: classify.autoClose } : {}),
              ...(enrich ? { author: enrich.author, thread: enrich.thread } : {}),
            }),
          );
        } catch (err) {
          w.failure = { stage: 'decide', reason: `policy evaluation failed: ${(err as Error).message}` };
          continue;
        }
        // Stored by the act stage, in the same transaction as the events it leads to.
        w.results.decide = decision;
      }
    },
  };
}
