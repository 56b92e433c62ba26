/**
 * The conformance fixture `steward plugin test plugins/discord` uses: FakeDiscord (REST and
 * gateway on loopback, tiny heartbeat interval), a config pointing at it, messages posted by a
 * member on demand, and each action checked on the wire, X-Audit-Log-Reason included.
 * `startDiscordSession()` is also what tests/channel-discord.test.ts drives, with the fake exposed.
 */
import type { ConformanceFixture, ConformanceSession, PlatformAction } from '../../core/plugin-api/index.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../../tests/fakes/discord/fake-discord.ts';
import { verifyDiscordAction, type DiscordActionKind } from '../../tests/fakes/discord/verify-action.ts';

export const AUDIT_REASON = 'spam rule 3';

export type DiscordSession = ConformanceSession & { fake: FakeDiscord; produce(count: number): Promise<string[]> };

export async function startDiscordSession(options: FakeDiscordOptions = {}): Promise<DiscordSession> {
  const discord = await FakeDiscord.start({ heartbeatIntervalMs: 100, heartbeatTimeoutMs: 2_000, ...options });
  let produced = 0;
  return {
    fake: discord,
    config: {
      botToken: discord.token,
      apiBaseUrl: discord.restUrl,
      leaseTtlMs: 1_000,
      checkpointIntervalMs: 100,
      reidentifyDelayMs: { min: 5, max: 20 },
      reconnectBackoffMs: { initial: 10, max: 100 },
    },
    async produce(count) {
      // Discord delivers only to a session (live, or detached and resumable): wait for the bot to log in.
      const deadline = Date.now() + 5_000;
      while (discord.gateway.sessionIds().length === 0 && Date.now() < deadline) await Bun.sleep(10);
      return Array.from({ length: count }, () => discord.userMessage({ content: `message ${++produced}: buy followers at example.invalid` }).id);
    },
    sampleAction(kind, externalId): PlatformAction {
      const message = discord.posted.get(externalId);
      const target = { external_id: externalId, ...(message ? { thread_external_id: message.channel_id, author_external_id: message.author.id } : {}) };
      return kind === 'reply' || kind === 'dm'
        ? { kind, target, text: 'Your message was removed: advertising is not allowed here.' }
        : { kind, target, reason: AUDIT_REASON, ...(kind === 'timeout' ? { durationSeconds: 600 } : {}) };
    },
    verifyAction(kind, externalId) {
      const wrong = verifyDiscordAction(discord, kind as DiscordActionKind, externalId);
      if (wrong) return wrong;
      if (kind === 'remove' || kind === 'ban' || kind === 'timeout') {
        const method = { remove: 'DELETE', ban: 'PUT', timeout: 'PATCH' }[kind];
        const request = discord.requests.find((r) => r.status < 300 && r.method === method);
        if (request?.auditLogReason !== AUDIT_REASON) return `${kind} carried no X-Audit-Log-Reason "${AUDIT_REASON}"`;
      }
      return discord.violations.length > 0 ? `protocol violations: ${discord.violations.join('; ')}` : undefined;
    },
    async teardown() {
      await discord.stop();
    },
  };
}

const fixture: ConformanceFixture = { setup: () => startDiscordSession() };

export default fixture;
