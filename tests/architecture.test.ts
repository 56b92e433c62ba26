/**
 * The layout rules of ARCHITECTURE.md §3 and CONVENTIONS.md §2, §13, kept true by a test:
 * core never imports plugins/ or web/; plugins import core only through core/plugin-api (their
 * tests may also use the fake servers in tests/); every DI token resolves at start-up.
 */
import { describe, expect, test } from 'bun:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { buildContainer, TOKENS } from '../core/container.ts';
import { BUILTIN_PLUGINS } from '../plugins/index.ts';
import { tempDir } from './harness/stores.ts';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a file, resolved to paths under the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => relative(ROOT, resolve(dirname(file), m[1]!)));
}

describe('architecture boundaries', () => {
  test('core never imports plugins/ or web/', () => {
    const offending = sourceFiles(join(ROOT, 'core')).flatMap((f) =>
      importsOf(f).filter((i) => i.startsWith('plugins/') || i.startsWith('web/')).map((i) => `${relative(ROOT, f)} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  test('plugins import core only through core/plugin-api', () => {
    const offending = sourceFiles(join(ROOT, 'plugins')).flatMap((f) => {
      const isTest = f.endsWith('.test.ts');
      return importsOf(f)
        .filter((i) => i.startsWith('core/') && !i.startsWith('core/plugin-api'))
        .filter((i) => !(isTest && i.startsWith('tests/')))
        .map((i) => `${relative(ROOT, f)} → ${i}`);
    });
    expect(offending).toEqual([]);
  });

  test('every built-in plugin is a folder listed once in plugins/index.ts', () => {
    const folders = readdirSync(join(ROOT, 'plugins')).filter((n) => statSync(join(ROOT, 'plugins', n)).isDirectory());
    const ids = BUILTIN_PLUGINS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(folders).toContain(id);
  });
});

test('every DI token resolves at start-up', async () => {
  const config = { ...structuredClone(CONFIG_DEFAULTS), databaseUrl: `sqlite:${join(tempDir(), 's.db')}`, logLevel: 'silent' as const, instanceId: 'arch-test' };
  const container = buildContainer(config, { plugins: BUILTIN_PLUGINS });
  for (const [name, token] of Object.entries(TOKENS)) {
    const resolved = token === TOKENS.PipelineStage ? container.resolveAll(token) : container.resolve(token);
    expect(resolved, name).toBeDefined();
  }
  await (container.resolve(TOKENS.Store) as { close(): Promise<void> }).close();
});

test('bun.lock and package-lock.json pin the same version of every package', async () => {
  const npm = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  // bun.lock is JSON with trailing commas.
  const bun = JSON.parse(readFileSync(join(ROOT, 'bun.lock'), 'utf8').replace(/,(\s*[}\]])/g, '$1')) as { packages: Record<string, [string, ...unknown[]]> };
  const fromNpm = Object.entries(npm.packages)
    .filter(([path, p]) => path.startsWith('node_modules/') && !path.slice(13).includes('/node_modules/') && p.version)
    .map(([path, p]) => `${path.slice(13)}@${p.version}`)
    .sort();
  const fromBun = Object.entries(bun.packages).filter(([key]) => !key.includes('/') || key.startsWith('@')).map(([, [spec]]) => spec).sort();
  const missing = fromNpm.filter((spec) => !fromBun.includes(spec));
  expect(missing).toEqual([]);
});
