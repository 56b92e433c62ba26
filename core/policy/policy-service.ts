/**
 * Keeps the live policy set: loads a directory, reloads it when a file changes, and never lets
 * a broken edit replace a working set. The last good set keeps deciding; the errors are emitted.
 */
import { watch, type FSWatcher } from 'node:fs';
import { compilePolicySet, loadPolicyDir, type LoadResult, type PolicyLoadError } from './policy-loader.ts';
import type { Decision } from './decision.ts';
import type { PolicyInput, PolicyInputPatch } from './policy-input.ts';
import type { DecideOptions, PolicySet, PolicySetVersion } from './policy-set.ts';

export interface PolicyServiceOptions {
  /** The policies directory (its *.yaml files; subfolders such as tests/ are ignored). */
  dir: string;
  /** Recorded in the version of a set loaded by the watcher. Default 'watch'. */
  watchLoadedBy?: string;
  /** Quiet period after the last file event before reloading; editors write in bursts. */
  debounceMs?: number;
  now?: () => Date;
}

export type VersionLoadedListener = (version: PolicySetVersion, set: PolicySet) => void | Promise<void>;
export type LoadErrorListener = (errors: PolicyLoadError[]) => void;

/**
 * @example
 *   const policies = new PolicyService({ dir: './policies' });
 *   policies.onVersionLoaded((v) => recordPolicyVersion(db, v));   // lead: store the version
 *   policies.onLoadError((errs) => errs.forEach((e) => log.error(formatLoadError(e))));
 *   const first = await policies.start('startup');
 *   if (!first.ok) process.exit(1);           // or run with no rules; current() is never null
 *   const decision = policies.current().decide(input);
 */
export class PolicyService {
  readonly #dir: string;
  readonly #watchLoadedBy: string;
  readonly #debounceMs: number;
  readonly #now: () => Date;
  #current: PolicySet;
  #loaded = false;
  #lastErrors: PolicyLoadError[] = [];
  #watcher: FSWatcher | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reloading: Promise<LoadResult> | undefined;
  #pendingReload = false;
  readonly #versionListeners: VersionLoadedListener[] = [];
  readonly #errorListeners: LoadErrorListener[] = [];

  constructor(options: PolicyServiceOptions) {
    this.#dir = options.dir;
    this.#watchLoadedBy = options.watchLoadedBy ?? 'watch';
    this.#debounceMs = options.debounceMs ?? 150;
    this.#now = options.now ?? (() => new Date());
    // Until the first good load, an empty set: decide() works and matches nothing.
    const empty = compilePolicySet([], { loadedBy: 'empty', now: this.#now() });
    if (!empty.ok) throw new Error('an empty policy set cannot fail to compile');
    this.#current = empty.set;
  }

  /** The set deciding now. Never null: before the first good load it is an empty set. */
  current(): PolicySet {
    return this.#current;
  }

  /** Decides with the current set: `current().decide(input)`. */
  decide(input: PolicyInput | PolicyInputPatch, options?: DecideOptions): Decision {
    return this.#current.decide(input, options);
  }

  /** True once a set from the directory has loaded. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Problems of the last load attempt; empty when it succeeded. */
  lastErrors(): PolicyLoadError[] {
    return this.#lastErrors;
  }

  onVersionLoaded(listener: VersionLoadedListener): () => void {
    this.#versionListeners.push(listener);
    return () => this.#versionListeners.splice(this.#versionListeners.indexOf(listener), 1);
  }

  onLoadError(listener: LoadErrorListener): () => void {
    this.#errorListeners.push(listener);
    return () => this.#errorListeners.splice(this.#errorListeners.indexOf(listener), 1);
  }

  /** Loads the directory, then watches it. Resolves with the first load's result. */
  async start(loadedBy = 'startup'): Promise<LoadResult> {
    const result = await this.reload(loadedBy);
    this.#watcher = watch(this.#dir, { persistent: false }, (_event, name) => {
      if (name && !/\.ya?ml$/i.test(String(name))) return;
      this.#scheduleReload();
    });
    this.#watcher.on('error', (err) => {
      this.#emitErrors([{ kind: 'io', file: this.#dir, rule: null, line: 1, column: 1, message: `watching stopped: ${String(err)}` }]);
    });
    return result;
  }

  stop(): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Loads the directory now. On success the new set replaces the current one (listeners hear
   * of it unless the content hash is unchanged); on failure the current set stays and error
   * listeners get every problem. Concurrent calls are serialised.
   */
  async reload(loadedBy: string): Promise<LoadResult> {
    if (this.#reloading) {
      this.#pendingReload = true;
      return this.#reloading;
    }
    this.#reloading = this.#doReload(loadedBy);
    try {
      return await this.#reloading;
    } finally {
      this.#reloading = undefined;
      if (this.#pendingReload) {
        this.#pendingReload = false;
        this.#scheduleReload();
      }
    }
  }

  async #doReload(loadedBy: string): Promise<LoadResult> {
    const result = await loadPolicyDir(this.#dir, { loadedBy, now: this.#now() });
    if (!result.ok) {
      this.#lastErrors = result.errors;
      this.#emitErrors(result.errors);
      return result;
    }
    this.#lastErrors = [];
    const unchanged = this.#loaded && result.set.version.hash === this.#current.version.hash;
    if (unchanged) return { ok: true, set: this.#current };
    this.#current = result.set;
    this.#loaded = true;
    for (const listener of [...this.#versionListeners]) {
      try {
        await listener(result.set.version, result.set);
      } catch (err) {
        // Recording the version failed (e.g. the database is down); the set is still valid and live.
        this.#emitErrors([{ kind: 'io', file: this.#dir, rule: null, line: 1, column: 1, message: `version listener failed: ${String(err)}` }]);
      }
    }
    return result;
  }

  #scheduleReload(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.reload(this.#watchLoadedBy);
    }, this.#debounceMs);
  }

  #emitErrors(errors: PolicyLoadError[]): void {
    for (const listener of [...this.#errorListeners]) listener(errors);
  }
}
