/**
 * Backtest: replays a candidate policy set over items already decided and counts what would
 * change. Pure over an async stream of items, so the store, a JSONL export or a generated test
 * case can feed it alike.
 */
import type { Decision, DecisionOutcome, SourcedAction } from './decision.ts';
import { emptyOutcome } from './decision.ts';
import type { ActionKind } from './actions.ts';
import type { PolicyInput, PolicyInputPatch } from './policy-input.ts';
import type { PolicySet } from './policy-set.ts';

export interface BacktestItem {
  input: PolicyInput | PolicyInputPatch;
  /** What was decided at the time, or null if the item was never decided. */
  recorded: Decision | null;
}

export interface BacktestOptions {
  /** Examples kept per change kind. Default 5. */
  maxExamples?: number;
  /** Total items, when the source knows it (for the progress bar). */
  total?: number;
  /** Called every `progressEvery` items and once at the end. */
  onProgress?: (done: number, total: number | undefined) => void;
  progressEvery?: number;
}

/** The outcome fields a backtest compares. Scalars change from one value to another. */
export const SCALAR_FIELDS = ['route', 'queue', 'priority', 'urgency', 'reply_mode', 'auto_close', 'require_approval'] as const;
/** Set-valued fields: values are added or removed. */
export const SET_FIELDS = ['tags', 'macros', 'platform_actions', 'escalations', 'notifications'] as const;
export type OutcomeField = (typeof SCALAR_FIELDS)[number] | (typeof SET_FIELDS)[number];

const FIELD_ACTION: Record<OutcomeField, ActionKind> = {
  route: 'route', queue: 'queue', priority: 'set_priority', urgency: 'set_urgency', reply_mode: 'set_reply_mode',
  auto_close: 'auto_close', require_approval: 'require_approval', tags: 'tag', macros: 'suggest_macro',
  platform_actions: 'platform_action', escalations: 'escalate', notifications: 'notify',
};

export interface BacktestExample {
  item_id: string;
  from: string;
  to: string;
  /** Candidate rules that produced the new value (or, for a removal, recorded rules that produced the old). */
  rules: string[];
}

export interface BacktestChange {
  /** e.g. `route: support → finance`, `tags: +scam`. */
  kind: string;
  field: OutcomeField;
  from: string;
  to: string;
  count: number;
  examples: BacktestExample[];
}

export interface FieldCounts {
  /** Items where the field had a value (a non-empty list) as recorded. */
  before: number;
  /** … and under the candidate. */
  after: number;
  /** Items where the field differs. */
  changed: number;
}

export interface BacktestResult {
  policy_version: string;
  items: number;
  changed_items: number;
  unchanged_items: number;
  /** Items with no recorded decision: compared against "nothing happened". */
  unrecorded_items: number;
  /** Items on which a candidate rule errored (it did not match). */
  errored_items: number;
  /** Per outcome field (one per action kind). */
  actions: Record<OutcomeField, FieldCounts>;
  /** Items per route team, before and after; `(none)` for unrouted. */
  routes: Record<string, { before: number; after: number }>;
  /** Every distinct change, most frequent first. */
  changes: BacktestChange[];
  /** Would-be actions of the candidate's shadow rules, per action kind. */
  shadow_actions: Record<string, number>;
}

export const NONE = '(none)';

/** The value of a scalar field as a comparable string. */
function scalar(o: DecisionOutcome, f: (typeof SCALAR_FIELDS)[number]): string {
  switch (f) {
    case 'auto_close': return o.auto_close ? o.auto_close.reason : NONE;
    case 'require_approval': return o.require_approval ? o.require_approval.role : NONE;
    default: return o[f] ?? NONE;
  }
}

function members(o: DecisionOutcome, f: (typeof SET_FIELDS)[number]): string[] {
  switch (f) {
    case 'tags': return o.tags;
    case 'macros': return o.macros;
    case 'platform_actions': return o.platform_actions.map((p) => (p.duration ? `${p.action} ${p.duration}` : p.action));
    case 'escalations': return o.escalations.map((e) => e.target);
    case 'notifications': return o.notifications.map((n) => n.target);
  }
}

