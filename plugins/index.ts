/**
 * The built-in plugins. Adding one is its folder plus one line here (CONVENTIONS.md §1).
 */
import type { PluginDefinition } from '../core/plugin-api/index.ts';
import webhook from './webhook/index.ts';

export const BUILTIN_PLUGINS: readonly PluginDefinition[] = [webhook];
