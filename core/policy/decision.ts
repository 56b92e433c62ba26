/**
 * What the engine returns for one item, and how the actions of several matching rules combine
 * into one outcome. Everything here is plain JSON: the lead stores it per item and serves it.
 */
import { URGENCY_LABELS, type UrgencyLabel } from '../triage/labels.ts';
import { PRIORITIES, REPLY_MODES, type DecisionAction, type PlatformActionName, type Priority, type ReplyMode } from './actions.ts';
import type { RuleMode } from './policy-schema.ts';

export const CONDITION_OUTCOMES = ['passed', 'failed', 'not_applicable', 'errored'] as const;
export type ConditionOutcome = (typeof CONDITION_OUTCOMES)[number];

export const RULE_OUTCOMES = ['matched', 'not_matched', 'errored', 'skipped'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

/** What happened to one action of a matching rule. */
export type ActionEffect =
  /** Changed the outcome. */
  | 'applied'
  /** A live action that changed nothing: an earlier or stronger rule already decided that field. */
  | 'overridden'
  /** From a shadow rule: recorded, never acted on. */
  | 'shadow';

export interface ConditionTrace {
  expr: string;
  outcome: ConditionOutcome;
  /** Present when outcome is 'errored'. */
  error?: string;
}

export type TracedAction = DecisionAction & { effect: ActionEffect };

export interface RuleTrace {
  rule: string;
  pack: string;
  file: string;
  mode: RuleMode;
  outcome: RuleOutcome;
  /** Why a rule was skipped ('mode off', 'stopped by <rule>'). */
  reason?: string;
  /** In the order written; the engine may evaluate them in another order (cheapest first). */
  conditions: ConditionTrace[];
  actions: TracedAction[];
  /** This rule matched with `stop: true` (for a shadow rule: it would have stopped). */
  stopped: boolean;
}

/** The combined effect of every live rule that matched. */
export interface DecisionOutcome {
  tags: string[];
  priority: Priority | null;
  urgency: UrgencyLabel | null;
  route: string | null;
  queue: string | null;
  reply_mode: ReplyMode | null;
  auto_close: { reason: string } | null;
  require_approval: { role: string; reason: string } | null;
  macros: string[];
  platform_actions: { action: PlatformActionName; duration: string | null; reason: string }[];
  escalations: { target: string; reason: string }[];
  notifications: { target: string; message: string }[];
}

export type SourcedAction = DecisionAction & { rule: string };

export interface Decision {
  /** Content hash of the policy set that decided. */
  policy_version: string;
  decided_at: string;
  item_id: string;
  outcome: DecisionOutcome;
  /** Live actions that changed the outcome, in rule order, each with its rule. */
  actions: SourcedAction[];
  /** What shadow rules would have done. Never acted on. */
  shadow: {
    rules: string[];
    actions: (SourcedAction & { would_change: boolean })[];
  };
  /** Live rules that matched, in order. */
  matched_rules: string[];
  /** Rules whose conditions errored (they did not match). */
  errored_rules: string[];
  trace: RuleTrace[];
}

export function emptyOutcome(): DecisionOutcome {
  return {
    tags: [], priority: null, urgency: null, route: null, queue: null, reply_mode: null,
    auto_close: null, require_approval: null, macros: [], platform_actions: [], escalations: [],
    notifications: [],
  };
}

const rank = <T extends string>(list: readonly T[], v: T): number => list.indexOf(v);

/**
 * Applies one action to an outcome and says whether it changed anything. The combination
 * rules, documented for leads in docs/policies.md:
 * - urgency and priority: the most pressing wins, so no later rule can downgrade a threat;
 * - reply mode: the most restrictive wins (none > private > public), so a self-harm item is
 *   never answered publicly whatever a later reply-mode rule says;
 * - route, queue, auto-close, require approval: the first rule in order wins;
 * - tags, macros, platform actions, escalations, notifications: all of them, without repeats.
 */
export function applyAction(o: DecisionOutcome, a: DecisionAction): boolean {
  if (!changes(o, a)) return false;
  switch (a.kind) {
    case 'tag': o.tags.push(a.tag); break;
    case 'set_priority': o.priority = a.priority; break;
    case 'set_urgency': o.urgency = a.urgency; break;
    case 'route': o.route = a.team; break;
    case 'queue': o.queue = a.queue; break;
    case 'auto_close': o.auto_close = { reason: a.reason }; break;
    case 'require_approval': o.require_approval = { role: a.role, reason: a.reason }; break;
    case 'suggest_macro': o.macros.push(a.macro); break;
    case 'set_reply_mode': o.reply_mode = a.mode; break;
    case 'platform_action': o.platform_actions.push({ action: a.action, duration: a.duration, reason: a.reason }); break;
    case 'escalate': o.escalations.push({ target: a.target, reason: a.reason }); break;
    case 'notify': o.notifications.push({ target: a.target, message: a.message }); break;
  }
  return true;
}

/** Would this action change the outcome? (For shadow actions; the outcome is not modified.) */
export function wouldChange(o: DecisionOutcome, a: DecisionAction): boolean {
  return changes(o, a);
}

function changes(o: DecisionOutcome, a: DecisionAction): boolean {
  // Only the first rule decides single-valued fields, except the ranked ones (see applyAction).
  switch (a.kind) {
    case 'tag':
      return !o.tags.includes(a.tag);
    case 'set_priority':
      // PRIORITIES runs p1..p4: a lower index is more pressing.
      if (o.priority !== null && rank(PRIORITIES, o.priority) <= rank(PRIORITIES, a.priority)) return false;
      return true;
    case 'set_urgency':
      if (o.urgency !== null && rank(URGENCY_LABELS, o.urgency) >= rank(URGENCY_LABELS, a.urgency)) return false;
      return true;
    case 'route':
      return o.route === null;
    case 'queue':
      return o.queue === null;
    case 'auto_close':
      return o.auto_close === null;
    case 'require_approval':
      return o.require_approval === null;
    case 'suggest_macro':
      return !o.macros.includes(a.macro);
    case 'set_reply_mode':
      if (o.reply_mode !== null && rank(REPLY_MODES, o.reply_mode) >= rank(REPLY_MODES, a.mode)) return false;
      return true;
    case 'platform_action':
      if (o.platform_actions.some((p) => p.action === a.action && p.duration === a.duration)) return false;
      return true;
    case 'escalate':
      if (o.escalations.some((e) => e.target === a.target)) return false;
      return true;
    case 'notify':
      if (o.notifications.some((n) => n.target === a.target)) return false;
      return true;
  }
}
