/** `steward token create --name N | list | revoke <id-or-name>`. */
import { createApiToken } from '../auth/index.ts';
import type { StewardConfig } from '../config/index.ts';
import { listApiTokens, migrateToLatest, openStore, revokeApiToken } from '../store/index.ts';
import { parseArgs } from './cli-context.ts';

const USAGE = 'usage: steward token create --name NAME | steward token list | steward token revoke ID_OR_NAME';

export async function runTokenCommand(argv: string[], config: StewardConfig): Promise<number> {
  const [sub, ...rest] = argv;
  const store = openStore(config.databaseUrl, { sqliteSynchronous: config.sqlite.synchronous });
  try {
    await migrateToLatest(store);
    if (sub === 'create') {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } }, strict: true });
      if (!values.name) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      const { token, record } = await createApiToken(store, values.name);
      process.stderr.write(`Created API token "${record.name}" (id ${record.id}). It is shown once; store it now.\n`);
      // The token is the last line of output so scripts can take it with `tail -n 1`.
      process.stdout.write(`${token}\n`);
      return 0;
    }
    if (sub === 'list') {
      for (const t of await listApiTokens(store.db)) {
        const state = t.revoked_at ? `revoked ${new Date(t.revoked_at).toISOString()}` : 'active';
        process.stdout.write(`${t.id}\t${t.name}\t${t.prefix}…\t${state}\n`);
      }
      return 0;
    }
    if (sub === 'revoke' && rest[0]) {
      const n = await revokeApiToken(store.db, rest[0], Date.now());
      process.stdout.write(n > 0 ? `revoked ${n} token(s)\n` : `no active token "${rest[0]}"\n`);
      return n > 0 ? 0 : 1;
    }
    process.stderr.write(`${USAGE}\n`);
    return 2;
  } finally {
    await store.close();
  }
}
