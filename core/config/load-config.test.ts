import { afterAll, describe, expect, test } from 'bun:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './index.ts';

const made: string[] = [];
const emptyDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'steward-config-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  test('runs with no config at all: port 8080, SQLite under ./data', () => {
    const cwd = emptyDir();
    const { config, file } = loadConfig({ env: {}, cwd });
    expect(file).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe(`sqlite:${join(cwd, 'data', 'steward.db')}`);
  });

  test('a config file is overridden by environment variables', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'steward.config.yaml'), 'port: 9000\npipeline:\n  batchSize: 50\n');
    const { config } = loadConfig({ env: { STEWARD_PORT: '9100', STEWARD_DATA_DIR: '/var/lib/steward' }, cwd });
    expect(config.port).toBe(9100);
    expect(config.pipeline.batchSize).toBe(50);
    expect(config.pipeline.leaseMs).toBe(30_000);
    expect(config.databaseUrl).toBe('sqlite:/var/lib/steward/steward.db');
  });

  test('a postgres:// DATABASE_URL selects PostgreSQL', () => {
    const { config } = loadConfig({ env: { DATABASE_URL: 'postgres://u@localhost/steward' }, cwd: emptyDir() });
    expect(config.databaseUrl).toBe('postgres://u@localhost/steward');
  });

  test('an error names the key, where it came from, the value and what was expected', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({ logLevel: 'loud', prot: 1 }));
    let error: unknown;
    try {
      loadConfig({ env: { STEWARD_PORT: 'eighty' }, cwd });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('key "port" (from environment variable STEWARD_PORT) has value "eighty": expected a value that must be integer');
    expect(message).toContain('key "logLevel"');
    expect(message).toContain('expected one of "fatal"');
    expect(message).toContain('unknown key "prot"');
  });

  test('a config file that does not parse is reported with its path', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'steward.config.json'), '{ "port": ');
    expect(() => loadConfig({ env: {}, cwd })).toThrow(/steward\.config\.json" cannot be parsed/);
  });
});
