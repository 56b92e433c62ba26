/**
 * `steward plugin test <dir>`: passes on the example plugin, and on a copy of it broken in one
 * way at a time, fails with a message that says what to fix.
 */
import { describe, expect, test } from 'bun:test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runConformanceKit, type KitCheck } from '../core/plugin-host/conformance-kit.ts';
import { runCli } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const EXAMPLE = new URL('../examples/plugins/forum-feed', import.meta.url).pathname;

/** A copy of the example plugin with `edits` applied to its index.ts. */
function variant(edits: Array<[string, string]>): string {
  const dir = join(tempDir('steward-kit-variant-'), 'forum-feed');
  cpSync(EXAMPLE, dir, { recursive: true });
  let source = readFileSync(join(dir, 'index.ts'), 'utf8');
  for (const [from, to] of edits) {
    if (!source.includes(from)) throw new Error(`variant: "${from}" not found in the example`);
    source = source.replace(from, to);
  }
  writeFileSync(join(dir, 'index.ts'), source);
  return dir;
}

function failed(checks: KitCheck[]): KitCheck[] {
  return checks.filter((c) => !c.ok);
}

describe('plugin conformance kit', () => {
  test('the example plugin passes every check, through the CLI', async () => {
    const { code, stdout } = await runCli(['plugin', 'test', EXAMPLE], {}, tempDir());
    expect(stdout).toContain('✓ ingests the messages the platform sends');
    expect(stdout).toContain('✓ performs "reply" on the platform');
    expect(stdout).toMatch(/all \d+ checks passed/);
    expect(code).toBe(0);
  }, 30_000);

  const cases: Array<[string, Array<[string, string]>, string, RegExp]> = [
    ['an id that is not kebab-case', [["id: 'forum-feed'", "id: 'Forum_Feed'"]], 'loads, and declares id, version, kind and a config schema', /id: must be kebab-case \(got "Forum_Feed"\)/],
    ['a credential not marked secret', [['apiKey: { type: \'string\', minLength: 1, secret: true }', "apiKey: { type: 'string', minLength: 1 }"]], 'credential-like config fields are marked "secret": true', /not marked: apiKey/],
    ['a start() that throws', [['async start() {', "async start() {\n        throw new Error('the forum is unreachable');"]], 'create() and start() finish within 10000 ms', /the forum is unreachable/],
    ['items the intake refuses', [['text: post.body,', 'text: 42 as unknown as string,']], 'ingests the messages the platform sends', /never reached ctx.ingest\(\).*\/items\/0\/text must be string/],
    ['a cursor that is not kept', [["await ctx.cursors.set('posts', posts[posts.length - 1]!.id);", '']], 'restarts cleanly and keeps its place (nothing ingested twice)', /handed to ctx.ingest\(\) again after a restart/],
    ['an action that throws an untyped error', [['async perform(action, { idempotencyKey }) {', "async perform(action, { idempotencyKey }) {\n        if (action.kind === 'reply') throw new Error('oops');"]], 'performs "reply" on the platform', /threw an untyped error \(throw RetryableError or PermanentError\): oops/],
    ['a stop() that hangs', [['async stop() {', 'async stop() {\n        await new Promise(() => {});']], 'stop() finishes within 300 ms', /stop\(\) did not finish within 300 ms/],
    ['a poller that outlives stop()', [
      ['poller = ctx.scheduler.every(config.pollIntervalMs, async () => {\n          await pollOnce(ctx, config);\n        });', 'setInterval(() => void pollOnce({ ...ctx, http: { fetch: (u: string, i: RequestInit) => fetch(u, { ...i, signal: undefined }) } } as PluginContext, config).catch(() => {}), config.pollIntervalMs);'],
    ], 'takes in nothing after stop()', /item\(s\) were ingested after stop\(\)/],
  ];

  for (const [name, edits, check, message] of cases) {
    test(`fails, naming the rule, on ${name}`, async () => {
      const checks = await runConformanceKit(variant(edits), { stopTimeoutMs: 300, ingestWaitMs: 2000 });
      const bad = failed(checks);
      expect(bad.map((c) => c.name)).toContain(check);
      expect(bad.find((c) => c.name === check)!.detail).toMatch(message);
    }, 30_000);
  }

  test('a folder with no plugin in it', async () => {
    const checks = await runConformanceKit(tempDir());
    expect(checks).toEqual([{ name: 'loads, and declares id, version, kind and a config schema', ok: false, detail: expect.stringMatching(/no index\.ts or index\.js/) }]);
  });
});
