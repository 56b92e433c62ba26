/** The configuration's JSON Schema and type. Defaults here make Steward run with no config at all. */
import type { JSONSchemaType } from 'ajv';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The route names every deployment has; a team may add more in `routes`. */
export const STANDARD_ROUTES = ['support', 'finance', 'engineering', 'trust_safety', 'legal', 'comms', 'product', 'community'] as const;

export const SQLITE_SYNC_MODES = ['FULL', 'NORMAL'] as const;

export interface StewardConfig {
  /** HTTP port. */
  port: number;
  host: string;
  /** Where the embedded SQLite file and other local state live. */
  dataDir: string;
  /** `postgres://…` selects PostgreSQL; `sqlite:<path>` or empty selects SQLite at `<dataDir>/steward.db`. */
  databaseUrl: string;
  logLevel: LogLevel;
  /** Name of this replica, recorded as the claimant of pipeline work. Defaults to host name + pid. */
  instanceId: string;
  sqlite: {
    /** FULL: a commit survives power loss. NORMAL: survives a process crash only, faster. */
    synchronous: (typeof SQLITE_SYNC_MODES)[number];
    busyTimeoutMs: number;
  };
  postgres: { poolSize: number };
  intake: {
    maxItemsPerRequest: number;
    maxBodyBytes: number;
    /** Items written in one group-commit transaction at most. */
    maxGroupCommitItems: number;
  };
  pipeline: {
    enabled: boolean;
    batchSize: number;
    /** How often an idle worker looks for work that another replica took in. */
    pollIntervalMs: number;
    /** A claimed batch not finished within this time is claimed again (its worker died). */
    leaseMs: number;
    /** Attempts before an item that keeps failing a stage is parked as failed. */
    maxAttempts: number;
    /** `worker`: the pipeline runs on its own thread (a second core); `main`: beside HTTP. */
    thread: 'main' | 'worker';
  };
  /** How long SIGTERM waits for in-flight intake and pipeline batches before exiting anyway. */
  shutdownTimeoutMs: number;
  plugins: {
    /** A directory of external plugins, one folder each with index.ts or index.js; empty for none. */
    directory: string;
    startTimeoutMs: number;
    stopTimeoutMs: number;
    instances: PluginInstanceConfig[];
  };
  /** Route name (finance, engineering, …) → id of the escalation-target instance that receives it. */
  routes: Record<string, string>;
  triage: {
    /** Run the classify stage. Off: items reach policies unclassified (labels.classified == false). */
    enabled: boolean;
    /** A model file to use instead of the shipped one (from `steward model train --out`). */
    modelPath: string;
    /** Optional Hugging Face classifier refining one head; see core/triage/hf-config-schema.ts. */
    huggingface: Record<string, unknown> | null;
  };
  policies: {
    /** The policy packs; created with the shipped default packs when missing. */
    directory: string;
  };
  outbox: {
    maxAttempts: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    pollIntervalMs: number;
    /** A claimed job not finished within this time is claimed again (its worker died). */
    leaseMs: number;
    /** One attempt of one job may take this long before it counts as failed. */
    jobTimeoutMs: number;
  };
}

export interface PluginInstanceConfig {
  /** Unique, kebab-case: names the instance in logs, routes, /hooks/<id> and items' channel. */
  id: string;
  /** The plugin's id. */
  plugin: string;
  enabled?: boolean;
  config?: Record<string, unknown>;
  /** Overrides the plugin's own outbox pacing for this instance (e.g. a receiver you run yourself). */
  rateLimit?: { perSecond: number; burst?: number; concurrency?: number };
}

