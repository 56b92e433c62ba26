/**
 * A compiled, immutable policy set and its `decide()`. Compilation happens once at load
 * (policy-loader.ts); deciding only evaluates pre-compiled CEL closures.
 */
import type { CompiledAction, DecisionAction } from './actions.ts';
import { toActivation, type Activation } from './cel-environment.ts';
import {
  applyAction, emptyOutcome, wouldChange,
  type ConditionTrace, type Decision, type RuleTrace, type SourcedAction, type TracedAction,
} from './decision.ts';
import { normalizePolicyInput, type PolicyInput, type PolicyInputPatch } from './policy-input.ts';
import type { RuleMode } from './policy-schema.ts';
import type { SourcePosition } from './yaml-source.ts';

export interface CompiledCondition {
  source: string;
  /** Index of the compiled expression; identical expressions share a slot and run once per item. */
  slot: number;
  cost: number;
  position: SourcePosition;
}

export interface CompiledRuleAction extends CompiledAction {
  /** Slot of the compiled `reason_expr`, when the action has one. */
  reasonSlot?: number;
}

export interface CompiledRule {
  id: string;
  description: string;
  pack: string;
  file: string;
  mode: RuleMode;
  stop: boolean;
  position: SourcePosition;
  /** In the order written (the order the trace shows). */
  conditions: CompiledCondition[];
  /** Indexes into `conditions`, cheapest first: the order they are evaluated in. */
  evaluationOrder: number[];
  actions: CompiledRuleAction[];
}

export interface PolicySetVersion {
  /** sha256 of every file's path and content, in load order. Identical files, identical hash. */
  hash: string;
  loaded_at: string;
  /** Who or what loaded it: 'startup', 'watch', a user name, 'cli'. */
  loaded_by: string;
  files: { path: string; pack: string; rules: number }[];
  rules: number;
}

export interface PolicySetStats {
  decisions: number;
  /** Per rule: how often it matched and errored since load. */
  rules: Record<string, { matched: number; errored: number }>;
  /** Would-be actions of shadow rules, counted per action kind. */
  shadow_actions: Record<string, number>;
}

export interface DecideOptions {
  now?: Date;
}

type Evaluator = (activation: Activation) => unknown;

const PASSED = 1;
const FAILED = 2;
const ERRORED = 3;

export class PolicySet {
  readonly version: PolicySetVersion;
  readonly rules: readonly CompiledRule[];
  readonly #evaluators: readonly Evaluator[];
  readonly #skippedConditions: ReadonlyMap<string, ConditionTrace[]>;
  #stats: PolicySetStats;

