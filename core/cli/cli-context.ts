/** What every CLI command gets: the loaded config and a way to open the store. */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type StewardConfig } from '../config/index.ts';

export interface CommandResult {
  exitCode: number;
}

/** Reads `--config FILE` wherever it sits in argv and loads the config; exits 2 on a bad config. */
export function loadCliConfig(argv: string[]): { config: StewardConfig; rest: string[] } {
  const index = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  let file: string | undefined;
  const rest = [...argv];
  if (index >= 0) {
    const arg = rest[index]!;
    file = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[index + 1];
    rest.splice(index, arg.includes('=') ? 1 : 2);
  }
  try {
    return { config: loadConfig({ ...(file ? { file } : {}) }).config, rest };
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

export { parseArgs };