export const CONFIG_DEFAULTS: StewardConfig = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  databaseUrl: '',
  logLevel: 'info',
  instanceId: '',
  sqlite: { synchronous: 'FULL', busyTimeoutMs: 5000 },
  postgres: { poolSize: 10 },
  intake: { maxItemsPerRequest: 1000, maxBodyBytes: 5 * 1024 * 1024, maxGroupCommitItems: 5000 },
  pipeline: { enabled: true, batchSize: 500, pollIntervalMs: 500, leaseMs: 30_000, maxAttempts: 5, thread: 'worker' },
  shutdownTimeoutMs: 20_000,
  plugins: { directory: '', startTimeoutMs: 10_000, stopTimeoutMs: 5_000, instances: [] },
  routes: {},
  triage: { enabled: true, modelPath: '', huggingface: null },
  policies: { directory: './policies' },
  outbox: { maxAttempts: 12, backoffBaseMs: 1000, backoffMaxMs: 300_000, pollIntervalMs: 500, leaseMs: 120_000, jobTimeoutMs: 30_000 },
};

const positiveInt = (maximum: number) => ({ type: 'integer', minimum: 1, maximum }) as const;

export const CONFIG_SCHEMA: JSONSchemaType<StewardConfig> = {
  type: 'object',
  additionalProperties: false,
  required: [],
  properties: {
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    host: { type: 'string', minLength: 1 },
    dataDir: { type: 'string', minLength: 1 },
    databaseUrl: { type: 'string', pattern: '^$|^(postgres|postgresql)://|^sqlite:|^file:' },
    logLevel: { type: 'string', enum: [...LOG_LEVELS] },
    instanceId: { type: 'string', maxLength: 200 },
    sqlite: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        synchronous: { type: 'string', enum: [...SQLITE_SYNC_MODES] },
        busyTimeoutMs: { type: 'integer', minimum: 0, maximum: 600_000 },
      },
    },
    postgres: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { poolSize: positiveInt(500) },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        maxItemsPerRequest: positiveInt(100_000),
        maxBodyBytes: positiveInt(1024 * 1024 * 1024),
        maxGroupCommitItems: positiveInt(1_000_000),
      },
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        enabled: { type: 'boolean' },
        batchSize: positiveInt(10_000),
        pollIntervalMs: positiveInt(3_600_000),
        leaseMs: positiveInt(86_400_000),
        maxAttempts: positiveInt(1000),
        thread: { type: 'string', enum: ['main', 'worker'] },
      },
    },
    shutdownTimeoutMs: positiveInt(3_600_000),
    plugins: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        directory: { type: 'string' },
        startTimeoutMs: positiveInt(600_000),
        stopTimeoutMs: positiveInt(600_000),
        instances: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'plugin'],
            properties: {
              id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 },
              plugin: { type: 'string', minLength: 1 },
              enabled: { type: 'boolean', nullable: true },
              config: { type: 'object', nullable: true, required: [] },
              rateLimit: {
                type: 'object',
                nullable: true,
                additionalProperties: false,
                required: ['perSecond'],
                properties: {
                  perSecond: { type: 'number', exclusiveMinimum: 0, maximum: 100_000 },
                  burst: { type: 'integer', minimum: 1, maximum: 100_000, nullable: true },
                  concurrency: { type: 'integer', minimum: 1, maximum: 1000, nullable: true },
                },
              },
            },
          },
        },
      },
    },
    routes: {
      type: 'object',
      required: [],
      propertyNames: { pattern: '^[a-z][a-z0-9_-]*$' },
      additionalProperties: { type: 'string' },
    },
    triage: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        enabled: { type: 'boolean' },
        modelPath: { type: 'string' },
        huggingface: { type: 'object', nullable: true, required: [] },
      },
    },
    policies: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { directory: { type: 'string', minLength: 1 } },
    },
    outbox: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        maxAttempts: positiveInt(1000),
        backoffBaseMs: positiveInt(3_600_000),
        backoffMaxMs: positiveInt(86_400_000),
        pollIntervalMs: positiveInt(3_600_000),
        leaseMs: positiveInt(86_400_000),
        jobTimeoutMs: positiveInt(3_600_000),
      },
    },
  },
} as unknown as JSONSchemaType<StewardConfig>;
