#!/usr/bin/env bun
/**
 * The composition root and CLI: `steward serve | migrate | token … | version`. The only module
 * that sees core, plugins and web together (ARCHITECTURE.md §3).
 */
import pkg from './package.json' with { type: 'json' };
import { loadCliConfig } from './core/cli/cli-context.ts';
import { runPluginCommand } from './core/cli/plugin-command.ts';
import { runModelCommand } from './core/cli/model-command.ts';
import { storedItemsBacktestSource } from './core/cli/policy-backtest-source.ts';
import { runPolicyCommand } from './core/cli/policy-command.ts';
import { runTriageCommand } from './core/cli/triage-command.ts';
import { runTokenCommand } from './core/cli/token-command.ts';
import { ConfigError } from './core/config/index.ts';
import { buildContainer, TOKENS } from './core/container.ts';
import { BUILTIN_PLUGINS } from './plugins/index.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { exitOnSignals, startServer } from './core/server.ts';
import { migrateToLatest, openStore } from './core/store/index.ts';

const HELP = `Steward ${pkg.version} — community operations and trust & safety

usage: steward [command] [--config FILE]

commands:
  serve                 run the server (default)
  migrate               apply database migrations and exit
  token create --name N create an API token (printed as the last line)
  token list            list API tokens
  token revoke ID|NAME  revoke an API token
  plugin test DIR       run the plugin conformance kit on a plugin folder
  policy check|test     validate the policies, run policies/tests (see docs/policies.md)
  policy backtest --since 30d [--policies DIR]   replay stored items through a candidate set
  triage IN.jsonl [--out FILE]   classify a file of items offline (one JSON line out per item)
  model train [--corrections-from-db] [--out F]  train the triage model (datasets + seed set + corrections)
  model promote F [--force]      install a trained model if it is not worse than the active one
  model eval [--skip-datasets]   evaluate it: our labels per language, and each shared dataset
  version               print the version

configuration: defaults, then --config FILE (or STEWARD_CONFIG, or ./steward.config.{json,yaml}),
then environment variables: STEWARD_PORT, STEWARD_HOST, STEWARD_DATA_DIR, DATABASE_URL,
STEWARD_LOG_LEVEL. See README.md.
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...args] = argv;
  if (command === 'version' || command === '--version') {
    process.stdout.write(`steward ${pkg.version}\n`);
    return 0;
  }
  if (command === 'plugin') return runPluginCommand(args);
  if (command === 'triage') return runTriageCommand(args);
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  const { config, rest } = loadCliConfig(args);
  switch (command) {
    case 'serve': {
      let server;
      let log: Logger;
      try {
        const container = buildContainer(config, { plugins: BUILTIN_PLUGINS });
        log = container.resolve<Logger>(TOKENS.Logger);
        server = await startServer(container);
      } catch (err) {
        if (err instanceof ConfigError) {
          process.stderr.write(`${err.message}\n`);
          return 2;
        }
        throw err;
      }
      exitOnSignals(server, log);
      return -1; // keep running
    }
    case 'migrate': {
      const store = openStore(config.databaseUrl, { sqliteSynchronous: config.sqlite.synchronous });
      try {
        const { applied } = await migrateToLatest(store);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the schema is up to date\n');
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'token':
      return runTokenCommand(rest, config);
    case 'model':
      return runModelCommand(rest, config);
    case 'policy':
      return runPolicyCommand(rest, { backtestSource: storedItemsBacktestSource(config) });
    default:
      process.stderr.write(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    createLogger('error').fatal({ err }, 'steward failed');
    process.stderr.write(`steward: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
