export { CONFIG_DEFAULTS, CONFIG_SCHEMA, LOG_LEVELS, type LogLevel, type StewardConfig } from './config-schema.ts';
export { ConfigError, ENV_KEYS, loadConfig, type LoadConfigOptions, type LoadedConfig } from './load-config.ts';
