import { describe, expect, test } from 'bun:test';
import type { TrainingExample } from '../heads.ts';
import { TIME_PHRASES, timePhraseCopies } from './time-phrases.ts';

const row = (text: string, lang: 'en' | 'de', threat = 0, selfHarm = 0): TrainingExample => ({
  text,
  weight: 6,
  labels: { lang, topic: threat ? 'threat' : 'discussion', risk: { harassment: 0, threat, self_harm: selfHarm, scam_phishing: 0, impersonation: 0, misinformation: 0, pr_exposure: 0 } },
});

describe('time-phrase copies of ordinary seed lines', () => {
  const ordinary = Array.from({ length: 400 }, (_, i) => row(`line number ${i}`, i % 2 ? 'en' : 'de'));
  const risky = [row('i will find you', 'en', 1), row('i want to end it', 'en', 0, 1)];

  test('copies only lines without a threat or self-harm label, each with a phrase of its own language', () => {
    const copies = timePhraseCopies([...risky, ...ordinary], 1);
    expect(copies.length).toBe(ordinary.length);
    for (const c of copies) {
      expect(c.labels.risk!.threat).toBe(0);
      const phrases = TIME_PHRASES[c.labels.lang as 'en' | 'de'];
      expect(phrases.some((p) => c.text.startsWith(`${p} `) || c.text.endsWith(` ${p}`))).toBe(true);
      expect(c.weight).toBe(6);
    }
  });

  test('takes about the share asked for, the same copies every time', () => {
    const a = timePhraseCopies(ordinary, 0.15);
    expect(a.length).toBeGreaterThan(30);
    expect(a.length).toBeLessThan(90);
    expect(timePhraseCopies(ordinary, 0.15)).toEqual(a);
    expect(timePhraseCopies(ordinary, 0)).toEqual([]);
  });
});
