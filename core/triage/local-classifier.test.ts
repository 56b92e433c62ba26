import { describe, expect, test } from 'bun:test';
import { LocalClassifier } from './local-classifier.ts';
import { loadShippedModel } from './shipped-model.ts';

const classifier = new LocalClassifier(await loadShippedModel());

describe('shipped local classifier', () => {
  test('labels a fake support DM with a phishing link as scam with high confidence', async () => {
    const [out] = await classifier.classify([{ text: 'Hello, this is official support. Your account will be suspended, verify here https://secure-login-verify.com/acc' }]);
    expect(out!.outcome).toBe('ok');
    if (out!.outcome !== 'ok') return;
    expect(out!.labels.noise.label).toBe('scam');
    expect(out!.labels.noise.confidence).toBeGreaterThan(0.8);
    expect(out!.labels.risk.scam_phishing).toBeGreaterThan(0.5);
    expect(out!.modelVersion).toBe(classifier.model.meta.version);
  });

  test('flags a threat of violence as critical risk', () => {
    const [l] = classifier.classifySync([{ text: 'I know where you live and I will come to your office and hurt you' }]);
    expect(l!.intent.label).toBe('risk');
    expect(l!.risk.threat).toBeGreaterThan(0.5);
    expect(l!.urgency.label).toBe('critical');
  });

  test('routes an outage report to support/outage', () => {
    const [l] = classifier.classifySync([{ text: 'is the site down? getting 502 errors on every page' }]);
    expect(l!.intent.label).toBe('support');
    expect(l!.topic.label).toBe('outage');
    expect(l!.noise.label).toBe('none');
  });

  test('detects Spanish, German and Hindi written in Latin script', () => {
    const [es, de, hi] = classifier.classifySync([
      { text: 'no puedo entrar a mi cuenta desde ayer, ayuda por favor' },
      { text: 'Ich kann mich seit gestern nicht mehr einloggen' },
      { text: 'bhai app bilkul kaam nahi kar raha, login hi nahi ho raha' },
    ]);
    expect(es!.language.label).toBe('es');
    expect(de!.language.label).toBe('de');
    expect(hi!.language.label).toBe('hi');
  });

  test('a "same here" reply takes its topic from the thread it answers', () => {
    const [l] = classifier.classifySync([{ text: 'same here', threadContext: 'whole app is down, 503 on every request' }]);
    expect(l!.noise.label).toBe('duplicate');
    expect(l!.topic.label).toBe('outage');
  });

  test('returns every head with confidences between 0 and 1, also for empty text', () => {
    for (const l of classifier.classifySync([{ text: '' }, { text: '🔥🔥🔥' }])) {
      for (const head of [l.noise, l.intent, l.topic, l.sentiment, l.urgency]) {
        expect(head.confidence).toBeGreaterThanOrEqual(0);
        expect(head.confidence).toBeLessThanOrEqual(1);
      }
      expect(Object.keys(l.risk)).toHaveLength(7);
      expect(typeof l.language.label).toBe('string');
    }
  });
});

describe('the int8 row sums', () => {
  test('WebAssembly SIMD and the JavaScript loop give the same labels on the development set', async () => {
    const { loadDevSet } = await import('./labelled-sets/labelled-sets.ts');
    const model = await loadShippedModel();
    const local = new LocalClassifier(model);
    const inputs = loadDevSet().map((e) => ({ text: e.text, threadContext: e.threadContext }));
    model.useSimd(false);
    const plain = local.classifySync(inputs);
    model.useSimd(true);
    const simd = local.classifySync(inputs);
    let differing = 0;
    for (let i = 0; i < inputs.length; i++) {
      const a = plain[i]!;
      const b = simd[i]!;
      // Scores are rounded to 3 decimals, so float rounding may move one by 0.001.
      for (const t of Object.keys(a.risk) as (keyof typeof a.risk)[]) expect(Math.abs(a.risk[t] - b.risk[t])).toBeLessThanOrEqual(0.0015);
      if (a.noise.label !== b.noise.label || a.intent.label !== b.intent.label || a.topic.label !== b.topic.label) differing++;
    }
    expect(differing).toBe(0);
  });
});

describe('the spam label', () => {
  test('needs the intent head to agree the item is noise; otherwise the next best noise label stands', () => {
    const model = classifier.model;
    const noise = model.head('noise');
    const intent = model.head('intent');
    const labelsWith = (noiseScores: Record<string, number>, intentLabel: string) => {
      const p = model.predict(model.featurize('check out my channel'));
      noise.spec.labels.forEach((l, j) => (p[noise.offset + j] = noiseScores[l] ?? 0));
      intent.spec.labels.forEach((l, j) => (p[intent.offset + j] = l === intentLabel ? 0.9 : 0.025));
      return classifier.labelsFrom('check out my channel', p);
    };
    expect(labelsWith({ spam: 0.75, none: 0.2 }, 'noise').noise).toEqual({ label: 'spam', confidence: 0.75 });
    const asking = labelsWith({ spam: 0.75, none: 0.2, scam: 0.05 }, 'support');
    expect(asking.noise).toEqual({ label: 'none', confidence: 0.2 });
    expect(asking.intent.label).toBe('support');
    expect(labelsWith({ spam: 0.6, scam: 0.3, none: 0.1 }, 'engagement').noise).toEqual({ label: 'scam', confidence: 0.3 });
  });
});
