/**
 * Prints the safety layer's figures on its development set and its flag rates on public
 * train/validation splits (never test). Run: bun core/triage/safety-dev-report.ts [--misses]
 */
import { LocalClassifier } from './local-classifier.ts';
import type { TriageLabels } from './labels.ts';
import { SAFETY_CATEGORIES, SAFETY_DEV_SET, type SafetyCategory } from './safety-dev-set.ts';
import { datasetsRoot, readSplit } from './shared-datasets.ts';
import { loadShippedModel } from './shipped-model.ts';

const showMisses = Bun.argv.includes('--misses');
const model = await loadShippedModel();
const withLayer = new LocalClassifier(model);
const bare = new LocalClassifier(model, undefined, false);

/** What "flagged" means per category: the same reading as the evaluation's goal figures. */
function flagged(cat: SafetyCategory, l: TriageLabels): boolean {
  if (cat === 'self_harm') return l.topic.label === 'self_harm' || l.risk.self_harm >= 0.5;
  if (cat === 'threat') return l.topic.label === 'threat' || l.risk.threat >= 0.5;
  return l.noise.label === 'scam';
}

const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) : 'n/a').padStart(6);
console.log('safety dev set: recall on positives / false flags on hard negatives (bare model → with layer)');
for (const cat of SAFETY_CATEGORIES) {
  for (const [lang, c] of Object.entries(SAFETY_DEV_SET[cat])) {
    const pos = c.positives.map((text) => ({ text }));
    const neg = c.hardNegatives.map((text) => ({ text }));
    const [bp, lp, bn, ln] = [bare.classifySync(pos), withLayer.classifySync(pos), bare.classifySync(neg), withLayer.classifySync(neg)];
    const count = (ls: TriageLabels[]) => ls.filter((l) => flagged(cat, l)).length;
    console.log(`  ${cat.padEnd(9)} ${lang}  recall ${pct(count(bp!), pos.length)} → ${pct(count(lp!), pos.length)}   false flags ${pct(count(bn!), neg.length)} → ${pct(count(ln!), neg.length)}   (n=${pos.length}/${neg.length})`);
    if (showMisses) {
      lp!.forEach((l, i) => { if (!flagged(cat, l)) console.log(`      miss${flagged(cat, bp![i]!) ? ' (caused by layer)' : ''}: ${c.positives[i]}`); });
      ln!.forEach((l, i) => { if (flagged(cat, l)) console.log(`      false${flagged(cat, bn![i]!) ? '' : ' (caused by layer)'}: ${c.hardNegatives[i]}`); });
    }
  }
}

// Public splits (train/validation only): how often the layer changes a public text's reading.
const root = datasetsRoot();
const sets: [string, 'train' | 'validation', (label: string) => SafetyCategory | 'none' | 'spam'][] = [
  ['sms-smishing-mendeley', 'validation', (l) => (l.toLowerCase() === 'smishing' ? 'scam' : l.toLowerCase() === 'spam' ? 'spam' : 'none')],
  ['sms-spam-collection', 'validation', (l) => (l === 'spam' ? 'spam' : 'none')],
  ['tweeteval-offensive', 'validation', () => 'none'],
  ['davidson-hate-offensive', 'validation', () => 'none'],
  ['banking77', 'train', () => 'none'],
  ['bitext-customer-support', 'validation', () => 'none'],
  ['tweeteval-sentiment', 'validation', () => 'none'],
  ['twitter-complaints', 'validation', () => 'none'],
];
console.log('\npublic splits: share flagged by the layer-merged classifier (bare → with layer)');
for (const [name, split, gold] of sets) {
  const rows = readSplit(root, name, split);
  if (!rows.length) continue;
  const inputs = rows.map((r) => ({ text: r.text }));
  const [b, w] = [bare.classifySync(inputs), withLayer.classifySync(inputs)];
  for (const cat of SAFETY_CATEGORIES) {
    const idx = rows.map((_, i) => i);
    const posIdx = idx.filter((i) => gold(rows[i]!.label) === cat);
    const otherIdx = idx.filter((i) => gold(rows[i]!.label) !== cat);
    const c = (ls: TriageLabels[], ix: number[]) => ix.filter((i) => flagged(cat, ls[i]!)).length;
    const line = `  ${name.padEnd(26)} ${split.padEnd(10)} ${cat.padEnd(9)}` + (posIdx.length ? ` recall ${pct(c(b, posIdx), posIdx.length)} → ${pct(c(w, posIdx), posIdx.length)}` : '') + `  flagged others ${pct(c(b, otherIdx), otherIdx.length)} → ${pct(c(w, otherIdx), otherIdx.length)} (n=${otherIdx.length})`;
    console.log(line);
    if (showMisses && name !== 'sms-smishing-mendeley') {
      otherIdx.filter((i) => flagged(cat, w[i]!) && !flagged(cat, b[i]!)).slice(0, 8).forEach((i) => console.log(`      new flag: ${rows[i]!.text.slice(0, 160)}`));
    }
    if (showMisses && name === 'sms-smishing-mendeley' && posIdx.length) {
      posIdx.filter((i) => !flagged(cat, w[i]!) && flagged(cat, b[i]!)).slice(0, 15).forEach((i) => console.log(`      lost by layer: ${rows[i]!.text.slice(0, 160)}`));
      posIdx.filter((i) => !flagged(cat, w[i]!) && !flagged(cat, b[i]!)).slice(0, 6).forEach((i) => console.log(`      miss: ${rows[i]!.text.slice(0, 160)}`));
    }
  }
}
