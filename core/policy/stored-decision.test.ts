import { expect, test } from 'bun:test';
import { compactDecision, expandDecision, ruleIndexFor } from './stored-decision.ts';
import { PolicyService } from './policy-service.ts';
import { policyInputFromItem } from './input-from-item.ts';

test('a stored decision is much smaller and expands back to the same decision, trace included', async () => {
  const policies = new PolicyService({ dir: new URL('../../policies', import.meta.url).pathname });
  await policies.start('test');
  const now = Date.now();
  const item = { id: 'i', channel: 'c', external_id: 'e', thread_external_id: null, parent_external_id: null, author: { external_id: 'a' }, text: 'my card was charged twice', attachments: [], url: null, visibility: 'public' as const, created_at: now, received_at: now, raw: null };
  const decision = policies.current().decide(policyInputFromItem({ item, labels: null }));
  const stored = compactDecision(decision);
  expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(decision).length / 2);
  const roundTripped = expandDecision(JSON.parse(JSON.stringify(stored)), ruleIndexFor(policies.current()));
  expect(roundTripped).toEqual(decision);
  // Without the version's index the outcomes are still all there, rules named by id.
  expect(expandDecision(stored, undefined).trace.map((t) => [t.rule, t.outcome])).toEqual(decision.trace.map((t) => [t.rule, t.outcome]));
  policies.stop();
});
