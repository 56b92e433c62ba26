/**
 * How decisions are stored. A trace names every rule with its pack, file, mode and condition
 * expressions — the same for every item decided by one policy version, and most of the bytes
 * (about 9 KB a decision with the default packs). Stored decisions keep only what varies per
 * item; the static part is kept once per policy version as a rule index, and `expandDecision`
 * puts the two back together when a decision is read.
 */
import { defaultPolicyInput } from './policy-input.ts';
import type { ConditionOutcome, Decision, RuleTrace } from './decision.ts';
import type { PolicySet } from './policy-set.ts';

/** Per rule, what does not change between items. */
export type RuleIndex = Record<string, { pack: string; file: string; mode: RuleTrace['mode']; conditions: string[] }>;

type StoredCondition = ConditionOutcome | { outcome: ConditionOutcome; error: string };
type StoredRuleTrace = Omit<RuleTrace, 'pack' | 'file' | 'mode' | 'conditions' | 'actions' | 'stopped'> & {
  conditions: StoredCondition[];
  /** Left out when empty. */
  actions?: RuleTrace['actions'];
  /** Left out when false. */
  stopped?: true;
};
export type StoredDecision = Omit<Decision, 'trace'> & { trace: StoredRuleTrace[]; trace_format: 'compact-1' };

/** The static part of every rule's trace in a policy set, from deciding a neutral input. */
export function ruleIndexFor(set: PolicySet): RuleIndex {
  const probe = set.decide(defaultPolicyInput());
  return Object.fromEntries(probe.trace.map((t) => [t.rule, { pack: t.pack, file: t.file, mode: t.mode, conditions: t.conditions.map((c) => c.expr) }]));
}

export function compactDecision(decision: Decision): StoredDecision {
  return {
    ...decision,
    trace_format: 'compact-1',
    trace: decision.trace.map(({ pack: _p, file: _f, mode: _m, conditions, actions, stopped, ...rest }) => ({
      ...rest,
      conditions: conditions.map((c) => (c.error !== undefined ? { outcome: c.outcome, error: c.error } : c.outcome)),
      ...(actions.length > 0 ? { actions } : {}),
      ...(stopped ? { stopped: true as const } : {}),
    })),
  };
}

/** The full decision again. Without the version's rule index, rules show their ids only. */
export function expandDecision(stored: StoredDecision | Decision, index: RuleIndex | undefined): Decision {
  if (!('trace_format' in stored)) return stored;
  const { trace_format: _format, trace, ...rest } = stored;
  return {
    ...rest,
    trace: trace.map((t) => {
      const info = index?.[t.rule];
      const { actions, stopped, ...kept } = t;
      return {
        ...kept,
        actions: actions ?? [],
        stopped: stopped ?? false,
        pack: info?.pack ?? '(unknown: policy version not recorded)',
        file: info?.file ?? '',
        mode: info?.mode ?? 'live',
        conditions: t.conditions.map((c, i) => {
          const outcome = typeof c === 'string' ? c : c.outcome;
          return { expr: info?.conditions[i] ?? '', outcome, ...(typeof c === 'string' ? {} : { error: c.error }) };
        }),
      };
    }),
  };
}
