/**
 * The built-in plugins. Adding one is its folder plus one line here (CONVENTIONS.md §1).
 */
import type { PluginDefinition } from '../core/plugin-api/index.ts';
import discord from './discord/index.ts';
import telegram from './telegram/index.ts';
import webhook from './webhook/index.ts';

export const BUILTIN_PLUGINS: readonly PluginDefinition[] = [webhook, discord, telegram];
