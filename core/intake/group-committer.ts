/**
 * Group commit: callers that submit while a commit is running wait for the next one and share
 * it, so concurrent requests cost one transaction (and one fsync) between them instead of one
 * each. An idle committer starts at once — a lone request pays no added latency.
 */
export type FlushFn<In, Out> = (inputs: In[]) => Promise<Out[]>;

interface Pending<In, Out> {
  inputs: In[];
  resolve(outputs: Out[]): void;
  reject(error: unknown): void;
}

export class GroupCommitter<In, Out> {
  private queue: Pending<In, Out>[] = [];
  private queued = 0;
  private running: Promise<void> | undefined;

  constructor(
    private readonly flush: FlushFn<In, Out>,
    /** A group stops growing at this many inputs; the rest wait for the next commit. */
    private readonly maxInputs: number,
  ) {}

  /** Resolves with one output per input, in order, once they are committed. */
  submit(inputs: In[]): Promise<Out[]> {
    return new Promise<Out[]>((resolve, reject) => {
      this.queue.push({ inputs, resolve, reject });
      this.queued += inputs.length;
      this.running ??= this.drain();
    });
  }

  /** Resolves when everything submitted so far has been committed or has failed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // Let requests that arrive in the same tick join the first group.
    await new Promise<void>((r) => setImmediate(r));
    try {
      while (this.queue.length > 0) {
        const group = this.takeGroup();
        const inputs = group.flatMap((p) => p.inputs);
        try {
          const outputs = await this.flush(inputs);
          let offset = 0;
          for (const p of group) {
            p.resolve(outputs.slice(offset, offset + p.inputs.length));
            offset += p.inputs.length;
          }
        } catch (error) {
          // The group shared one transaction, so none of it was stored: every caller learns so.
          for (const p of group) p.reject(error);
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private takeGroup(): Pending<In, Out>[] {
    const group: Pending<In, Out>[] = [];
    let size = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (group.length > 0 && size + next.inputs.length > this.maxInputs) break;
      group.push(this.queue.shift()!);
      size += next.inputs.length;
    }
    this.queued -= size;
    return group;
  }
}
