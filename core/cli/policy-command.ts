/**
 * `steward policy <check|test|backtest>`. Returns the exit code instead of exiting, so main.ts
 * decides how to leave and tests can run it in-process.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  backtest, createProgressBar, formatBacktestReport, formatLoadError, formatTestResults, loadPolicyDir,
  parsePolicyTests, readPolicyTestDir, runPolicyTests, type BacktestItem,
} from '../policy/index.ts';

export interface PolicyCommandDeps {
  stdout?: { write(chunk: string): unknown };
  stderr?: { write(chunk: string): unknown; isTTY?: boolean };
  /** Base for relative directories. Default process.cwd(). */
  cwd?: string;
  now?: () => Date;
  /**
   * Stored items decided since `since`, with the decision recorded for each. Wired by the lead
   * to the store; without it, `backtest` needs `--items <file.jsonl>`.
   */
  backtestSource?: (options: { since: Date }) => Promise<{ items: AsyncIterable<BacktestItem>; total?: number }>;
}

const USAGE = `usage: steward policy <command> [options]

commands:
  check     [--policies dir]                      validate every policy file and print the version
  test      [--policies dir] [--tests dir] [-v]   run the policy tests (default: <policies>/tests)
  backtest  --since 30d [--policies dir]          replay the policies over stored items and report
            [--items file.jsonl] [--examples n]   what would change (--items: {input, recorded} per line)
            [--json]
`;

interface Parsed {
  command: string | undefined;
  flags: Map<string, string | true>;
  problems: string[];
}

const VALUE_FLAGS = new Set(['--policies', '--tests', '--since', '--items', '--examples']);
const BOOLEAN_FLAGS = new Set(['-v', '--verbose', '--json', '-h', '--help']);

function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const problems: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) problems.push(`${name} needs a value`);
      else flags.set(name, value);
    } else if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, true);
    } else if (!name.startsWith('-') && command === undefined) {
      command = name;
    } else {
      problems.push(`unknown option ${arg}`);
    }
  }
  return { command, flags, problems };
}

/** `30d`, `12h`, `2w`, `90m` before now, or an RFC 3339 date. */
export function parseSince(value: string, now: Date): Date | null {
  const m = value.match(/^(\d+)(m|h|d|w)$/);
  if (m) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(m[1]) * unit);
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

async function* readJsonl(path: string): AsyncIterable<BacktestItem> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${n}: not valid JSON`);
    }
    const row = parsed as Partial<BacktestItem>;
    if (!row || typeof row !== 'object' || typeof row.input !== 'object') throw new Error(`${path}:${n}: expected {"input": {...}, "recorded": {...} | null}`);
    yield { input: row.input!, recorded: row.recorded ?? null };
  }
}

export async function runPolicyCommand(argv: string[], deps: PolicyCommandDeps = {}): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const cwd = deps.cwd ?? process.cwd();
  const now = deps.now ?? (() => new Date());
  // Accept both `['test', …]` and the full `['policy', 'test', …]`.
  const { command, flags, problems } = parseArgs(argv[0] === 'policy' ? argv.slice(1) : argv);
  if (flags.has('-h') || flags.has('--help') || command === 'help') {
    stdout.write(USAGE);
    return 0;
  }
  if (problems.length > 0 || !command || !['check', 'test', 'backtest'].includes(command)) {
    stderr.write(`${[...problems, ...(command && !['check', 'test', 'backtest'].includes(command) ? [`unknown command ${command}`] : [])].join('\n')}${problems.length || command ? '\n' : ''}${USAGE}`);
    return 2;
  }
  const policiesDir = resolve(cwd, String(flags.get('--policies') ?? 'policies'));
  const loaded = await loadPolicyDir(policiesDir, { loadedBy: 'cli', now: now() });
  if (!loaded.ok) {
    stderr.write(`policy set in ${policiesDir} is invalid (${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'}):\n`);
    for (const e of loaded.errors) stderr.write(`  ${formatLoadError(e)}\n`);
    return 1;
  }
  const set = loaded.set;

  if (command === 'check') {
    stdout.write(`ok: ${set.version.rules} rules in ${set.version.files.length} files, version ${set.version.hash.slice(0, 12)}\n`);
    for (const f of set.version.files) stdout.write(`  ${f.path}  pack ${f.pack}, ${f.rules} rules\n`);
    return 0;
  }

  if (command === 'test') {
    const testsDir = resolve(cwd, String(flags.get('--tests') ?? `${policiesDir}/tests`));
    let files;
    try {
      files = await readPolicyTestDir(testsDir);
    } catch (err) {
      stderr.write(`cannot read tests in ${testsDir}: ${String(err)}\n`);
      return 2;
    }
    const { tests, problems: testProblems } = parsePolicyTests(files);
    for (const p of testProblems) stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    if (tests.length === 0 && testProblems.length === 0) {
      stderr.write(`no tests found in ${testsDir}\n`);
      return 1;
    }
    const results = runPolicyTests(set, tests);
    stdout.write(`${formatTestResults(results, { verbose: flags.has('-v') || flags.has('--verbose') })}\n`);
    return results.every((r) => r.passed) && testProblems.length === 0 ? 0 : 1;
  }

  // backtest
  const sinceFlag = flags.get('--since');
  const itemsFile = flags.get('--items');
  let source: { items: AsyncIterable<BacktestItem>; total?: number };
  if (typeof itemsFile === 'string') {
    source = { items: readJsonl(resolve(cwd, itemsFile)) };
  } else {
    if (typeof sinceFlag !== 'string') {
      stderr.write(`backtest needs --since (e.g. --since 30d) or --items <file.jsonl>\n${USAGE}`);
      return 2;
    }
    const since = parseSince(sinceFlag, now());
    if (!since) {
      stderr.write(`--since ${sinceFlag}: expected a duration like 30d, 12h, 2w or a date\n`);
      return 2;
    }
    if (!deps.backtestSource) {
      stderr.write('backtest over stored items needs the database; run it as `steward policy backtest` from the server install, or pass --items\n');
      return 2;
    }
    source = await deps.backtestSource({ since });
  }
  const examplesFlag = flags.get('--examples');
  const maxExamples = typeof examplesFlag === 'string' ? Math.max(0, Number.parseInt(examplesFlag, 10) || 0) : 5;
  const bar = createProgressBar(stderr);
  let result;
  try {
    result = await backtest(set, source.items, { total: source.total, maxExamples, onProgress: bar.update });
  } catch (err) {
    bar.finish();
    stderr.write(`backtest failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  bar.finish();
  stdout.write(flags.has('--json') ? `${JSON.stringify(result, null, 2)}\n` : `${formatBacktestReport(result, { examples: maxExamples })}\n`);
  return 0;
}
