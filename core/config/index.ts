export { CONFIG_DEFAULTS, CONFIG_SCHEMA, LOG_LEVELS, STANDARD_ROUTES, type LogLevel, type PluginInstanceConfig, type StewardConfig } from './config-schema.ts';
export { ConfigError, ENV_KEYS, loadConfig, type LoadConfigOptions, type LoadedConfig } from './load-config.ts';
