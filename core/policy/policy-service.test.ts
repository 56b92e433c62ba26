import { afterEach, describe, expect, test } from 'bun:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyLoadError } from './policy-loader.ts';
import type { PolicySetVersion } from './policy-set.ts';
import { PolicyService } from './policy-service.ts';

const GOOD = 'pack: p\nrules:\n  - id: billing\n    mode: live\n    when: labels.topic == "billing"\n    then:\n      - route: finance\n';
const BROKEN_ACTION = GOOD.replace('route: finance', 'rout: finance');
const BROKEN_SYNTAX = GOOD.replace('then:', 'then: [');
const BROKEN_EXPR = GOOD.replace('labels.topic', 'labels.topik');
const NEWER = GOOD.replace('finance', 'billing-team');

let dir = '';
let service: PolicyService | undefined;
afterEach(async () => {
  service?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Resolves with the next value a listener gets, or rejects after `ms`. */
function next<T>(subscribe: (fn: (v: T) => void) => () => void, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for the watcher')), ms);
    const off = subscribe((v) => {
      clearTimeout(timer);
      off();
      resolve(v);
    });
  });
}

describe('PolicyService', () => {
  test('a broken edit is reported with file, rule and position, and the last good set keeps deciding', async () => {
    dir = await mkdtemp(join(tmpdir(), 'steward-policy-'));
    await writeFile(join(dir, '10-p.yaml'), GOOD);
    service = new PolicyService({ dir, debounceMs: 20 });
    const versions: PolicySetVersion[] = [];
    service.onVersionLoaded((v) => {
      versions.push(v);
    });
    const first = await service.start('startup');
    expect(first.ok).toBe(true);
    expect(versions.map((v) => v.loaded_by)).toEqual(['startup']);
    const goodHash = service.current().version.hash;

    for (const [text, kind, line] of [[BROKEN_SYNTAX, 'yaml', 7], [BROKEN_EXPR, 'expression', 5], [BROKEN_ACTION, 'action', 7]] as const) {
      const errorsSeen = next<PolicyLoadError[]>((fn) => service!.onLoadError(fn));
      await writeFile(join(dir, '10-p.yaml'), text);
      const errors = await errorsSeen;
      expect(errors[0]).toMatchObject({ kind, file: '10-p.yaml', rule: 'billing', line });
      expect(errors[0]!.column).toBeGreaterThan(0);
      expect(service.current().version.hash).toBe(goodHash);
      expect(service.current().decide({ labels: { topic: 'billing' } }).outcome.route).toBe('finance');
      expect(service.lastErrors().length).toBeGreaterThan(0);
    }

    const loaded = next<PolicySetVersion>((fn) => service!.onVersionLoaded(fn));
    await writeFile(join(dir, '10-p.yaml'), NEWER);
    const v = await loaded;
    expect(v.loaded_by).toBe('watch');
    expect(v.hash).not.toBe(goodHash);
    expect(service.current().decide({ labels: { topic: 'billing' } }).outcome.route).toBe('billing-team');
    expect(service.lastErrors()).toEqual([]);
  });

  test('reload() with unchanged files does not announce a new version', async () => {
    dir = await mkdtemp(join(tmpdir(), 'steward-policy-'));
    await writeFile(join(dir, 'a.yaml'), GOOD);
    service = new PolicyService({ dir });
    let announced = 0;
    service.onVersionLoaded(() => {
      announced++;
    });
    await service.reload('test');
    await service.reload('test');
    expect(announced).toBe(1);
  });

  test('before any good load, current() is an empty set that decides nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'steward-policy-'));
    await writeFile(join(dir, 'a.yaml'), BROKEN_ACTION);
    service = new PolicyService({ dir });
    const r = await service.reload('startup');
    expect(r.ok).toBe(false);
    expect(service.loaded).toBe(false);
    const d = service.current().decide({ labels: { topic: 'billing' } });
    expect(d.outcome.route).toBeNull();
    expect(d.trace).toEqual([]);
  });
});
