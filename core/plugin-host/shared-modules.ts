/**
 * Makes an external plugin's imports of shared libraries resolve to the host's own copies, both
 * under `bun run` and inside the compiled binary (which has no node_modules): `@steward/plugin-api`
 * and `hono`. A plugin therefore never bundles its own Hono, and `instanceof` checks agree.
 */
import * as hono from 'hono';
import * as honoFactory from 'hono/factory';
import * as honoHttpException from 'hono/http-exception';
import * as pluginApi from '../plugin-api/index.ts';

const SHARED: Record<string, object> = {
  '@steward/plugin-api': pluginApi,
  hono,
  'hono/factory': honoFactory,
  'hono/http-exception': honoHttpException,
};

let registered = false;

export function registerSharedModules(): void {
  if (registered) return;
  registered = true;
  Bun.plugin({
    name: 'steward-shared-modules',
    setup(build) {
      for (const [specifier, exports] of Object.entries(SHARED)) {
        build.module(specifier, () => ({ exports: exports as Record<string, unknown>, loader: 'object' }));
      }
    },
  });
}

export const SHARED_MODULE_NAMES = Object.keys(SHARED);
