import { afterEach, beforeEach, describe, expect, spyOn, test } from 'bun:test';
import { runModelCommand } from './model-command.ts';
import { loadDevSet, loadEvalSet } from '../triage/labelled-sets/labelled-sets.ts';

let stdout: string[];
let stderr: string[];
beforeEach(() => {
  stdout = [];
  stderr = [];
  spyOn(process.stdout, 'write').mockImplementation(((s: string) => (stdout.push(String(s)), true)) as typeof process.stdout.write);
  spyOn(process.stderr, 'write').mockImplementation(((s: string) => (stderr.push(String(s)), true)) as typeof process.stderr.write);
});
afterEach(() => {
  (process.stdout.write as unknown as { mockRestore(): void }).mockRestore();
  (process.stderr.write as unknown as { mockRestore(): void }).mockRestore();
});

describe('steward model', () => {
  test('eval prints per-class precision/recall/F1, a confusion matrix and the per-language goals', async () => {
    expect(await runModelCommand(['eval', '--skip-datasets'])).toBe(0);
    const out = stdout.join('');
    expect(out).toMatch(/^model triage-\d{8}-[0-9a-f]{8}/);
    const evalSet = loadEvalSet();
    expect(out).toContain(`intent  (n=${evalSet.length}`);
    expect(out).toContain('confusion (rows gold, columns predicted)');
    expect(out).toMatch(new RegExp(`\\n {2}hi +${evalSet.filter((e) => e.lang === 'hi').length} `));
    expect(out).toContain('spam-prec');
    expect(out).not.toContain('misses (gold');
  });

  test('--misses lists wrong items on the development set, and is refused on the evaluation set', async () => {
    expect(await runModelCommand(['eval', '--skip-datasets', '--misses'])).toBe(1);
    expect(stderr.join('')).toContain('only for the development set');
    stdout.length = 0;
    expect(await runModelCommand(['eval', '--skip-datasets', '--set', 'dev', '--misses'])).toBe(0);
    const out = stdout.join('');
    expect(out).toContain(`intent  (n=${loadDevSet().length}`);
    expect(out).toMatch(/misses \(gold → predicted\):\n {2}(en|es|pt|de|hi) \w+ +\w+ \w+→\w+/);
  });

  test('an unknown subcommand prints usage and exits 2', async () => {
    expect(await runModelCommand(['fly'])).toBe(2);
    expect(stderr.join('')).toContain('steward model train');
  });
});
