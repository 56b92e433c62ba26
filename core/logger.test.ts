import { expect, test } from 'bun:test';
import { Writable } from 'node:stream';
import { createLogger } from './logger.ts';

test('secrets never reach a log line, however deep they sit', () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const log = createLogger('info', sink);
  log.info({ token: 'stw_abc', plugin: { config: { botToken: 'xyz', guild: 'g1' } }, authorization: 'Bearer q' }, 'started');
  const out = lines.join('');
  expect(out).not.toContain('stw_abc');
  expect(out).not.toContain('xyz');
  expect(out).not.toContain('Bearer q');
  expect(out).toContain('"guild":"g1"');
  expect(out).toContain('[redacted]');
});