/** An action's value in the same string form as `scalar()` and `members()` give for outcomes. */
function actionValue(a: SourcedAction): string {
  switch (a.kind) {
    case 'tag': return a.tag;
    case 'set_priority': return a.priority;
    case 'set_urgency': return a.urgency;
    case 'route': return a.team;
    case 'queue': return a.queue;
    case 'auto_close': return a.reason;
    case 'require_approval': return a.role;
    case 'suggest_macro': return a.macro;
    case 'set_reply_mode': return a.mode;
    case 'platform_action': return a.duration ? `${a.action} ${a.duration}` : a.action;
    case 'escalate': return a.target;
    case 'notify': return a.target;
  }
}

/** The rules whose action set `field` to `value` in a decision. */
function rulesFor(actions: SourcedAction[] | undefined, field: OutcomeField, value: string): string[] {
  if (!actions) return [];
  const kind = FIELD_ACTION[field];
  return [...new Set(actions.filter((a) => a.kind === kind && actionValue(a) === value).map((a) => a.rule))];
}

export async function backtest(
  candidate: PolicySet,
  items: AsyncIterable<BacktestItem> | Iterable<BacktestItem>,
  options: BacktestOptions = {},
): Promise<BacktestResult> {
  const maxExamples = options.maxExamples ?? 5;
  const every = Math.max(1, options.progressEvery ?? 500);
  const actions = Object.fromEntries([...SCALAR_FIELDS, ...SET_FIELDS].map((f) => [f, { before: 0, after: 0, changed: 0 }])) as Record<OutcomeField, FieldCounts>;
  const routes: Record<string, { before: number; after: number }> = {};
  const changes = new Map<string, BacktestChange>();
  const shadow: Record<string, number> = {};
  let count = 0;
  let changedItems = 0;
  let unrecorded = 0;
  let errored = 0;
  const epoch = new Date(0);

  const note = (field: OutcomeField, from: string, to: string, itemId: string, rules: string[]): void => {
    const kind = (SET_FIELDS as readonly string[]).includes(field) ? `${field}: ${from === '' ? `+${to}` : `-${from}`}` : `${field}: ${from} → ${to}`;
    let c = changes.get(kind);
    if (!c) {
      c = { kind, field, from, to, count: 0, examples: [] };
      changes.set(kind, c);
    }
    c.count++;
    if (c.examples.length < maxExamples) c.examples.push({ item_id: itemId, from, to, rules });
  };

  for await (const item of items) {
    count++;
    const after = candidate.decide(item.input, { now: epoch });
    if (item.recorded === null) unrecorded++;
    if (after.errored_rules.length > 0) errored++;
    for (const a of after.shadow.actions) shadow[a.kind] = (shadow[a.kind] ?? 0) + 1;
    const before = item.recorded?.outcome ?? emptyOutcome();
    const id = after.item_id;
    let changed = false;

    for (const f of SCALAR_FIELDS) {
      const b = scalar(before, f);
      const a = scalar(after.outcome, f);
      if (b !== NONE) actions[f].before++;
      if (a !== NONE) actions[f].after++;
      if (b !== a) {
        actions[f].changed++;
        changed = true;
        note(f, b, a, id, a === NONE ? rulesFor(item.recorded?.actions, f, b) : rulesFor(after.actions, f, a));
      }
    }
    for (const f of SET_FIELDS) {
      const b = members(before, f);
      const a = members(after.outcome, f);
      if (b.length > 0) actions[f].before++;
      if (a.length > 0) actions[f].after++;
      let fieldChanged = false;
      for (const v of a) if (!b.includes(v)) { fieldChanged = true; note(f, '', v, id, rulesFor(after.actions, f, v)); }
      for (const v of b) if (!a.includes(v)) { fieldChanged = true; note(f, v, '', id, rulesFor(item.recorded?.actions, f, v)); }
      if (fieldChanged) {
        actions[f].changed++;
        changed = true;
      }
    }
    const rb = before.route ?? NONE;
    const ra = after.outcome.route ?? NONE;
    (routes[rb] ??= { before: 0, after: 0 }).before++;
    (routes[ra] ??= { before: 0, after: 0 }).after++;
    if (changed) changedItems++;
    if (count % every === 0) options.onProgress?.(count, options.total);
  }
  options.onProgress?.(count, options.total ?? count);

  return {
    policy_version: candidate.version.hash,
    items: count,
    changed_items: changedItems,
    unchanged_items: count - changedItems,
    unrecorded_items: unrecorded,
    errored_items: errored,
    actions,
    routes,
    changes: [...changes.values()].sort((x, y) => y.count - x.count || (x.kind < y.kind ? -1 : 1)),
    shadow_actions: shadow,
  };
}
