import { describe, expect, test } from 'bun:test';
import { AnchorGate, anchorsOf } from './anchor-gate.ts';

describe('anchor gate', () => {
  test('anchors a pattern by its longest required literal, or by every alternative of a mandatory group', () => {
    expect(anchorsOf('kil (my ?self|my self)')).toEqual([{ word: 'self', wordStart: false }, { word: 'self', wordStart: true }]);
    // A later literal of an alternative anchors it when the leading one is too short.
    expect(anchorsOf('(me cortar|me cortando) \\w+')).toEqual([{ word: 'cortar', wordStart: true }, { word: 'cortando', wordStart: true }]);
    // "to hq" holds no literal of three letters: two-letter anchors, never a gate that misses it.
    expect(anchorsOf('(to|at|outside) (hq|headquarters)')).toEqual([{ word: 'to', wordStart: true }, { word: 'at', wordStart: true }, { word: 'outside', wordStart: true }]);
    // Stop words anchor only when nothing rarer is required; a character class is never a literal.
    expect(anchorsOf('(has|have) \\d+ ?(h|hours)')).toEqual([{ word: 'has', wordStart: true }, { word: 'have', wordStart: true }]);
    expect(anchorsOf('muert[oa]s?')).toEqual([{ word: 'muert', wordStart: true }]);
    expect(anchorsOf('(te|os) (voy|vamos) a (matar|encontrar)')).toEqual([{ word: 'matar', wordStart: true }, { word: 'encontrar', wordStart: true }]);
    // "guns?" also matches "gun"; a run after a digit can only be a substring.
    expect(anchorsOf('guns?')).toEqual([{ word: 'gun', wordStart: true }]);
    expect(anchorsOf('\\d ?digit')).toEqual([{ word: 'digit', wordStart: false }]);
  });

  test('scans once and lists the patterns that can match, with word starts respected', () => {
    const gate = new AnchorGate(new Map([[' kil', [0]], ['code', [1, 2]], [' 2fa', [2]]]), 3);
    const found = (text: string) => [...gate.found.subarray(0, gate.scan(text))].sort();
    expect(found(' i wil kil you ')).toEqual([0]);
    expect(found(' skil tree ')).toEqual([]);
    expect(found(' bestatigungscode 2fa ')).toEqual([1, 2]);
    expect(found(' nothing here ')).toEqual([]);
  });
});
