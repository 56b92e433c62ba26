import { describe, expect, test } from 'bun:test';
import { autoCloseDecision, tuneThreshold } from './auto-close.ts';
import type { TriageLabels } from './labels.ts';
import { loadDevSet } from './labelled-sets/labelled-sets.ts';
import { LocalClassifier } from './local-classifier.ts';
import { loadShippedModel } from './shipped-model.ts';
import { autoCloseFloor, withFloor } from './shipped-training.ts';

function labels(noise: TriageLabels['noise'], risk: Partial<TriageLabels['risk']> = {}): TriageLabels {
  return {
    noise,
    intent: { label: 'noise', confidence: 0.9 },
    topic: { label: 'other', confidence: 0.9 },
    sentiment: { label: 'neutral', confidence: 0.9 },
    urgency: { label: 'low', confidence: 0.9 },
    risk: { harassment: 0, threat: 0, self_harm: 0, scam_phishing: 0, impersonation: 0, misinformation: 0, pr_exposure: 0, ...risk },
    sarcasm: { value: false, score: 0 },
    language: { label: 'en', confidence: 0.9 },
  };
}
const model = { meta: { autoClose: { spam: 0.9, scam: 0.8 } } };

describe('auto-close', () => {
  test('closes spam above its threshold, with the reason and threshold', () => {
    expect(autoCloseDecision(labels({ label: 'spam', confidence: 0.95 }), model)).toEqual({ close: true, reason: 'spam', threshold: 0.9 });
  });

  test('keeps items below the threshold, items without a tuned threshold, and non-noise open', () => {
    expect(autoCloseDecision(labels({ label: 'spam', confidence: 0.85 }), model)).toEqual({ close: false });
    expect(autoCloseDecision(labels({ label: 'off_topic', confidence: 0.99 }), model)).toEqual({ close: false });
    expect(autoCloseDecision(labels({ label: 'none', confidence: 0.99 }), model)).toEqual({ close: false });
  });

  test('never auto-closes something that also reads as self-harm or a threat', () => {
    expect(autoCloseDecision(labels({ label: 'spam', confidence: 0.99 }, { self_harm: 0.7 }), model)).toEqual({ close: false });
  });

  test('closes a scam only when the topic head agrees it is one (a report of an impersonator carries the same words)', () => {
    const scam = labels({ label: 'scam', confidence: 0.95 });
    expect(autoCloseDecision({ ...scam, topic: { label: 'scam_phishing', confidence: 0.9 } }, model)).toEqual({ close: true, reason: 'scam', threshold: 0.8 });
    expect(autoCloseDecision({ ...scam, topic: { label: 'impersonation', confidence: 0.6 } }, model)).toEqual({ close: false });
  });

  test('tunes the lowest threshold that keeps precision at the target', () => {
    // 30 true spam at 0.960..0.989, one ham at 0.965 and ten at 0.6.
    const points = [
      ...Array.from({ length: 30 }, (_, i) => ({ score: (960 + i) / 1000, positive: true })),
      { score: 0.965, positive: false },
      ...Array.from({ length: 10 }, () => ({ score: 0.6, positive: false })),
    ];
    expect(tuneThreshold(points, 0.95)).toBe(0.96); // 30/31 = 0.968
    expect(tuneThreshold(points, 0.98)).toBe(0.966); // only above the ham item
    expect(tuneThreshold(points.filter((p) => !p.positive), 0.98)).toBeUndefined();
  });
});

describe('auto-close floor from held-out text', () => {
  test('a class closes only where both sources meet the target: the higher threshold, none when either has none', () => {
    expect(withFloor({ spam: 0.6, scam: 0.8, duplicate: 0.5 }, { spam: 0.7, scam: 0.65 })).toEqual({ spam: 0.7, scam: 0.8 });
    expect(withFloor({}, { spam: 0.7 })).toEqual({});
  });

  test('on the development set, the closures at each floor meet the target with at least ten right', async () => {
    const model = await loadShippedModel();
    const items = loadDevSet();
    const floor = autoCloseFloor(model, items, 0.98);
    expect(Object.keys(floor).sort()).toEqual(['duplicate', 'off_topic', 'scam', 'spam']);
    const labels = new LocalClassifier(model).classifySync(items.map((e) => ({ text: e.text, threadContext: e.threadContext })));
    for (const [reason, threshold] of Object.entries(floor)) {
      const closed = items.filter((e, i) => {
        const d = autoCloseDecision(labels[i]!, { meta: { autoClose: { [reason]: threshold } } }, e.text);
        return d.close && d.reason === reason;
      });
      const right = closed.filter((e) => e.labels.noise === reason).length;
      expect({ reason, right: right >= 10, precision: right / closed.length >= 0.98 }).toEqual({ reason, right: true, precision: true });
    }
  }, 30_000);
});
