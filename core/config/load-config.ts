/**
 * Reads the configuration once, at start-up: defaults, then a config file (JSON or YAML), then
 * environment variables. Validated against CONFIG_SCHEMA; an error names the key, where the value
 * came from, the value and what was expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { CONFIG_DEFAULTS, CONFIG_SCHEMA, type StewardConfig } from './config-schema.ts';

/** Environment variables and the config key each one sets. */
export const ENV_KEYS = {
  STEWARD_PORT: 'port',
  STEWARD_HOST: 'host',
  STEWARD_DATA_DIR: 'dataDir',
  DATABASE_URL: 'databaseUrl',
  STEWARD_DATABASE_URL: 'databaseUrl',
  STEWARD_LOG_LEVEL: 'logLevel',
  STEWARD_INSTANCE_ID: 'instanceId',
  STEWARD_PIPELINE_LEASE_MS: 'pipeline.leaseMs',
  STEWARD_PIPELINE_ENABLED: 'pipeline.enabled',
  STEWARD_PIPELINE_THREAD: 'pipeline.thread',
  STEWARD_SQLITE_SYNCHRONOUS: 'sqlite.synchronous',
} as const;

/** Config files looked for in the working directory when none is named. */
const DEFAULT_CONFIG_FILES = ['steward.config.json', 'steward.config.yaml', 'steward.config.yml'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Path of a config file; otherwise STEWARD_CONFIG, otherwise a default file name if present. */
  file?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface LoadedConfig {
  config: StewardConfig;
  /** The file the config was read from, if any. */
  file: string | undefined;
}

type Json = Record<string, unknown>;

export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const sources = new Map<string, string>();

  const merged = structuredClone(CONFIG_DEFAULTS) as unknown as Json;
  const file = findConfigFile(options.file ?? env.STEWARD_CONFIG, cwd);
  if (file) {
    const fromFile = readConfigFile(file);
    deepMerge(merged, fromFile, '', sources, file);
  }
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    setPath(merged, key, coerceEnvValue(key, raw));
    sources.set(key, `environment variable ${name}`);
  }

  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(CONFIG_SCHEMA);
  if (!validate(merged)) {
    const problems = (validate.errors ?? []).map((e) => {
      if (e.keyword === 'additionalProperties') {
        const key = joinKey(pointerToKey(e.instancePath), String(e.params.additionalProperty));
        return `unknown key "${key}"${sourceOf(sources, key)}: not a Steward setting`;
      }
      const key = pointerToKey(e.instancePath);
      const value = getPath(merged, key);
      return `key "${key}"${sourceOf(sources, key)} has value ${JSON.stringify(value)}: ${describeExpectation(e)}`;
    });
    throw new ConfigError(problems);
  }
  const config = merged as unknown as StewardConfig;
  config.dataDir = isAbsolute(config.dataDir) ? config.dataDir : resolve(cwd, config.dataDir);
  if (!config.databaseUrl) config.databaseUrl = `sqlite:${join(config.dataDir, 'steward.db')}`;
  if (!config.instanceId) config.instanceId = `${hostname()}-${process.pid}`;
  return { config, file };
}

function findConfigFile(named: string | undefined, cwd: string): string | undefined {
  if (named) {
    const path = resolve(cwd, named);
    if (!existsSync(path)) throw new ConfigError([`config file "${path}" does not exist`]);
    return path;
  }
  return DEFAULT_CONFIG_FILES.map((f) => join(cwd, f)).find((p) => existsSync(p));
}

function readConfigFile(path: string): Json {
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = path.endsWith('.json') ? JSON.parse(text) : Bun.YAML.parse(text);
  } catch (err) {
    throw new ConfigError([`config file "${path}" cannot be parsed: ${(err as Error).message}`]);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError([`config file "${path}" must hold an object of settings`]);
  }
  return parsed as Json;
}

/** Environment values are strings; turn them into the type the key expects so the schema can check them. */
function coerceEnvValue(key: string, raw: string): unknown {
  const defaultValue = getPath(CONFIG_DEFAULTS as unknown as Json, key);
  if (typeof defaultValue === 'number') return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof defaultValue === 'boolean') {
    if (/^(true|1|yes|on)$/i.test(raw)) return true;
    if (/^(false|0|no|off)$/i.test(raw)) return false;
    return raw;
  }
  return raw;
}

function deepMerge(target: Json, source: Json, prefix: string, sources: Map<string, string>, file: string): void {
  for (const [k, v] of Object.entries(source)) {
    const key = joinKey(prefix, k);
    const existing = target[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && existing && typeof existing === 'object' && !Array.isArray(existing)) {
      deepMerge(existing as Json, v as Json, key, sources, file);
    } else {
      target[k] = v;
      sources.set(key, `config file ${file}`);
    }
  }
}

function joinKey(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function pointerToKey(pointer: string): string {
  return pointer.split('/').filter(Boolean).join('.');
}

function getPath(obj: Json, key: string): unknown {
  return key.split('.').filter(Boolean).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);
}

function setPath(obj: Json, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = obj;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== 'object') node[part] = {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1]!] = value;
}

function sourceOf(sources: Map<string, string>, key: string): string {
  const source = sources.get(key);
  return source ? ` (from ${source})` : '';
}

function describeExpectation(e: { keyword: string; message?: string; params: Record<string, unknown> }): string {
  if (e.keyword === 'enum') return `expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'pattern' && String(e.params.pattern).includes('postgres')) {
    return 'expected a postgres://, postgresql://, sqlite: or file: URL';
  }
  return `expected a value that ${e.message ?? 'is valid'}`;
}
