/**
 * The plugin API: the only module a plugin imports (built-in plugins by path, external ones as
 * `@steward/plugin-api`). See docs/plugins.md.
 */
export { ACTION_KINDS, type ActionKind, type ActionResult, type Escalation, type PlatformAction } from './actions.ts';
export type { ConformanceFixture, ConformanceSession } from './conformance.ts';
export { PermanentError, RetryableError } from './errors.ts';
export {
  checkPluginDefinition, definePlugin, PLUGIN_ID_PATTERN, PLUGIN_KINDS, PluginDefinitionError,
  type ChannelInstance, type ChannelPlugin, type ConfigSchema, type DeliveryOptions, type EscalationInstance,
  type EscalationPlugin, type InstanceLifecycle, type PluginDefinition, type PluginKind,
} from './plugin-definition.ts';
export type {
  CursorStore, HttpClient, HttpRequestOptions, IncomingItem, IngestResult, ItemEvent, KeyValueStore, Lease,
  PluginContext, PluginItem, PluginLogger, Scheduler,
} from './plugin-context.ts';
export { IngestValidationError } from './errors.ts';
export { hmacSha256Hex, timingSafeEqualHex } from './signing.ts';
export { LeaseKeeper, type LeaseKeeperOptions } from './lease-keeper.ts';
export { abortableSleep } from './abortable-sleep.ts';
