/**
 * Policy tests: YAML files of example items with the decision expected for each. Run by
 * `steward policy test` and by CI (default-packs.test.ts), and readable by a moderation lead.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { PLATFORM_ACTIONS, PRIORITIES, REPLY_MODES } from './actions.ts';
import type { Decision } from './decision.ts';
import type { PolicyInputPatch } from './policy-input.ts';
import type { PolicySet } from './policy-set.ts';
import { URGENCY_LABELS } from '../triage/labels.ts';
import { parseYamlSource } from './yaml-source.ts';

const NAME_LIST = { type: 'array', items: { type: 'string' } } as const;
const SCALAR_EXPECTATIONS = {
  priority: { enum: [...PRIORITIES, null] },
  urgency: { enum: [...URGENCY_LABELS, null] },
  route: { type: ['string', 'null'] },
  queue: { type: ['string', 'null'] },
  reply_mode: { enum: [...REPLY_MODES, null] },
  /** A reason, or null for "not closed". */
  auto_close: { type: ['string', 'null'] },
  /** The approving role, or null for "no approval needed". */
  require_approval: { type: ['string', 'null'] },
} as const;
const LIST_EXPECTATIONS = {
  tags: NAME_LIST,
  macros: NAME_LIST,
  platform_actions: { type: 'array', items: { enum: [...PLATFORM_ACTIONS] } },
  escalations: NAME_LIST,
  notifications: NAME_LIST,
  matched_rules: NAME_LIST,
  shadow_rules: NAME_LIST,
} as const;

const TEST_FILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['tests'],
  properties: {
    description: { type: 'string' },
    tests: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'input', 'expect'],
        properties: {
          name: { type: 'string', minLength: 1 },
          input: { type: 'object' },
          expect: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...SCALAR_EXPECTATIONS,
              ...LIST_EXPECTATIONS,
              /** Lists that must NOT contain any of the given values. */
              absent: { type: 'object', additionalProperties: false, properties: LIST_EXPECTATIONS },
            },
          },
        },
      },
    },
  },
} as const;

type ScalarKey = keyof typeof SCALAR_EXPECTATIONS;
type ListKey = keyof typeof LIST_EXPECTATIONS;
export type PolicyExpectation = Partial<Record<ScalarKey, string | null>> & Partial<Record<ListKey, string[]>> & {
  absent?: Partial<Record<ListKey, string[]>>;
};

export interface PolicyTestCase {
  file: string;
  line: number;
  name: string;
  input: PolicyInputPatch;
  expect: PolicyExpectation;
}

export interface PolicyTestResult {
  test: PolicyTestCase;
  passed: boolean;
  /** One line per difference, e.g. `route: expected finance, got support`. */
  differences: string[];
  decision: Decision;
}

export interface TestFileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateTestFile = ajv.compile(TEST_FILE_SCHEMA);

/** Parses and validates test files; problems are reported by file and position. */
export function parsePolicyTests(files: { path: string; text: string }[]): { tests: PolicyTestCase[]; problems: TestFileProblem[] } {
  const tests: PolicyTestCase[] = [];
  const problems: TestFileProblem[] = [];
  for (const file of files) {
    const source = parseYamlSource(file.text);
    for (const e of source.errors) problems.push({ file: file.path, ...e.position, message: e.message });
    if (source.errors.length > 0) continue;
    if (!validateTestFile(source.value)) {
      for (const e of validateTestFile.errors ?? []) {
        const path = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
        problems.push({ file: file.path, ...source.positionOf(path), message: `${e.instancePath || 'file'} ${e.message}${extra}` });
      }
      continue;
    }
    const doc = source.value as { tests: { name: string; input: PolicyInputPatch; expect: PolicyExpectation }[] };
    doc.tests.forEach((t, i) => {
      tests.push({ file: file.path, line: source.positionOf(['tests', i]).line, name: t.name, input: t.input, expect: t.expect });
    });
  }
  return { tests, problems };
}

export async function readPolicyTestDir(dir: string): Promise<{ path: string; text: string }[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ path: relative(process.cwd(), join(dir, n)) || n, text: await readFile(join(dir, n), 'utf8') })));
}

const show = (v: unknown): string => (v === null ? 'none' : String(v));

/** What the decision says for each expectation key, in the shape tests are written in. */
function actual(decision: Decision): Record<ScalarKey, string | null> & Record<ListKey, string[]> {
  const o = decision.outcome;
  return {
    priority: o.priority, urgency: o.urgency, route: o.route, queue: o.queue, reply_mode: o.reply_mode,
    auto_close: o.auto_close?.reason ?? null,
    require_approval: o.require_approval?.role ?? null,
    tags: o.tags, macros: o.macros,
    platform_actions: o.platform_actions.map((p) => p.action),
    escalations: o.escalations.map((e) => e.target),
    notifications: o.notifications.map((n) => n.target),
    matched_rules: decision.matched_rules,
    shadow_rules: decision.shadow.rules,
  };
}

/** Compares one decision with an expectation; returns the readable differences. */
export function compareDecision(decision: Decision, expect: PolicyExpectation): string[] {
  const got = actual(decision);
  const diffs: string[] = [];
  for (const key of Object.keys(SCALAR_EXPECTATIONS) as ScalarKey[]) {
    if (!(key in expect)) continue;
    const want = expect[key] ?? null;
    if (want !== got[key]) diffs.push(`${key}: expected ${show(want)}, got ${show(got[key])}`);
  }
  for (const key of Object.keys(LIST_EXPECTATIONS) as ListKey[]) {
    const want = expect[key];
    if (want) {
      const missing = want.filter((w) => !got[key].includes(w));
      if (missing.length > 0) diffs.push(`${key}: missing ${missing.join(', ')} (got: ${got[key].join(', ') || 'none'})`);
    }
    const banned = expect.absent?.[key];
    if (banned) {
      const present = banned.filter((b) => got[key].includes(b));
      if (present.length > 0) diffs.push(`${key}: should not contain ${present.join(', ')}`);
    }
  }
  // A rule that errors on a test item is always a failure: it would fail closed in production.
  if (decision.errored_rules.length > 0) {
    for (const r of decision.trace.filter((t) => t.outcome === 'errored')) {
      const c = r.conditions.find((x) => x.outcome === 'errored');
      diffs.push(`rule ${r.rule} errored: ${c?.error ?? 'unknown error'}`);
    }
  }
  return diffs;
}

export function runPolicyTests(set: PolicySet, tests: PolicyTestCase[]): PolicyTestResult[] {
  return tests.map((test) => {
    const decision = set.decide(test.input, { now: new Date(0) });
    const differences = compareDecision(decision, test.expect);
    return { test, passed: differences.length === 0, differences, decision };
  });
}

/** The report `steward policy test` prints: failures in full, then a summary line. */
export function formatTestResults(results: PolicyTestResult[], options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.passed) {
      if (options.verbose) lines.push(`  ✓ ${r.test.file}:${r.test.line} ${r.test.name}`);
      continue;
    }
    lines.push(`  ✗ ${r.test.file}:${r.test.line} ${r.test.name}`);
    for (const d of r.differences) lines.push(`      ${d}`);
    const matched = r.decision.trace.filter((t) => t.outcome === 'matched').map((t) => `${t.rule}${t.mode === 'shadow' ? ' (shadow)' : ''}`);
    lines.push(`      rules matched: ${matched.join(', ') || 'none'}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push(`${results.length - failed} passed, ${failed} failed, ${results.length} tests`);
  return lines.join('\n');
}
