/**
 * Reads, validates and compiles a whole policy set. It is all or nothing: one problem anywhere
 * and the set is rejected with every problem listed by file, rule and line:column, so the
 * caller keeps the last good set live.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { ParseError, type ASTNode } from '@marcbachmann/cel-js';
import { ACTION_KINDS, normalizeAction, type ActionKind } from './actions.ts';
import { checkLabelLiterals, checkRegexSafety, estimateCost, policyEnvironment, type Activation } from './cel-environment.ts';
import { PolicySet, errorSummary, type CompiledCondition, type CompiledRule, type CompiledRuleAction } from './policy-set.ts';
import { POLICY_FILE_SCHEMA, type PolicyFileSource } from './policy-schema.ts';
import { parseYamlSource, type SourcePosition, type YamlSource } from './yaml-source.ts';

export const LOAD_ERROR_KINDS = ['io', 'yaml', 'schema', 'expression', 'action', 'duplicate'] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export interface PolicyLoadError {
  kind: LoadErrorKind;
  /** Path as given to the loader (relative to the policies directory when loaded from one). */
  file: string;
  /** The rule id, or null when the problem is not inside a rule. */
  rule: string | null;
  line: number;
  column: number;
  message: string;
}

export type LoadResult =
  | { ok: true; set: PolicySet }
  | { ok: false; errors: PolicyLoadError[] };

export interface PolicyFileText {
  path: string;
  text: string;
}

export interface CompileOptions {
  loadedBy?: string;
  now?: Date;
}

