/** The JSON Schema every policy file must pass before any expression in it is compiled. */
import { ACTION_KINDS, ACTION_VALUE_SCHEMAS } from './actions.ts';

export const RULE_MODES = ['live', 'shadow', 'off'] as const;
export type RuleMode = (typeof RULE_MODES)[number];

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9_.-]*$', maxLength: 120 } as const;
const EXPRESSION = { type: 'string', minLength: 1, maxLength: 4000 } as const;

export const ACTION_SCHEMA = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  propertyNames: { enum: [...ACTION_KINDS] },
  properties: ACTION_VALUE_SCHEMAS,
} as const;

export const RULE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'mode', 'when', 'then'],
  properties: {
    id: ID,
    description: { type: 'string' },
    mode: { enum: [...RULE_MODES] },
    when: { oneOf: [EXPRESSION, { type: 'array', items: EXPRESSION, minItems: 1 }] },
    then: { type: 'array', items: ACTION_SCHEMA, minItems: 1 },
    stop: { type: 'boolean' },
  },
} as const;

export const POLICY_FILE_SCHEMA = {
  $id: 'https://steward.dev/schemas/policy-file.json',
  type: 'object',
  additionalProperties: false,
  required: ['pack', 'rules'],
  properties: {
    pack: ID,
    description: { type: 'string' },
    rules: { type: 'array', items: RULE_SCHEMA },
  },
} as const;

/** A rule as written in a file, after schema validation. */
export interface RuleSource {
  id: string;
  description?: string;
  mode: RuleMode;
  when: string | string[];
  then: Record<string, unknown>[];
  stop?: boolean;
}

export interface PolicyFileSource {
  pack: string;
  description?: string;
  rules: RuleSource[];
}
