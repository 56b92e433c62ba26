/**
 * The conformance fixture `steward plugin test` uses: it starts the fake forum, gives the kit a
 * config pointing at it, makes posts appear on demand, and checks each action on the wire.
 */
import type { ConformanceFixture } from '@steward/plugin-api';
import { startFakeForum } from './fake-forum.ts';

const fixture: ConformanceFixture = {
  async setup() {
    const forum = startFakeForum('test-key');
    return {
      config: { baseUrl: forum.url, apiKey: 'test-key', pollIntervalMs: 50 },
      async produce(count) {
        return forum.publish(count);
      },
      sampleAction(kind, externalId) {
        return kind === 'reply' ? { kind, target: { external_id: externalId }, text: 'Thanks, we are on it.' } : { kind, target: { external_id: externalId }, reason: 'spam' };
      },
      verifyAction(kind, externalId) {
        const want = kind === 'reply' ? ['POST', `/posts/${externalId}/replies`] : ['DELETE', `/posts/${externalId}`];
        const seen = forum.requests.find((r) => r.method === want[0] && r.path === want[1]);
        if (!seen) return `the forum never received ${want.join(' ')}`;
        if (!seen.headers['idempotency-key']) return 'the request carried no Idempotency-Key';
        return undefined;
      },
      async teardown() {
        forum.stop();
      },
    };
  },
};

export default fixture;
