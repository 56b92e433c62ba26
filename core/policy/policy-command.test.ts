// Tests core/cli/policy-command.ts (kept here: this engineer's tests live with the policy engine).
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSince, runPolicyCommand, type PolicyCommandDeps } from '../cli/policy-command.ts';
import type { BacktestItem } from './backtest.ts';

const REPO = join(import.meta.dir, '..', '..');
let dir = '';

function capture(extra: Partial<PolicyCommandDeps> = {}) {
  const out = { stdout: '', stderr: '' };
  const deps: PolicyCommandDeps = {
    cwd: REPO,
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    now: () => new Date('2026-01-31T00:00:00Z'),
    ...extra,
  };
  return { out, deps };
}

const POLICY = 'pack: p\nrules:\n  - id: billing\n    mode: live\n    when: labels.topic == "billing"\n    then:\n      - route: finance\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steward-policy-cli-'));
  await mkdir(join(dir, 'good', 'tests'), { recursive: true });
  await writeFile(join(dir, 'good', '10-p.yaml'), POLICY);
  await writeFile(join(dir, 'good', 'tests', 'p.yaml'), [
    'tests:',
    '  - name: billing goes to finance',
    '    input: { labels: { topic: billing } }',
    '    expect: { route: finance }',
    '  - name: this expectation is wrong on purpose',
    '    input: { labels: { topic: billing } }',
    '    expect: { route: support, tags: [vip] }',
  ].join('\n'));
  await mkdir(join(dir, 'bad'), { recursive: true });
  await writeFile(join(dir, 'bad', '10-p.yaml'), POLICY.replace('route: finance', 'teleport: finance'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('steward policy', () => {
  test('check validates the shipped packs', async () => {
    const { out, deps } = capture();
    expect(await runPolicyCommand(['check'], deps)).toBe(0);
    expect(await runPolicyCommand(['policy', 'check'], deps)).toBe(0);
    expect(out.stdout).toContain('rules in 3 files');
  });

  test('test runs the shipped packs\' tests and exits 0', async () => {
    const { out, deps } = capture();
    expect(await runPolicyCommand(['test'], deps)).toBe(0);
    expect(out.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  test('a failing test prints a readable diff and exits non-zero', async () => {
    const { out, deps } = capture();
    expect(await runPolicyCommand(['test', '--policies', join(dir, 'good')], deps)).toBe(1);
    expect(out.stdout).toContain('✗');
    expect(out.stdout).toContain('this expectation is wrong on purpose');
    expect(out.stdout).toContain('route: expected support, got finance');
    expect(out.stdout).toContain('tags: missing vip (got: none)');
    expect(out.stdout).toContain('1 passed, 1 failed, 2 tests');
  });

  test('an invalid policy set is reported with file, rule and position', async () => {
    const { out, deps } = capture();
    expect(await runPolicyCommand(['test', `--policies=${join(dir, 'bad')}`], deps)).toBe(1);
    expect(out.stderr).toContain('10-p.yaml:7:9 rule billing: unknown action "teleport"');
  });

  test('backtest reads a JSONL export with --items', async () => {
    const lines = [
      { input: { item: { id: 'a' }, labels: { topic: 'billing' } }, recorded: null },
      { input: { item: { id: 'b' }, labels: { topic: 'bug' } }, recorded: null },
    ].map((l) => JSON.stringify(l)).join('\n');
    await writeFile(join(dir, 'items.jsonl'), lines);
    const { out, deps } = capture();
    expect(await runPolicyCommand(['backtest', '--policies', join(dir, 'good'), '--items', join(dir, 'items.jsonl')], deps)).toBe(0);
    expect(out.stdout).toContain('over 2 items');
    expect(out.stdout).toContain('1  route: (none) → finance');
    expect(out.stderr).toContain('backtest: 2/2');
  });

  test('backtest --since asks the wired source for items since that time', async () => {
    let asked: Date | undefined;
    const backtestSource = async ({ since }: { since: Date }) => {
      asked = since;
      const items: BacktestItem[] = [{ input: { labels: { topic: 'billing' } }, recorded: null }];
      return { items: (async function* () { yield* items; })(), total: 1 };
    };
    const { out, deps } = capture({ backtestSource });
    expect(await runPolicyCommand(['backtest', '--since', '30d', '--json'], deps)).toBe(0);
    expect(asked?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(JSON.parse(out.stdout).items).toBe(1);
  });

  test('usage errors exit 2', async () => {
    const { out, deps } = capture();
    expect(await runPolicyCommand(['frobnicate'], deps)).toBe(2);
    expect(await runPolicyCommand(['backtest'], deps)).toBe(2);
    expect(await runPolicyCommand(['backtest', '--since', '30d'], deps)).toBe(2);
    expect(out.stderr).toContain('needs the database');
    expect(parseSince('2w', new Date('2026-01-15T00:00:00Z'))?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseSince('soon', new Date())).toBeNull();
  });
});
