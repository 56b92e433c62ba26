/** Loaded before every test file (bunfig.toml): global hooks for resources shared by all suites. */
import { afterAll } from 'bun:test';
import { stopTestCluster } from './postgres.ts';

afterAll(async () => {
  await stopTestCluster();
});
