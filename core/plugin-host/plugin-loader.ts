/**
 * Finds plugins: the built-in ones the composition root passes in, and external ones from a
 * directory (one folder each, with index.ts or index.js default-exporting definePlugin()).
 * A broken plugin fails with an error naming its folder and the field.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPluginDefinition, type PluginDefinition } from '../plugin-api/index.ts';
import { compileConfigSchema } from './instance-config.ts';
import { registerSharedModules } from './shared-modules.ts';

export interface LoadedPlugin {
  definition: PluginDefinition;
  /** `built-in` or the folder it was loaded from. */
  source: string;
}

export class PluginLoadError extends Error {
  constructor(readonly source: string, message: string) {
    super(`plugin at ${source}: ${message}`);
    this.name = 'PluginLoadError';
  }
}

/** Checks a definition fully (shape and config schema); throws PluginLoadError naming the field. */
export function verifyDefinition(definition: unknown, source: string): PluginDefinition {
  const problems = checkPluginDefinition(definition);
  if (problems.length > 0) throw new PluginLoadError(source, problems.map((p) => p.message).join('; '));
  const def = definition as PluginDefinition;
  try {
    compileConfigSchema(def.configSchema);
  } catch (err) {
    throw new PluginLoadError(source, `configSchema: not a valid JSON Schema (${(err as Error).message})`);
  }
  return def;
}

/** Imports one plugin folder. */
export async function loadPluginFolder(folder: string): Promise<LoadedPlugin> {
  registerSharedModules();
  const dir = resolve(folder);
  const entry = ['index.ts', 'index.js', 'index.mjs'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!entry) throw new PluginLoadError(dir, 'no index.ts or index.js');
  let mod: { default?: unknown };
  try {
    mod = await import(entry);
  } catch (err) {
    throw new PluginLoadError(dir, `failed to import: ${(err as Error).message}`);
  }
  if (mod.default === undefined) throw new PluginLoadError(dir, 'default export: missing (export default definePlugin({...}))');
  return { definition: verifyDefinition(mod.default, dir), source: dir };
}

/** Loads every plugin folder in a directory. */
export async function loadPluginDirectory(directory: string): Promise<LoadedPlugin[]> {
  const dir = resolve(directory);
  if (!existsSync(dir)) throw new PluginLoadError(dir, 'the plugin directory does not exist');
  const folders = readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
  const loaded: LoadedPlugin[] = [];
  for (const folder of folders) loaded.push(await loadPluginFolder(folder));
  return loaded;
}

/** All available plugins by id; a duplicate id is an error naming both sources. */
export async function collectPlugins(builtIn: readonly PluginDefinition[], directory: string): Promise<Map<string, LoadedPlugin>> {
  const all = [
    ...builtIn.map((definition) => ({ definition: verifyDefinition(definition, `built-in plugin ${definition?.id}`), source: 'built-in' })),
    ...(directory ? await loadPluginDirectory(directory) : []),
  ];
  const byId = new Map<string, LoadedPlugin>();
  for (const p of all) {
    const existing = byId.get(p.definition.id);
    if (existing) throw new PluginLoadError(p.source, `id "${p.definition.id}" is already used by the plugin from ${existing.source}`);
    byId.set(p.definition.id, p);
  }
  return byId;
}
