import { afterEach, beforeEach, describe, expect, spyOn, test } from 'bun:test';
import { runModelCommand } from './model-command.ts';

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
    expect(out).toContain('intent  (n=370');
    expect(out).toContain('confusion (rows gold, columns predicted)');
    expect(out).toMatch(/\n {2}hi +74 /);
    expect(out).toContain('spam-prec');
  });

  test('an unknown subcommand prints usage and exits 2', async () => {
    expect(await runModelCommand(['fly'])).toBe(2);
    expect(stderr.join('')).toContain('steward model train');
  });
});
