export { createHttpClient, requestedWaitMs } from './http-client.ts';
export { checkInstanceConfig, compileConfigSchema, redactSecrets } from './instance-config.ts';
export { PluginHost, type PluginHostDeps } from './plugin-host.ts';
export { PluginInstance, type InstanceState, type InstanceStatus } from './plugin-instance.ts';
export { collectPlugins, loadPluginDirectory, loadPluginFolder, PluginLoadError, verifyDefinition, type LoadedPlugin } from './plugin-loader.ts';
export { createPluginContext } from './plugin-context-factory.ts';
export { registerSharedModules } from './shared-modules.ts';
