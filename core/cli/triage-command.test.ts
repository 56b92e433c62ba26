import { afterEach, beforeEach, describe, expect, spyOn, test } from 'bun:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTriageCommand } from './triage-command.ts';

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'steward-triage-'));
  stderr = [];
  spyOn(process.stderr, 'write').mockImplementation(((s: string) => {
    stderr.push(String(s));
    return true;
  }) as typeof process.stderr.write);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  (process.stderr.write as unknown as { mockRestore(): void }).mockRestore();
});

describe('steward triage', () => {
  test('writes one labelled line per good item and skips a malformed line, naming its line number', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'a1', channel: 'discord', text: 'Free nitro for everyone! claim before it expires https://nitro-gift.xyz/claim' }),
      '{"id": "broken", "channel": ',
      JSON.stringify({ id: 'a2', channel: 'telegram', text: 'same here', thread_context: 'the whole app is down, 503 everywhere' }),
      JSON.stringify({ id: 'a3', channel: 'discord' }),
      '',
    ].join('\n'));
    const out = join(dir, 'out.jsonl');
    const code = await runTriageCommand([input, '--out', out]);
    expect(code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(rows[0].labels.noise.label).toBe('scam');
    expect(rows[0].modelVersion).toMatch(/^triage-/);
    expect(rows[1].labels.topic.label).toBe('outage');
    for (const head of ['noise', 'intent', 'topic', 'sentiment', 'urgency', 'language']) expect(rows[0].labels[head].confidence).toBeNumber();
    const log = stderr.join('');
    expect(log).toContain('in.jsonl:2: skipped, invalid JSON');
    expect(log).toContain('in.jsonl:4: skipped, "text" must be a string');
    expect(log).toContain('2 items triaged, 2 lines skipped');
  });

  test('each line carries what the default policy packs decide: route, reply mode, auto-close', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'bill', channel: 'forum', text: 'I was charged twice for my subscription this month, please refund' }),
      JSON.stringify({ id: 'spam', channel: 'youtube', text: 'Subscribe to my channel for free giveaways!! check out my videos http://youtu.be/xyz' }),
      JSON.stringify({ id: 'hurt', channel: 'discord', text: "i can't do this anymore, i just want to end it all tonight" }),
    ].join('\n'));
    const out = join(dir, 'out.jsonl');
    expect(await runTriageCommand([input, '--out', out, '--policies', join(dir, 'none-here')])).toBe(0);
    const rows = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.policy]));
    expect(rows.bill).toMatchObject({ route: 'finance', reply_mode: 'private', auto_close: null }); // account details stay out of public replies
    expect(rows.spam).toMatchObject({ auto_close: { reason: 'spam' } });
    expect(rows.hurt).toMatchObject({ route: 'trust_safety', urgency: 'critical', reply_mode: 'private', auto_close: null });
  });

  test('a missing input file is an error exit, not a crash', async () => {
    expect(await runTriageCommand([join(dir, 'nope.jsonl')])).toBe(1);
    expect(stderr.join('')).toContain('no such file');
  });
});
