import { describe, expect, test } from 'bun:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compilePolicySet, listPolicyFiles, loadPolicyDir } from './policy-loader.ts';
import { formatTestResults, parsePolicyTests, readPolicyTestDir, runPolicyTests } from './policy-test-runner.ts';

const POLICIES = join(import.meta.dir, '..', '..', 'policies');

describe('shipped policy packs', () => {
  test('load without problems', async () => {
    const r = await loadPolicyDir(POLICIES);
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    expect(r.set.version.files.map((f) => f.pack)).toEqual(['trust-and-safety', 'support-routing', 'reply-mode']);
  });

  test('pass every test in policies/tests', async () => {
    const r = await loadPolicyDir(POLICIES);
    if (!r.ok) throw new Error('packs do not load');
    const { tests, problems } = parsePolicyTests(await readPolicyTestDir(join(POLICIES, 'tests')));
    expect(problems).toEqual([]);
    expect(tests.length).toBeGreaterThanOrEqual(30);
    const results = runPolicyTests(r.set, tests);
    const failed = results.filter((x) => !x.passed);
    if (failed.length > 0) throw new Error(formatTestResults(results));
  });

  test('the tests catch a regression: routing billing to support fails them with a readable diff', async () => {
    const files = await Promise.all((await listPolicyFiles(POLICIES)).map(async (p) => ({ path: p, text: await readFile(p, 'utf8') })));
    const broken = files.map((f) => ({ ...f, text: f.text.replace('      - route: finance', '      - route: support') }));
    const r = compilePolicySet(broken);
    if (!r.ok) throw new Error('mutated packs do not load');
    const { tests } = parsePolicyTests(await readPolicyTestDir(join(POLICIES, 'tests')));
    const results = runPolicyTests(r.set, tests);
    const failed = results.filter((x) => !x.passed);
    expect(failed.map((f) => f.test.name)).toContain('billing goes to finance and is answered privately');
    expect(formatTestResults(results)).toContain('route: expected finance, got support');
  });
});
