/** The text a moderation lead reads after `steward policy backtest`, and its progress bar. */
import type { BacktestResult } from './backtest.ts';

const pct = (n: number, of: number): string => (of === 0 ? '0.0%' : `${((100 * n) / of).toFixed(1)}%`);

export function formatBacktestReport(r: BacktestResult, options: { examples?: number } = {}): string {
  const examples = options.examples ?? 3;
  const out: string[] = [];
  out.push(`Backtest of policy set ${r.policy_version.slice(0, 12)} over ${r.items} items`);
  out.push(`  changed:    ${r.changed_items} (${pct(r.changed_items, r.items)})`);
  out.push(`  unchanged:  ${r.unchanged_items}`);
  if (r.unrecorded_items > 0) out.push(`  no recorded decision: ${r.unrecorded_items} (compared with "nothing happened")`);
  if (r.errored_items > 0) out.push(`  items where a rule errored: ${r.errored_items}  ← fix these rules before going live`);

  out.push('', 'Per action (items with it: before → after, items changed)');
  for (const [field, c] of Object.entries(r.actions)) {
    if (c.before === 0 && c.after === 0) continue;
    out.push(`  ${field.padEnd(18)} ${String(c.before).padStart(7)} → ${String(c.after).padEnd(7)} changed ${c.changed}`);
  }

  out.push('', 'Routes (items: before → after)');
  for (const [team, c] of Object.entries(r.routes).sort((a, b) => b[1].after - a[1].after)) {
    const delta = c.after - c.before;
    out.push(`  ${team.padEnd(18)} ${String(c.before).padStart(7)} → ${String(c.after).padEnd(7)} ${delta === 0 ? '' : delta > 0 ? `+${delta}` : String(delta)}`);
  }

  out.push('', r.changes.length === 0 ? 'No changes.' : 'Changes (most frequent first)');
  for (const c of r.changes) {
    out.push(`  ${String(c.count).padStart(7)}  ${c.kind}`);
    for (const e of c.examples.slice(0, examples)) {
      out.push(`             e.g. item ${e.item_id || '(no id)'}${e.rules.length > 0 ? ` by ${e.rules.join(', ')}` : ''}`);
    }
  }
  const shadow = Object.entries(r.shadow_actions);
  if (shadow.length > 0) {
    out.push('', 'Shadow rules would also have done (not counted above)');
    for (const [kind, n] of shadow) out.push(`  ${String(n).padStart(7)}  ${kind}`);
  }
  return out.join('\n');
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/**
 * A progress bar for stderr. On a terminal it redraws one line; elsewhere (CI logs) it prints
 * a line every 10% so logs stay short.
 */
export function createProgressBar(stream: ProgressStream, label = 'backtest', width = 30): {
  update: (done: number, total: number | undefined) => void;
  finish: () => void;
} {
  let lastDecile = -1;
  let drawn = false;
  const update = (done: number, total: number | undefined): void => {
    if (stream.isTTY) {
      if (total && total > 0) {
        const filled = Math.min(width, Math.round((width * done) / total));
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct(done, total).padStart(6)} ${done}/${total}`);
      } else {
        stream.write(`\r${label} ${done} items`);
      }
      drawn = true;
      return;
    }
    const decile = total ? Math.floor((10 * done) / total) : Math.floor(done / 10_000);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(total ? `${label}: ${done}/${total} (${pct(done, total)})\n` : `${label}: ${done} items\n`);
    }
  };
  const finish = (): void => {
    if (drawn) stream.write('\n');
  };
  return { update, finish };
}
