/**
 * Feeds `steward policy backtest --since …` from the database: every stored item received since
 * then, rebuilt into the policy input it was decided on (item, stored labels, and the facts kept
 * with the decision), beside the decision recorded at the time.
 */
import type { StewardConfig } from '../config/index.ts';
import { expandDecision, policyInputFromItem, type BacktestItem, type Decision, type StoredDecision } from '../policy/index.ts';
import { countItemsSince, itemsWithDecisionsSince, openStore, rowToItem } from '../store/index.ts';
import type { TriageLabels } from '../triage/index.ts';

export function storedItemsBacktestSource(config: StewardConfig) {
  return async ({ since }: { since: Date }) => {
    const store = openStore(config.databaseUrl);
    const sinceMs = since.getTime();
    const total = await countItemsSince(store.db, sinceMs);
    async function* items(): AsyncIterable<BacktestItem> {
      try {
        for await (const row of itemsWithDecisionsSince(store.db, sinceMs)) {
          const { decision, labels, ...itemRow } = row as typeof row & { decision: string | null; labels: string | null };
          const stored = decision ? (JSON.parse(decision) as StoredDecision & { input_facts?: Record<string, any> }) : null;
          const facts = stored?.input_facts ?? {};
          yield {
            input: policyInputFromItem({
              item: rowToItem(itemRow as never),
              labels: labels ? (JSON.parse(labels) as TriageLabels) : null,
              ...(facts.auto_close ? { autoClose: facts.auto_close } : {}),
              ...(facts.author ? { author: facts.author } : {}),
              ...(facts.thread ? { thread: facts.thread } : {}),
            }),
            // Only the outcome is compared; the static part of the trace is not needed.
            recorded: stored ? (expandDecision(stored, undefined) as Decision) : null,
          };
        }
      } finally {
        await store.close();
      }
    }
    return { items: items(), total };
  };
}
