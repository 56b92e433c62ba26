/** The `plugin_state` table: plugin-scoped key-value pairs and cursors, by instance. */
export interface PluginStateTable {
  instance_id: string;
  key: string;
  /** JSON. */
  value: string;
  updated_at: number;
}