/** `policies/10-tns.yaml:12:9 rule tns.threat: unknown action "bann"`. */
export function formatLoadError(e: PolicyLoadError): string {
  return `${e.file}:${e.line}:${e.column}${e.rule ? ` rule ${e.rule}` : ''}: ${e.message} [${e.kind}]`;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFile = ajv.compile(POLICY_FILE_SCHEMA);

/** The *.yaml / *.yml files directly in `dir`, sorted by name: file names fix the pack order. */
export async function listPolicyFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join(dir, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Loads every policy file in `dir` (not its subfolders: `tests/` lives there). */
export async function loadPolicyDir(dir: string, options: CompileOptions = {}): Promise<LoadResult> {
  let paths: string[];
  try {
    paths = await listPolicyFiles(dir);
  } catch (err) {
    return { ok: false, errors: [{ kind: 'io', file: dir, rule: null, line: 1, column: 1, message: `cannot read directory: ${errorSummary(err)}` }] };
  }
  const files: PolicyFileText[] = [];
  const errors: PolicyLoadError[] = [];
  for (const path of paths) {
    const name = relative(dir, path) || path;
    try {
      files.push({ path: name, text: await readFile(path, 'utf8') });
    } catch (err) {
      errors.push({ kind: 'io', file: name, rule: null, line: 1, column: 1, message: `cannot read file: ${errorSummary(err)}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return compilePolicySet(files, options);
}

/** Pure: validates and compiles files given as text, in the order given. */
export function compilePolicySet(files: PolicyFileText[], options: CompileOptions = {}): LoadResult {
  const env = policyEnvironment();
  const errors: PolicyLoadError[] = [];
  const rules: CompiledRule[] = [];
  const evaluators: ((a: Activation) => unknown)[] = [];
  const slots = new Map<string, number>();
  const ruleIds = new Map<string, string>();
  const packs = new Map<string, string>();
  const fileSummaries: { path: string; pack: string; rules: number }[] = [];
  const hash = createHash('sha256');

  for (const file of files) {
    hash.update(`${file.path}\u0000${file.text}\u0000`);
    const source = parseYamlSource(file.text);
    const report = (kind: LoadErrorKind, rule: string | null, position: SourcePosition, message: string): void => {
      errors.push({ kind, file: file.path, rule, line: position.line, column: position.column, message });
    };
    if (source.errors.length > 0) {
      for (const e of source.errors) report('yaml', ruleAtLine(file.text, e.position.line), e.position, e.message);
      continue;
    }
  // Compiles one expression; identical sources share one slot so they run once per item.
  const compileExpression = (expr: string, path: (string | number)[], expectedType: 'bool' | 'string', ruleId: string): { slot: number; cost: number } | null => {
    const key = `${expectedType}\u0000${expr.trim()}`;
    let parsed;
    try {
      parsed = env.parse(expr);
    } catch (err) {
      const offset = err instanceof ParseError ? (err.range?.start ?? 0) : 0;
      report('expression', ruleId, source.positionInScalar(path, offset), `cannot parse expression: ${errorSummary(err)}`);
      return null;
    }
    const checked = parsed.check();
    if (!checked.valid) {
      const offset = checked.error?.range?.start ?? 0;
      report('expression', ruleId, source.positionInScalar(path, offset), `invalid expression: ${errorSummary(checked.error)}`);
      return null;
    }
    if (checked.type !== expectedType) {
      report('expression', ruleId, source.positionInScalar(path, 0), `expression gives a ${checked.type}, expected a ${expectedType}`);
      return null;
    }
    const literalProblems = [...checkLabelLiterals(parsed.ast as ASTNode), ...checkRegexSafety(parsed.ast as ASTNode)];
    for (const p of literalProblems) report('expression', ruleId, source.positionInScalar(path, p.start), p.message);
    if (literalProblems.length > 0) return null;
    const cost = estimateCost(parsed.ast as ASTNode);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = evaluators.length;
      evaluators.push(parsed as (a: Activation) => unknown);
      slots.set(key, slot);
    }
    return { slot, cost };
  };

    const schemaValid = validateFile(source.value);
    if (!schemaValid) {
      for (const e of schemaProblems(validateFile.errors ?? [], source)) report(e.kind, e.rule, e.position, e.message);
      // Still check the expressions of rules that have them, so one pass reports every problem.
      checkExpressionsOnly(source, (rule, path, expr) => compileExpression(expr, path, 'bool', rule));
      continue;
    }
    const doc = source.value as PolicyFileSource;
    const otherPack = packs.get(doc.pack);
    if (otherPack) report('duplicate', null, source.positionOf(['pack']), `pack "${doc.pack}" is also defined in ${otherPack}`);
    packs.set(doc.pack, file.path);
    fileSummaries.push({ path: file.path, pack: doc.pack, rules: doc.rules.length });

    doc.rules.forEach((rule, r) => {
      const rulePath = ['rules', r];
      const other = ruleIds.get(rule.id);
      if (other) report('duplicate', rule.id, source.positionOf([...rulePath, 'id']), `rule id "${rule.id}" is also used in ${other}`);
      ruleIds.set(rule.id, file.path);

      const whens = Array.isArray(rule.when) ? rule.when : [rule.when];
      const conditions: CompiledCondition[] = [];
      whens.forEach((expr, i) => {
        const path = Array.isArray(rule.when) ? [...rulePath, 'when', i] : [...rulePath, 'when'];
        const compiled = compileExpression(expr, path, 'bool', rule.id);
        if (compiled) conditions.push({ source: expr.trim(), ...compiled, position: source.positionOf(path) });
      });

      const actions: CompiledRuleAction[] = [];
      rule.then.forEach((entry, i) => {
        const kind = Object.keys(entry)[0] as ActionKind;
        const action: CompiledRuleAction = normalizeAction(kind, entry[kind]);
        if (action.reasonExpr !== undefined) {
          const compiled = compileExpression(action.reasonExpr, [...rulePath, 'then', i, kind, 'reason_expr'], 'string', rule.id);
          if (compiled) action.reasonSlot = compiled.slot;
        }
        actions.push(action);
      });

      // Stable sort by cost: equal costs keep the order the lead wrote.
      const evaluationOrder = conditions.map((_, i) => i).sort((a, b) => conditions[a]!.cost - conditions[b]!.cost || a - b);
      rules.push({
        id: rule.id, description: rule.description ?? '', pack: doc.pack, file: file.path, mode: rule.mode,
        stop: rule.stop ?? false, position: source.positionOf(rulePath), conditions, evaluationOrder, actions,
      });
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  const now = options.now ?? new Date();
  const set = new PolicySet({
    hash: hash.digest('hex'),
    loaded_at: now.toISOString(),
    loaded_by: options.loadedBy ?? 'system',
    files: fileSummaries,
    rules: rules.length,
  }, rules, evaluators);
  return { ok: true, set };
}

/** Calls `check` for every string condition of a file that failed the schema. */
function checkExpressionsOnly(source: YamlSource, check: (rule: string, path: (string | number)[], expr: string) => void): void {
  const rules = (source.value as { rules?: unknown } | undefined)?.rules;
  if (!Array.isArray(rules)) return;
  rules.forEach((rule: unknown, r) => {
    if (!rule || typeof rule !== 'object') return;
    const { id, when } = rule as { id?: unknown; when?: unknown };
    const ruleId = typeof id === 'string' ? id : `#${r + 1}`;
    if (typeof when === 'string') check(ruleId, ['rules', r, 'when'], when);
    else if (Array.isArray(when)) when.forEach((w, i) => typeof w === 'string' && check(ruleId, ['rules', r, 'when', i], w));
  });
}

/** For a YAML syntax error: the id of the rule whose block contains the line, if any. */
function ruleAtLine(text: string, line: number): string | null {
  const lines = text.split('\n').slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = lines[i]!.match(/^\s*-?\s*id:\s*["']?([a-z0-9][a-z0-9_.-]*)/);
    if (m) return m[1]!;
    if (/^rules:/.test(lines[i]!)) return null;
  }
  return null;
}

interface SchemaProblem {
  kind: LoadErrorKind;
  rule: string | null;
  position: SourcePosition;
  message: string;
  depth: number;
  /** `ruleIndex/actionIndex` for problems inside one action. */
  action: string | undefined;
}

/** Turns ajv's errors into one readable problem per place, with the position of that place. */
function schemaProblems(raw: ErrorObject[], source: YamlSource): SchemaProblem[] {
  const doc = source.value as { rules?: { id?: unknown }[] } | undefined;
  const problems = new Map<string, SchemaProblem>();
  // oneOf/anyOf failures repeat what their branches said; keep them only when nothing else did.
  const specific = raw.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const errors = specific.length > 0 ? specific : raw;
  for (const e of errors) {
    const path = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    const ruleIndex = path[0] === 'rules' && typeof path[1] === 'number' ? path[1] : undefined;
    const ruleId = ruleIndex !== undefined && typeof doc?.rules?.[ruleIndex]?.id === 'string'
      ? (doc.rules[ruleIndex]!.id as string)
      : ruleIndex !== undefined ? `#${ruleIndex + 1}` : null;
    let kind: LoadErrorKind = 'schema';
    let position = source.positionOf(path);
    let message: string;
    let key = e.instancePath;
    const inAction = path[2] === 'then' && typeof path[3] === 'number';
    if (e.keyword === 'additionalProperties') {
      const field = (e.params as { additionalProperty: string }).additionalProperty;
      position = source.positionOf([...path, field], true);
      message = `unknown field "${field}"${inAction ? '' : ` (allowed: ${Object.keys(allowedFields(path)).join(', ')})`}`;
      key += `/${field}`;
    } else if (e.keyword === 'propertyNames' || (e.keyword === 'enum' && e.propertyName !== undefined)) {
      const name = (e.params as { propertyName?: string }).propertyName ?? e.propertyName!;
      position = source.positionOf([...path, name], true);
      kind = inAction ? 'action' : 'schema';
      message = inAction ? `unknown action "${name}" (allowed: ${ACTION_KINDS.join(', ')})` : `unknown field "${name}"`;
      key += `/${name}`;
    } else if (e.keyword === 'maxProperties' && inAction) {
      kind = 'action';
      message = 'each action is its own list item, e.g. "- tag: scam"';
    } else if (e.keyword === 'required') {
      message = `missing field "${(e.params as { missingProperty: string }).missingProperty}"`;
      key += `/required/${(e.params as { missingProperty: string }).missingProperty}`;
    } else if (e.keyword === 'enum') {
      message = `must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues).join(', ')}`;
    } else {
      const last = path[path.length - 1];
      message = `${last === undefined ? 'the file' : typeof last === 'number' ? `item ${last + 1}` : `"${last}"`} ${e.message ?? 'is invalid'}`;
    }
    if (inAction && kind === 'schema' && typeof path[4] === 'string') {
      kind = 'action';
      message = `action "${path[4]}": ${message}`;
    }
    if (!problems.has(key)) problems.set(key, { kind, rule: ruleId, position, message, depth: path.length, action: inAction ? `${path[1]}/${path[3]}` : undefined });
  }
  // A bad action value fails every oneOf branch; the deepest complaint is the one that helps.
  const deepest = new Map<string, number>();
  for (const p of problems.values()) if (p.action) deepest.set(p.action, Math.max(deepest.get(p.action) ?? 0, p.depth));
  const kept = [...problems.values()].filter((p) => !p.action || p.depth === deepest.get(p.action));
  // propertyNames reports the object and the name; the name's entry says it better.
  return kept.filter((p, _, all) => !(p.message.includes('property name') && all.some((q) => q.kind === 'action' && q.position.line === p.position.line)));
}

function allowedFields(path: (string | number)[]): Record<string, unknown> {
  if (path.length === 0) return POLICY_FILE_SCHEMA.properties;
  if (path[0] === 'rules' && path.length === 2) return POLICY_FILE_SCHEMA.properties.rules.items.properties;
  return {};
}
