/**
 * A throwaway PostgreSQL for the test suite. When TEST_DATABASE_URL is set, that server is used;
 * otherwise the first suite that asks starts a private cluster (initdb + pg_ctl on a spare port
 * under a temp dir, as the `postgres` user when running as root) and the process removes it at exit.
 * Each caller gets a fresh database of its own, so suites never see each other's rows.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { whenThisProcessDies } from './process-watchdog.ts';

interface Cluster {
  /** URL of the maintenance database; test databases are created beside it. */
  adminUrl: string;
  stop(): void;
}

let cluster: Promise<Cluster> | undefined;

/** Stops the cluster this process started, if any. tests/harness/preload.ts calls it after all tests. */
export async function stopTestCluster(): Promise<void> {
  if (!cluster) return;
  (await cluster).stop();
  cluster = undefined;
}
let counter = 0;

/** A URL of a new, empty database on the test server. */
export async function createTestDatabase(prefix = 'steward_test'): Promise<string> {
  const { adminUrl } = await (cluster ??= startCluster());
  const name = `${prefix}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function findBinary(name: string): string {
  for (const dir of ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/local/bin', '/usr/bin']) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(`PostgreSQL's ${name} was not found; install PostgreSQL server binaries or set TEST_DATABASE_URL`);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startCluster(): Promise<Cluster> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: () => {} };

  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'steward-pg-'));
  const dataDir = join(dir, 'data');
  // A test process killed outright runs no hooks: the watchdog stops and removes the cluster then.
  // Registered before initdb, so a kill while the cluster is still being made leaves nothing either.
  const pgCtl = findBinary('pg_ctl');
  whenThisProcessDies(`${asRoot ? `/usr/sbin/runuser -u postgres -- ${pgCtl}` : pgCtl} -D ${dataDir} -m immediate stop >/dev/null 2>&1; rm -rf ${dir}`);
  const command = (bin: string, args: string[]) =>
    asRoot ? ['/usr/sbin/runuser', '-u', 'postgres', '--', findBinary(bin), ...args] : [findBinary(bin), ...args];
  // Asynchronous, so a slow start on a loaded machine never blocks the test runner's event loop.
  const run = async (bin: string, args: string[]) => {
    const proc = Bun.spawn(command(bin, args), { cwd: dir, stdout: 'pipe', stderr: 'pipe' });
    const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    if (code !== 0) throw new Error(`${bin} failed (${code}): ${err || out}`);
  };
  const runSync = (bin: string, args: string[]) => {
    const [first, ...rest] = command(bin, args);
    spawnSync(first!, rest, { encoding: 'utf8', cwd: dir });
  };
  if (asRoot) {
    // runuser needs the numeric owner to match the postgres account; read it rather than assume.
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  await run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  await run('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Synchronous: this also runs from the 'exit' event, where nothing asynchronous completes.
    runSync('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
