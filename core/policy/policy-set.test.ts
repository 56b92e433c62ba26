import { describe, expect, test } from 'bun:test';
import { compilePolicySet } from './policy-loader.ts';
import type { PolicySet } from './policy-set.ts';

function setOf(yaml: string): PolicySet {
  const r = compilePolicySet([{ path: 'test.yaml', text: yaml }]);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.set;
}

const SET = setOf(`
pack: engine-test
rules:
  - id: threat
    mode: live
    when: labels.risk.threat >= 0.6
    then:
      - set_urgency: critical
      - set_reply_mode: none
      - route: trust_safety
  - id: ban-shadow
    mode: shadow
    when: labels.risk.threat >= 0.6 && author.prior_flags >= 2
    then:
      - platform_action: ban
      - route: legal
  - id: billing
    mode: live
    when: labels.topic == "billing"
    then:
      - route: finance
      - set_urgency: low
      - set_reply_mode: public
      - tag: billing
  - id: spam-stop
    mode: live
    when: labels.auto_close
    then:
      - auto_close: { reason_expr: labels.auto_close_reason }
    stop: true
  - id: disabled
    mode: off
    when: "true"
    then: [{ tag: never }]
  - id: after-stop
    mode: live
    when: "true"
    then: [{ tag: everything }]
`);

describe('decide', () => {
  test('a shadow rule never acts, but its would-be actions are in the decision and counted', () => {
    SET.resetStats();
    const d = SET.decide({ labels: { risk: { threat: 0.9 } }, author: { prior_flags: 3 }, item: { id: 'i1' } });
    expect(d.outcome.platform_actions).toEqual([]);
    expect(d.outcome.route).toBe('trust_safety');
    expect(d.actions.some((a) => a.rule === 'ban-shadow')).toBe(false);
    expect(d.shadow.rules).toEqual(['ban-shadow']);
    expect(d.shadow.actions).toEqual([
      { kind: 'platform_action', action: 'ban', duration: null, reason: '', rule: 'ban-shadow', would_change: true },
      // The live rule already routed the item, so promoting this rule would not change the route.
      { kind: 'route', team: 'legal', rule: 'ban-shadow', would_change: false },
    ]);
    expect(d.trace.find((t) => t.rule === 'ban-shadow')!.actions.every((a) => a.effect === 'shadow')).toBe(true);
    SET.decide({ labels: { risk: { threat: 0.9 } }, author: { prior_flags: 3 } });
    const stats = SET.stats();
    expect(stats.shadow_actions).toEqual({ platform_action: 2, route: 2 });
    expect(stats.rules['ban-shadow']).toEqual({ matched: 2, errored: 0 });
    expect(stats.decisions).toBe(2);
  });

  test('the most pressing urgency and the most restrictive reply mode win; the first route wins', () => {
    const d = SET.decide({ labels: { topic: 'billing', risk: { threat: 0.7 } } });
    expect(d.outcome.urgency).toBe('critical');
    expect(d.outcome.reply_mode).toBe('none');
    expect(d.outcome.route).toBe('trust_safety');
    expect(d.outcome.tags).toEqual(['billing', 'everything']);
    const billing = d.trace.find((t) => t.rule === 'billing')!;
    expect(billing.actions.map((a) => a.effect)).toEqual(['overridden', 'overridden', 'overridden', 'applied']);
  });

  test('stop skips every later rule, and the trace says why; off rules are traced as skipped', () => {
    const d = SET.decide({ labels: { auto_close: true, auto_close_reason: 'duplicate' } });
    expect(d.outcome.auto_close).toEqual({ reason: 'duplicate' });
    const byRule = Object.fromEntries(d.trace.map((t) => [t.rule, t]));
    expect(byRule['spam-stop']!.stopped).toBe(true);
    expect(byRule['disabled']).toMatchObject({ outcome: 'skipped', reason: 'mode off' });
    expect(byRule['after-stop']).toMatchObject({ outcome: 'skipped', reason: 'stopped by spam-stop' });
    expect(byRule['after-stop']!.conditions).toEqual([{ expr: 'true', outcome: 'not_applicable' }]);
    expect(d.outcome.tags).not.toContain('everything');
  });

  test('every rule is in the trace with each condition outcome', () => {
    const d = SET.decide({ labels: { topic: 'bug' } });
    expect(d.trace.map((t) => [t.rule, t.outcome])).toEqual([
      ['threat', 'not_matched'], ['ban-shadow', 'not_matched'], ['billing', 'not_matched'],
      ['spam-stop', 'not_matched'], ['disabled', 'skipped'], ['after-stop', 'matched'],
    ]);
    expect(d.trace[0]!.conditions).toEqual([{ expr: 'labels.risk.threat >= 0.6', outcome: 'failed' }]);
  });

  test('a condition that errors at run time fails closed and is traced with its error', () => {
    const set = setOf(`
pack: p
rules:
  - id: divides
    mode: live
    when: 10 / author.prior_items > 1
    then: [{ tag: risky }]
  - id: fine
    mode: live
    when: "true"
    then: [{ tag: ok }]
`);
    const d = set.decide({ author: { prior_items: 0 } });
    expect(d.errored_rules).toEqual(['divides']);
    expect(d.trace[0]!.outcome).toBe('errored');
    expect(d.trace[0]!.conditions[0]!.outcome).toBe('errored');
    expect(d.trace[0]!.conditions[0]!.error).toContain('division by zero');
    expect(d.outcome.tags).toEqual(['ok']);
  });

  test('the decision is plain JSON and records the policy set version', () => {
    const d = SET.decide({ labels: { topic: 'billing' }, item: { id: 'abc', attachments_count: 2 } }, { now: new Date(5) });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(d.policy_version).toBe(SET.version.hash);
    expect(d.item_id).toBe('abc');
    expect(d.decided_at).toBe('1970-01-01T00:00:00.005Z');
  });

  test('fields missing from the input take their defaults instead of erroring', () => {
    const d = SET.decide({});
    expect(d.errored_rules).toEqual([]);
    expect(SET.decide({ labels: { risk: { threat: 'high' as unknown as number } } }).errored_rules).toEqual([]);
  });
});
