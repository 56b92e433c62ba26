/**
 * The channel contract on the example external plugin (examples/plugins/forum-feed), loaded the
 * way the host loads external plugins, against its own fake forum.
 */
import { join } from 'node:path';
import type { ConformanceFixture } from '../core/plugin-api/index.ts';
import { loadPluginFolder } from '../core/plugin-host/index.ts';
import { runChannelContract, type ContractSession } from './contracts/channel.contract.ts';

const folder = join(import.meta.dir, '..', 'examples', 'plugins', 'forum-feed');

runChannelContract({
  reportsEdits: false,
  name: 'forum-feed',
  plugin: async () => (await loadPluginFolder(folder)).definition,
  async start() {
    // loadPluginFolder registered @steward/plugin-api, which the fixture imports too.
    await loadPluginFolder(folder);
    const fixture = (await import(join(folder, 'conformance.ts'))).default as ConformanceFixture;
    return (await fixture.setup()) as ContractSession;
  },
});