  constructor(version: PolicySetVersion, rules: CompiledRule[], evaluators: Evaluator[]) {
    this.version = version;
    this.rules = rules;
    this.#evaluators = evaluators;
    // A skipped rule's conditions are all "not applicable"; built once rather than per item.
    this.#skippedConditions = new Map(rules.map((r) => [
      r.id, Object.freeze(r.conditions.map((c) => Object.freeze({ expr: c.source, outcome: 'not_applicable' as const }))) as ConditionTrace[],
    ]));
    this.#stats = PolicySet.#emptyStats(rules);
  }

  static #emptyStats(rules: readonly CompiledRule[]): PolicySetStats {
    return {
      decisions: 0,
      rules: Object.fromEntries(rules.map((r) => [r.id, { matched: 0, errored: 0 }])),
      shadow_actions: {},
    };
  }

  /** Counters since load (or since the last reset), for metrics and the console. */
  stats(): PolicySetStats {
    return structuredClone(this.#stats);
  }

  resetStats(): void {
    this.#stats = PolicySet.#emptyStats(this.rules);
  }

  /**
   * Evaluates every live and shadow rule, in file then rule order, against one item.
   * Only live rules change the outcome; shadow rules' actions are listed under `shadow`.
   * A condition that errors makes its rule not match (fail closed) and is traced with its error.
   */
  decide(input: PolicyInput | PolicyInputPatch, options: DecideOptions = {}): Decision {
    const normalized = normalizePolicyInput(input);
    const activation = toActivation(normalized);
    const memo = new Uint8Array(this.#evaluators.length);
    const memoErrors: (string | undefined)[] = [];
    const evaluate = (slot: number): number => {
      const seen = memo[slot]!;
      if (seen !== 0) return seen;
      let result: number;
      try {
        const v = this.#evaluators[slot]!(activation);
        if (v === true) result = PASSED;
        else if (v === false) result = FAILED;
        else {
          result = ERRORED;
          memoErrors[slot] = `expression returned ${typeof v}, not a boolean`;
        }
      } catch (err) {
        result = ERRORED;
        memoErrors[slot] = errorSummary(err);
      }
      memo[slot] = result;
      return result;
    };

    const stats = this.#stats;
    stats.decisions++;
    const outcome = emptyOutcome();
    const actions: SourcedAction[] = [];
    const shadowActions: Decision['shadow']['actions'] = [];
    const shadowRules: string[] = [];
    const matched: string[] = [];
    const errored: string[] = [];
    const trace: RuleTrace[] = [];
    let stoppedBy: string | null = null;

    for (const rule of this.rules) {
      if (rule.mode === 'off' || stoppedBy !== null) {
        trace.push({
          rule: rule.id, pack: rule.pack, file: rule.file, mode: rule.mode, outcome: 'skipped', reason: rule.mode === 'off' ? 'mode off' : `stopped by ${stoppedBy}`,
          conditions: this.#skippedConditions.get(rule.id)!, actions: [], stopped: false,
        });
        continue;
      }

      // Trace entries are created in the written order, then filled in as conditions run (cheapest first).
      const conditions: ConditionTrace[] = [];
      for (const c of rule.conditions) conditions.push({ expr: c.source, outcome: 'not_applicable' });
      let state = PASSED;
      for (const index of rule.evaluationOrder) {
        const slot = rule.conditions[index]!.slot;
        const r = evaluate(slot);
        const entry = conditions[index]!;
        if (r === PASSED) {
          entry.outcome = 'passed';
          continue;
        }
        entry.outcome = r === FAILED ? 'failed' : 'errored';
        if (r === ERRORED) entry.error = memoErrors[slot];
        state = r;
        break;
      }

      if (state !== PASSED) {
        if (state === ERRORED) {
          errored.push(rule.id);
          stats.rules[rule.id]!.errored++;
        }
        trace.push({
          rule: rule.id, pack: rule.pack, file: rule.file, mode: rule.mode,
          outcome: state === ERRORED ? 'errored' : 'not_matched', conditions, actions: [], stopped: false,
        });
        continue;
      }

      stats.rules[rule.id]!.matched++;
      const traced: TracedAction[] = [];
      const live = rule.mode === 'live';
      if (live) matched.push(rule.id);
      else shadowRules.push(rule.id);
      for (const action of this.#resolveActions(rule, activation)) {
        if (live) {
          const changed = applyAction(outcome, action);
          traced.push({ ...action, effect: changed ? 'applied' : 'overridden' });
          if (changed) actions.push({ ...action, rule: rule.id });
        } else {
          traced.push({ ...action, effect: 'shadow' });
          shadowActions.push({ ...action, rule: rule.id, would_change: wouldChange(outcome, action) });
          stats.shadow_actions[action.kind] = (stats.shadow_actions[action.kind] ?? 0) + 1;
        }
      }
      trace.push({ rule: rule.id, pack: rule.pack, file: rule.file, mode: rule.mode, outcome: 'matched', conditions, actions: traced, stopped: rule.stop });
      // A shadow rule's `stop` is recorded (stopped: true) but must not change what live rules do.
      if (live && rule.stop) stoppedBy = rule.id;
    }

    return {
      policy_version: this.version.hash,
      decided_at: (options.now ?? new Date()).toISOString(),
      item_id: normalized.item.id,
      outcome,
      actions,
      shadow: { rules: shadowRules, actions: shadowActions },
      matched_rules: matched,
      errored_rules: errored,
      trace,
    };
  }

  #resolveActions(rule: CompiledRule, activation: Activation): DecisionAction[] {
    const out: DecisionAction[] = [];
    for (const a of rule.actions) {
      for (const f of a.fixed) out.push(f);
      if (a.reasonSlot !== undefined) {
        let reason = 'unspecified';
        try {
          const v = this.#evaluators[a.reasonSlot]!(activation);
          if (typeof v === 'string' && v !== '') reason = v;
        } catch {
          // The reason is informative only; the rule's conditions already decided it fires.
        }
        out.push({ kind: 'auto_close', reason });
      }
    }
    return out;
  }
}

/** The first line of a CEL error: the rest is a source excerpt meant for a terminal. */
export function errorSummary(err: unknown): string {
  if (err && typeof err === 'object' && 'summary' in err && typeof err.summary === 'string') return err.summary;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

/** `decide(set, input)`: the same as `set.decide(input)`, for callers that prefer a function. */
export function decide(set: PolicySet, input: PolicyInput | PolicyInputPatch, options?: DecideOptions): Decision {
  return set.decide(input, options);
}
