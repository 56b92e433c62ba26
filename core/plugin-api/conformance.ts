/**
 * What a plugin folder provides so that `steward plugin test <dir>` can drive it: a
 * `conformance.ts` whose default export starts a fake of the platform and says how to use it.
 */
import type { ActionKind, Escalation, PlatformAction } from './actions.ts';

export interface ConformanceSession {
  /** A config for the plugin that points at the fake platform. */
  config: Record<string, unknown>;
  /** Channels: makes `count` new messages appear on the fake platform; returns their external ids. */
  produce?(count: number): Promise<string[]>;
  /** Channels: a sample action of this kind about the message with this external id. */
  sampleAction?(kind: ActionKind, externalId: string): PlatformAction;
  /** Channels: undefined when the fake received the action as the platform expects it, else what was wrong. */
  verifyAction?(kind: ActionKind, externalId: string): string | undefined | Promise<string | undefined>;
  /** Escalation targets: undefined when the fake received the escalation as expected, else what was wrong. */
  verifyEscalation?(escalation: Escalation, externalRef: string): string | undefined | Promise<string | undefined>;
  teardown(): Promise<void>;
}

/**
 * @example
 * // plugins/my-forum/conformance.ts
 * const fixture: ConformanceFixture = {
 *   async setup() {
 *     const forum = startFakeForum();
 *     return { config: { baseUrl: forum.url }, produce: (n) => forum.publish(n), teardown: async () => forum.stop() };
 *   },
 * };
 * export default fixture;
 */
export interface ConformanceFixture {
  setup(): Promise<ConformanceSession>;
}
