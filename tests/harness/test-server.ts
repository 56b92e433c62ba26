/** A real Steward server in this process on a loopback port, on a real SQLite file or PostgreSQL. */
import type { DependencyContainer } from 'tsyringe';
import { createApiToken } from '../../core/auth/index.ts';
import { CONFIG_DEFAULTS, type StewardConfig } from '../../core/config/index.ts';
import { buildContainer, TOKENS, type ContainerOptions } from '../../core/container.ts';
import { startServer, type RunningServer } from '../../core/server.ts';
import { migrateToLatest, type Store } from '../../core/store/index.ts';
import { tempDir, testDatabaseUrl, type StoreKind } from './stores.ts';

export interface TestServer {
  url: string;
  token: string;
  store: Store;
  config: StewardConfig;
  container: DependencyContainer;
  server: RunningServer;
  stop(): Promise<void>;
  /** POST JSON with the token; returns status and parsed body. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  get(path: string): Promise<{ status: number; body: any }>;
}

export async function startTestServer(
  kind: StoreKind = 'sqlite',
  overrides: Partial<StewardConfig> = {},
  options: ContainerOptions = {},
): Promise<TestServer> {
  const dataDir = tempDir();
  const config: StewardConfig = {
    ...structuredClone(CONFIG_DEFAULTS),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: await testDatabaseUrl(kind),
    logLevel: 'silent',
    instanceId: `test-${Math.random().toString(36).slice(2, 8)}`,
    sqlite: { synchronous: 'NORMAL', busyTimeoutMs: 5000 },
    ...overrides,
  };
  const container = buildContainer(config, options);
  const store = container.resolve<Store>(TOKENS.Store);
  await migrateToLatest(store);
  const { token } = await createApiToken(store, 'tests');
  const server = await startServer(container);
  const url = server.url;
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status, body: parsed as any };
  };
  return {
    url,
    token,
    store,
    config,
    container,
    server,
    stop: () => server.stop(),
    post: (path, body, headers) => request('POST', path, body, headers),
    get: (path) => request('GET', path),
  };
}

let counter = 0;
/** A valid incoming item with a unique external id unless one is given. */
export function incoming(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    channel: 'discord',
    external_id: `ext-${Date.now()}-${counter}`,
    text: 'the app logs me out every time I open it',
    author: { external_id: 'u-1', handle: 'ana' },
    created_at: '2026-11-25T10:00:00Z',
    ...overrides,
  };
}
