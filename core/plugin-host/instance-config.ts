/**
 * Checks each plugin instance's config against its plugin's JSON Schema. A property marked
 * `"secret": true` is never logged or shown: redactSecrets() replaces it wherever config leaves
 * the process (logs, /api/v1/plugins).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ConfigSchema, PluginDefinition } from '../plugin-api/index.ts';

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'secret', schemaType: 'boolean' });

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a plugin's schema; throws with ajv's reason when the schema itself is broken. */
export function compileConfigSchema(schema: ConfigSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Problems with one instance's config, each naming the instance, the field and what was expected.
 * Fills in the schema's defaults.
 */
export function checkInstanceConfig(instanceId: string, plugin: PluginDefinition, config: Record<string, unknown>): string[] {
  const validate = compileConfigSchema(plugin.configSchema);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((e) => {
    const field =
      e.keyword === 'required' ? joinField(e.instancePath, String(e.params.missingProperty))
      : e.keyword === 'additionalProperties' ? joinField(e.instancePath, String(e.params.additionalProperty))
      : e.instancePath.split('/').filter(Boolean).join('.') || '(config)';
    const what =
      e.keyword === 'required' ? 'is required'
      : e.keyword === 'additionalProperties' ? `is not a setting of plugin "${plugin.id}"`
      : e.keyword === 'enum' ? `expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
      : `expected a value that ${e.message}`;
    return `plugin instance "${instanceId}" (${plugin.id}): config field "${field}" ${what}`;
  });
}

function joinField(path: string, key: string): string {
  return [...path.split('/').filter(Boolean), key].join('.');
}

/** A copy of config with every value whose schema says `secret: true` replaced. */
export function redactSecrets(config: unknown, schema: unknown): unknown {
  if (!schema || typeof schema !== 'object') return config;
  const s = schema as { secret?: boolean; properties?: Record<string, unknown>; items?: unknown };
  if (s.secret) return config === undefined ? undefined : '[secret]';
  if (Array.isArray(config)) return config.map((v) => redactSecrets(v, s.items));
  if (config && typeof config === 'object') {
    return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, redactSecrets(v, s.properties?.[k])]));
  }
  return config;
}
