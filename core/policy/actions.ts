/**
 * The closed list of things a rule may do, their file syntax (`- route: finance`), their JSON
 * Schema and their normalised, JSON-serialisable form in a decision.
 */
import { URGENCY_LABELS, type UrgencyLabel } from '../triage/labels.ts';

export const ACTION_KINDS = [
  'tag', 'set_priority', 'set_urgency', 'route', 'queue', 'auto_close', 'require_approval',
  'suggest_macro', 'set_reply_mode', 'platform_action', 'escalate', 'notify',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** p1 is the most pressing. */
export const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Ordered from most open to most restrictive: the most restrictive one a rule asks for wins. */
export const REPLY_MODES = ['public', 'private', 'none'] as const;
export type ReplyMode = (typeof REPLY_MODES)[number];

/** What a channel plugin may be asked to do on the platform. */
export const PLATFORM_ACTIONS = ['remove', 'hide', 'timeout', 'ban'] as const;
export type PlatformActionName = (typeof PLATFORM_ACTIONS)[number];

/** One action as a decision records it. Every variant is plain JSON. */
export type DecisionAction =
  | { kind: 'tag'; tag: string }
  | { kind: 'set_priority'; priority: Priority }
  | { kind: 'set_urgency'; urgency: UrgencyLabel }
  | { kind: 'route'; team: string }
  | { kind: 'queue'; queue: string }
  | { kind: 'auto_close'; reason: string }
  | { kind: 'require_approval'; role: string; reason: string }
  | { kind: 'suggest_macro'; macro: string }
  | { kind: 'set_reply_mode'; mode: ReplyMode }
  | { kind: 'platform_action'; action: PlatformActionName; duration: string | null; reason: string }
  | { kind: 'escalate'; target: string; reason: string }
  | { kind: 'notify'; target: string; message: string };

const NAME = { type: 'string', pattern: '^[a-z0-9][a-z0-9_.:-]*$', maxLength: 100 } as const;
const TEXT = { type: 'string', minLength: 1, maxLength: 500 } as const;
const DURATION = { type: 'string', pattern: '^[0-9]+(s|m|h|d|w)$' } as const;
/** A CEL expression evaluated on the item when the action fires (for example the close reason). */
const EXPR = { type: 'string', minLength: 1, maxLength: 2000 } as const;

/** JSON Schema of each action's value in a policy file. */
export const ACTION_VALUE_SCHEMAS: Record<ActionKind, object> = {
  tag: { oneOf: [NAME, { type: 'array', items: NAME, minItems: 1 }] },
  set_priority: { enum: [...PRIORITIES] },
  set_urgency: { enum: [...URGENCY_LABELS] },
  route: NAME,
  queue: NAME,
  auto_close: {
    oneOf: [
      TEXT,
      {
        type: 'object', additionalProperties: false,
        properties: { reason: TEXT, reason_expr: EXPR },
        oneOf: [{ required: ['reason'] }, { required: ['reason_expr'] }],
      },
    ],
  },
  require_approval: {
    oneOf: [
      { const: true },
      { type: 'object', additionalProperties: false, properties: { role: NAME, reason: TEXT } },
    ],
  },
  suggest_macro: NAME,
  set_reply_mode: { enum: [...REPLY_MODES] },
  platform_action: {
    oneOf: [
      { enum: [...PLATFORM_ACTIONS] },
      {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: { action: { enum: [...PLATFORM_ACTIONS] }, duration: DURATION, reason: TEXT },
      },
    ],
  },
  escalate: {
    oneOf: [
      NAME,
      { type: 'object', additionalProperties: false, required: ['target'], properties: { target: NAME, reason: TEXT } },
    ],
  },
  notify: {
    oneOf: [
      NAME,
      { type: 'object', additionalProperties: false, required: ['target'], properties: { target: NAME, message: TEXT } },
    ],
  },
};

/** An action as compiled from a file: either fixed, or with a reason computed per item. */
export interface CompiledAction {
  kind: ActionKind;
  /** The normalised actions (a `tag: [a, b]` gives two). */
  fixed: DecisionAction[];
  /** For `auto_close: {reason_expr}`: the expression source, compiled by the loader. */
  reasonExpr?: string;
}

/**
 * Turns one validated `{ kind: value }` from a file into its normalised actions. The value has
 * passed the JSON Schema, so the casts below only narrow what the schema already guarantees.
 */
export function normalizeAction(kind: ActionKind, value: unknown): CompiledAction {
  const v = value as Record<string, unknown>;
  const str = (x: unknown, d = ''): string => (typeof x === 'string' ? x : d);
  switch (kind) {
    case 'tag': {
      const tags = Array.isArray(value) ? (value as string[]) : [value as string];
      return { kind, fixed: tags.map((tag) => ({ kind, tag })) };
    }
    case 'set_priority': return { kind, fixed: [{ kind, priority: value as Priority }] };
    case 'set_urgency': return { kind, fixed: [{ kind, urgency: value as UrgencyLabel }] };
    case 'route': return { kind, fixed: [{ kind, team: value as string }] };
    case 'queue': return { kind, fixed: [{ kind, queue: value as string }] };
    case 'auto_close':
      if (typeof value === 'string') return { kind, fixed: [{ kind, reason: value }] };
      if (typeof v.reason_expr === 'string') return { kind, fixed: [], reasonExpr: v.reason_expr };
      return { kind, fixed: [{ kind, reason: str(v.reason) }] };
    case 'require_approval':
      if (value === true) return { kind, fixed: [{ kind, role: 'lead', reason: '' }] };
      return { kind, fixed: [{ kind, role: str(v.role, 'lead'), reason: str(v.reason) }] };
    case 'suggest_macro': return { kind, fixed: [{ kind, macro: value as string }] };
    case 'set_reply_mode': return { kind, fixed: [{ kind, mode: value as ReplyMode }] };
    case 'platform_action':
      if (typeof value === 'string') return { kind, fixed: [{ kind, action: value as PlatformActionName, duration: null, reason: '' }] };
      return {
        kind,
        fixed: [{ kind, action: v.action as PlatformActionName, duration: typeof v.duration === 'string' ? v.duration : null, reason: str(v.reason) }],
      };
    case 'escalate':
      if (typeof value === 'string') return { kind, fixed: [{ kind, target: value, reason: '' }] };
      return { kind, fixed: [{ kind, target: str(v.target), reason: str(v.reason) }] };
    case 'notify':
      if (typeof value === 'string') return { kind, fixed: [{ kind, target: value, message: '' }] };
      return { kind, fixed: [{ kind, target: str(v.target), message: str(v.message) }] };
  }
}

/** A one-line human form of an action, for traces, diffs and reports. */
export function describeAction(a: DecisionAction): string {
  switch (a.kind) {
    case 'tag': return `tag ${a.tag}`;
    case 'set_priority': return `priority ${a.priority}`;
    case 'set_urgency': return `urgency ${a.urgency}`;
    case 'route': return `route → ${a.team}`;
    case 'queue': return `queue ${a.queue}`;
    case 'auto_close': return `auto-close (${a.reason})`;
    case 'require_approval': return `require approval by ${a.role}`;
    case 'suggest_macro': return `suggest macro ${a.macro}`;
    case 'set_reply_mode': return `reply ${a.mode}`;
    case 'platform_action': return `platform ${a.action}${a.duration ? ` ${a.duration}` : ''}`;
    case 'escalate': return `escalate → ${a.target}`;
    case 'notify': return `notify ${a.target}`;
  }
}
