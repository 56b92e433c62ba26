/**
 * Loads better-sqlite3. On linux-x64 the package's own prebuilt addon is imported through its
 * `linux-x64` entry so that `bun build --compile` embeds it in the single binary; elsewhere the
 * package's default entry finds the addon for the platform.
 */
import type BetterSqlite3 from 'better-sqlite3';

type DatabaseConstructor = typeof BetterSqlite3;

export function loadSqliteDriver(): DatabaseConstructor {
  if (process.platform === 'linux' && process.arch === 'x64') {
    return require('better-sqlite3/linux-x64') as DatabaseConstructor;
  }
  return require('better-sqlite3') as DatabaseConstructor;
}
