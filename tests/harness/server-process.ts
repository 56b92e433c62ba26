/** Runs `steward serve` (from source or a built binary) as a real child process. */
import { type Subprocess } from 'bun';
import { createServer } from 'node:net';

const ROOT = new URL('../..', import.meta.url).pathname;
const BUN = process.execPath;

export interface ServerProcess {
  url: string;
  proc: Subprocess;
  output(): string;
  /** SIGKILL: no drain, no hooks. */
  kill(): Promise<void>;
  /** SIGTERM, and the exit code. */
  terminate(): Promise<number>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a CLI command from source and returns its exit code and output. */
export async function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const proc = Bun.spawn([BUN, `${ROOT}main.ts`, ...args], { cwd, env: { ...process.env, ...env }, stdout: 'pipe', stderr: 'pipe' });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr };
}

export async function startServerProcess(opts: { env: Record<string, string>; cwd: string; command?: string[] }): Promise<ServerProcess> {
  const port = await freePort();
  const command = opts.command ?? [BUN, `${ROOT}main.ts`, 'serve'];
  let out = '';
  const proc = Bun.spawn(command, {
    cwd: opts.cwd,
    env: { ...process.env, STEWARD_PORT: String(port), STEWARD_HOST: '127.0.0.1', STEWARD_LOG_LEVEL: 'warn', ...opts.env },
    stdout: 'pipe',
    stderr: 'pipe',
  });
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream) out += new TextDecoder().decode(chunk);
  };
  void collect(proc.stdout as ReadableStream<Uint8Array>);
  void collect(proc.stderr as ReadableStream<Uint8Array>);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode} before serving:\n${out}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not answer /healthz within 30 s:\n${out}`);
    }
    await Bun.sleep(50);
  }
  return {
    url,
    proc,
    output: () => out,
    kill: async () => {
      proc.kill('SIGKILL');
      await proc.exited;
    },
    terminate: async () => {
      proc.kill('SIGTERM');
      return proc.exited;
    },
  };
}
