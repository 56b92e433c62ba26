import { describe, expect, test } from 'bun:test';
import { compilePolicySet, formatLoadError, type PolicyLoadError } from './policy-loader.ts';

const load = (text: string, path = 'policies/50-test.yaml') => compilePolicySet([{ path, text }]);
const errorsOf = (text: string): PolicyLoadError[] => {
  const r = load(text);
  if (r.ok) throw new Error('expected the set to be rejected');
  return r.errors;
};

describe('loading a policy set', () => {
  test('a valid file compiles, with a version hash that depends on content only', () => {
    const text = 'pack: p\nrules:\n  - id: a\n    mode: live\n    when: labels.topic == "billing"\n    then:\n      - route: finance\n';
    const a = load(text);
    const b = load(text);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.set.version.hash).toBe(b.set.version.hash);
    expect(a.set.version.rules).toBe(1);
    const c = load(text.replace('finance', 'support'));
    expect(c.ok && c.set.version.hash).not.toBe(a.set.version.hash);
  });

  test('a YAML syntax error is reported with file, rule and line:column', () => {
    const errors = errorsOf([
      'pack: p',
      'rules:',
      '  - id: broken.rule',
      '    mode: live',
      '    when: labels.noise == "spam"',
      '    then: live: now',
      '  - id: next',
    ].join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'yaml', file: 'policies/50-test.yaml', rule: 'broken.rule', line: 6, column: 11 });
    expect(errors[0]!.message).toContain('Nested mappings are not allowed');
  });

  test('an expression referring to an unknown field is reported at the field', () => {
    const errors = errorsOf('pack: p\nrules:\n  - id: bad.expr\n    mode: live\n    when: labels.topic == "billing" && labels.topc == "x"\n    then:\n      - route: finance\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'expression', rule: 'bad.expr', line: 5 });
    expect(errors[0]!.message).toContain('topc');
    // `    when: ` puts the expression at column 11; the field name `topc` starts 36 characters in.
    expect(errors[0]!.column).toBe(11 + 36);
  });

  test('an unknown variable, a syntax error in CEL and a non-boolean condition are each reported', () => {
    const errors = errorsOf([
      'pack: p',
      'rules:',
      '  - id: r1',
      '    mode: live',
      '    when: user.is_admin',
      '    then: [{tag: x}]',
      '  - id: r2',
      '    mode: live',
      '    when:',
      '      - labels.noise == "spam"',
      '      - labels.risk.threat >=',
      '    then: [{tag: x}]',
      '  - id: r3',
      '    mode: live',
      '    when: item.text',
      '    then: [{tag: x}]',
    ].join('\n'));
    expect(errors.map((e) => [e.rule, e.line])).toEqual([['r1', 5], ['r2', 11], ['r3', 15]]);
    expect(errors[0]!.message).toContain('Unknown variable: user');
    expect(errors[1]!.message).toContain('cannot parse');
    expect(errors[2]!.message).toContain('expected a bool');
  });

  test('a label value outside its closed set is reported', () => {
    const errors = errorsOf('pack: p\nrules:\n  - id: typo\n    mode: live\n    when: labels.topic in ["billing", "biling"]\n    then: [{route: finance}]\n');
    expect(errors[0]).toMatchObject({ kind: 'expression', rule: 'typo', line: 5, column: 11 + 28 });
    expect(errors[0]!.message).toContain('"biling" is not a value of labels.topic');
  });

  test('an unknown action is reported at the action, with the allowed list', () => {
    const errors = errorsOf('pack: p\nrules:\n  - id: act\n    mode: live\n    when: labels.noise == "spam"\n    then:\n      - tag: spam\n      - bann: forever\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'action', rule: 'act', line: 8, column: 9 });
    expect(errors[0]!.message).toContain('unknown action "bann"');
    expect(formatLoadError(errors[0]!)).toBe(`policies/50-test.yaml:8:9 rule act: ${errors[0]!.message} [action]`);
  });

  test('a bad action value, an unknown field and a bad mode are reported together with expression errors', () => {
    const errors = errorsOf([
      'pack: p',
      'rules:',
      '  - id: many',
      '    mode: sometimes',
      '    when: labels.nope',
      '    priority: 3',
      '    then:',
      '      - platform_action: { action: nuke }',
    ].join('\n'));
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e]));
    expect(byLine[4]!.message).toContain('must be one of: live, shadow, off');
    expect(byLine[5]!).toMatchObject({ kind: 'expression', rule: 'many' });
    expect(byLine[6]!.message).toContain('unknown field "priority"');
    expect(byLine[8]!).toMatchObject({ kind: 'action' });
    expect(byLine[8]!.message).toContain('remove, hide, timeout, ban');
  });

  test('duplicate rule ids across files are reported in the second file', () => {
    const rule = 'pack: PACK\nrules:\n  - id: same\n    mode: live\n    when: "true"\n    then: [{tag: x}]\n';
    const r = compilePolicySet([{ path: 'a.yaml', text: rule.replace('PACK', 'a') }, { path: 'b.yaml', text: rule.replace('PACK', 'b') }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ kind: 'duplicate', file: 'b.yaml', rule: 'same', line: 3, column: 9, message: 'rule id "same" is also used in a.yaml' }]);
  });

  test('a regular expression that can backtrack catastrophically is refused', () => {
    const errors = errorsOf('pack: p\nrules:\n  - id: redos\n    mode: live\n    when: item.text.matches("(a+)+$") || item.text.matches("[")\n    then: [{tag: x}]\n');
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([['redos', 5, 11 + 18], ['redos', 5, 11 + 49]]);
    expect(errors[0]!.message).toContain('nested quantifier');
    expect(errors[1]!.message).toContain('invalid pattern');
  });

  test('conditions are evaluated cheapest first: a text scan waits for the label check', () => {
    const r = load('pack: p\nrules:\n  - id: cheap\n    mode: live\n    when:\n      - item.text.containsAny(["refund"])\n      - labels.topic == "billing"\n    then: [{tag: x}]\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.set.rules[0]!.evaluationOrder).toEqual([1, 0]);
    const d = r.set.decide({ labels: { topic: 'bug' }, item: { text: 'refund please' } });
    expect(d.trace[0]!.conditions.map((c) => c.outcome)).toEqual(['not_applicable', 'failed']);
  });
});
