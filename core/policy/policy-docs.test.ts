import { describe, expect, test } from 'bun:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RISK_TOPICS } from '../triage/labels.ts';
import { ACTION_KINDS, PLATFORM_ACTIONS } from './actions.ts';
import { POLICY_FUNCTIONS } from './cel-environment.ts';
import { LABEL_HEADS, POLICY_INPUT_FIELDS, POLICY_SECTIONS, defaultPolicyInput } from './policy-input.ts';

// docs/policies.md is what a moderation lead writes rules from; it must not fall behind the code.
const docs = await readFile(join(import.meta.dir, '..', '..', 'docs', 'policies.md'), 'utf8');

describe('docs/policies.md', () => {
  test('documents every action', () => {
    for (const kind of ACTION_KINDS) expect(docs).toContain(`| \`${kind}\` |`);
    for (const a of PLATFORM_ACTIONS) expect(docs).toContain(`\`${a}\``);
  });

  test('documents every variable with its default', () => {
    const defaults = defaultPolicyInput() as unknown as Record<string, Record<string, unknown>>;
    for (const section of POLICY_SECTIONS) {
      for (const field of Object.keys(POLICY_INPUT_FIELDS[section])) {
        if (field === 'confidence' || field === 'risk') continue;
        const value = defaults[section]![field];
        expect(docs).toContain(`| \`${section}.${field}\` | `);
        expect(docs).toContain(`| ${JSON.stringify(value) === '[]' ? '`[]`' : `\`${JSON.stringify(value)}\``} |`);
      }
    }
    for (const head of LABEL_HEADS) expect(docs.includes(`labels.confidence.${head}\``) || docs.includes(`\`.${head}\``)).toBe(true);
    for (const topic of RISK_TOPICS) expect(docs).toContain(`.${topic}\``);
  });

  test('documents every added function', () => {
    for (const f of POLICY_FUNCTIONS) expect(docs).toContain(`.${f.signature.split('.')[1]!.split('(')[0]}(`);
  });
});
