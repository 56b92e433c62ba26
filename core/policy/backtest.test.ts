import { describe, expect, test } from 'bun:test';
import { backtest, type BacktestItem } from './backtest.ts';
import { createProgressBar, formatBacktestReport } from './backtest-report.ts';
import { compilePolicySet } from './policy-loader.ts';
import type { PolicySet } from './policy-set.ts';

function setOf(yaml: string): PolicySet {
  const r = compilePolicySet([{ path: 'p.yaml', text: yaml }]);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.set;
}

const RECORDED_WITH = setOf(`
pack: before
rules:
  - id: a.billing
    mode: live
    when: labels.topic == "billing"
    then: [{ route: support }, { tag: billing }]
  - id: a.threat
    mode: live
    when: labels.risk.threat >= 0.6
    then: [{ set_urgency: critical }]
`);

const CANDIDATE = setOf(`
pack: after
rules:
  - id: b.billing
    mode: live
    when: labels.topic == "billing"
    then: [{ route: finance }, { tag: billing }]
  - id: b.threat
    mode: live
    when: labels.risk.threat >= 0.6
    then: [{ set_urgency: critical }, { tag: threat }]
  - id: b.bug-shadow
    mode: shadow
    when: labels.topic == "bug"
    then: [{ route: engineering }]
`);

/**
 * 10,000 items whose answer is known by arithmetic: billing when i % 4 == 0 (2,500), bug when
 * i % 4 == 1 (2,500), a threat when i % 5 == 0 (2,000), never decided when i % 10 == 7 (1,000;
 * none of them billing or threat, so the candidate changes nothing on them).
 */
async function* generated(): AsyncIterable<BacktestItem> {
  for (let i = 0; i < 10_000; i++) {
    const input = {
      item: { id: `item-${i}` },
      labels: { topic: i % 4 === 0 ? 'billing' : i % 4 === 1 ? 'bug' : 'other', risk: { threat: i % 5 === 0 ? 0.9 : 0.1 } },
    };
    yield { input, recorded: i % 10 === 7 ? null : RECORDED_WITH.decide(input) };
  }
}

describe('backtest', () => {
  test('over 10,000 generated items it reports exactly the known differences', async () => {
    const progress: [number, number | undefined][] = [];
    const r = await backtest(CANDIDATE, generated(), { total: 10_000, maxExamples: 3, onProgress: (d, t) => progress.push([d, t]) });

    expect(r.items).toBe(10_000);
    expect(r.unrecorded_items).toBe(1_000);
    expect(r.errored_items).toBe(0);
    // billing (2,500) ∪ threat (2,000), minus both (i % 20 == 0: 500).
    expect(r.changed_items).toBe(4_000);
    expect(r.unchanged_items).toBe(6_000);
    expect(r.changes.map((c) => [c.kind, c.count])).toEqual([
      ['route: support → finance', 2_500],
      ['tags: +threat', 2_000],
    ]);
    const route = r.changes[0]!;
    expect(route.examples).toEqual([
      { item_id: 'item-0', from: 'support', to: 'finance', rules: ['b.billing'] },
      { item_id: 'item-4', from: 'support', to: 'finance', rules: ['b.billing'] },
      { item_id: 'item-8', from: 'support', to: 'finance', rules: ['b.billing'] },
    ]);
    expect(r.actions.route).toEqual({ before: 2_500, after: 2_500, changed: 2_500 });
    expect(r.actions.tags).toEqual({ before: 2_500, after: 4_000, changed: 2_000 });
    expect(r.actions.urgency).toEqual({ before: 2_000, after: 2_000, changed: 0 });
    expect(r.routes).toEqual({
      support: { before: 2_500, after: 0 },
      finance: { before: 0, after: 2_500 },
      '(none)': { before: 7_500, after: 7_500 },
    });
    expect(r.shadow_actions).toEqual({ route: 2_500 });
    expect(progress.length).toBe(21);
    expect(progress.at(-1)).toEqual([10_000, 10_000]);

    const report = formatBacktestReport(r);
    expect(report).toContain('over 10000 items');
    expect(report).toContain('   2500  route: support → finance');
    expect(report).toContain('e.g. item item-0 by b.billing');
    expect(report).toContain('   2000  tags: +threat');
  });

  test('a removed value is reported with the recorded rule that produced it', async () => {
    const input = { item: { id: 'x' }, labels: { topic: 'billing' } };
    const r = await backtest(setOf('pack: empty\nrules: []\n'), [{ input, recorded: RECORDED_WITH.decide(input) }]);
    expect(r.changes.map((c) => [c.kind, c.examples[0]!.rules])).toEqual([
      ['route: support → (none)', ['a.billing']],
      ['tags: -billing', ['a.billing']],
    ]);
  });

  test('the progress bar redraws one line on a terminal and prints every 10% elsewhere', () => {
    let tty = '';
    const bar = createProgressBar({ isTTY: true, write: (s: string) => (tty += s) }, 'bt', 10);
    bar.update(5, 10);
    bar.finish();
    expect(tty).toBe('\rbt [#####.....]  50.0% 5/10\n');
    let log = '';
    const plain = createProgressBar({ write: (s: string) => (log += s) }, 'bt');
    for (let d = 0; d <= 100; d += 5) plain.update(d, 100);
    expect(log.trim().split('\n')).toHaveLength(11);
  });
});
