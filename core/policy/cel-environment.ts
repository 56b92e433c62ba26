/**
 * The CEL environment policies are compiled in: every input section is a declared type, so
 * `labels.topci` or `autor.roles` fails at load, not at 3 a.m. on a live item.
 */
import { Environment, type ASTNode } from '@marcbachmann/cel-js';
import { RISK_TOPICS } from '../triage/labels.ts';
import { LABEL_HEADS, LABEL_VALUES, POLICY_INPUT_FIELDS, POLICY_SECTIONS, type PolicyInput } from './policy-input.ts';

type FieldTypes = Record<string, string>;

/**
 * One class per input section. Values handed to CEL as instances of a registered class are
 * read directly; plain objects would be re-wrapped in a Map on every evaluation, which costs
 * about three times as much per rule.
 */
function makeViewClass(name: string): new () => Record<string, unknown> {
  return { [name]: class {} }[name] as unknown as new () => Record<string, unknown>;
}

const SECTION_TYPE_NAMES: Record<string, string> = {
  item: 'PolicyItem', labels: 'PolicyLabels', author: 'PolicyAuthor', thread: 'PolicyThread',
  cluster: 'PolicyCluster',
};

const ConfidenceView = makeViewClass('LabelConfidence');
const RiskView = makeViewClass('LabelRisk');
const SECTION_CLASSES: Record<string, new () => Record<string, unknown>> = {};
for (const section of POLICY_SECTIONS) SECTION_CLASSES[section] = makeViewClass(SECTION_TYPE_NAMES[section]!);

const CONFIDENCE_FIELDS: FieldTypes = Object.fromEntries(LABEL_HEADS.map((h) => [h, 'double']));
const RISK_FIELDS: FieldTypes = Object.fromEntries(RISK_TOPICS.map((t) => [t, 'double']));

/** Text helpers a moderation lead needs that CEL lacks; case-insensitive because people type. */
function containsAny(text: string, needles: string[]): boolean {
  const hay = text.toLowerCase();
  for (const n of needles) if (n !== '' && hay.includes(n.toLowerCase())) return true;
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Letters, digits and underscore; the ASCII fast path avoids a Unicode regex per match. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/** `hay` and `word` already lower-cased. */
function hasWord(hay: string, word: string): boolean {
  if (word === '') return false;
  let at = hay.indexOf(word);
  while (at !== -1) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + word.length])) return true;
    at = hay.indexOf(word, at + 1);
  }
  return false;
}

function containsWord(text: string, word: string): boolean {
  return hasWord(text.toLowerCase(), word.toLowerCase());
}

function containsAnyWord(text: string, words: string[]): boolean {
  const hay = text.toLowerCase();
  for (const w of words) if (hasWord(hay, w.toLowerCase())) return true;
  return false;
}

/** Functions added to standard CEL, with their docs (docs/policies.md repeats them). */
export const POLICY_FUNCTIONS = [
  { signature: 'string.containsAny(list<string>) -> bool', doc: 'true when the text contains any of the strings, ignoring case' },
  { signature: 'string.containsWord(string) -> bool', doc: 'true when the text contains the word as a whole word, ignoring case' },
  { signature: 'string.containsAnyWord(list<string>) -> bool', doc: 'true when the text contains any of the words as whole words, ignoring case' },
] as const;

let cached: Environment | undefined;

/** The shared environment. Building one is expensive, so it is built once per process. */
export function policyEnvironment(): Environment {
  if (cached) return cached;
  const env = new Environment({ homogeneousAggregateLiterals: true })
    .registerType('LabelConfidence', { ctor: ConfidenceView, fields: CONFIDENCE_FIELDS })
    .registerType('LabelRisk', { ctor: RiskView, fields: RISK_FIELDS });
  for (const section of POLICY_SECTIONS) {
    env.registerType(SECTION_TYPE_NAMES[section]!, {
      ctor: SECTION_CLASSES[section]!,
      fields: POLICY_INPUT_FIELDS[section] as FieldTypes,
    });
    env.registerVariable(section, SECTION_TYPE_NAMES[section]!);
  }
  env.registerFunction({
    name: 'containsAny', receiverType: 'string', returnType: 'bool',
    params: [{ name: 'needles', type: 'list<string>' }], handler: containsAny,
  });
  env.registerFunction({
    name: 'containsWord', receiverType: 'string', returnType: 'bool',
    params: [{ name: 'word', type: 'string' }], handler: containsWord,
  });
  env.registerFunction({
    name: 'containsAnyWord', receiverType: 'string', returnType: 'bool',
    params: [{ name: 'words', type: 'list<string>' }],
    handler: containsAnyWord,
  });
  cached = env;
  return env;
}

/** The activation: the input as CEL values (ints as BigInt, sections as registered classes). */
export type Activation = Record<string, unknown>;

const PLAIN = 0;
const INT = 1;
const CONFIDENCE = 2;
const RISK = 3;
type FieldPlan = readonly (readonly [string, number])[];

/** Per type, its fields with how to convert each: decided once, not per item and field. */
function plan(fields: FieldTypes): FieldPlan {
  return Object.entries(fields).map(([key, type]) =>
    [key, type === 'int' ? INT : type === 'LabelConfidence' ? CONFIDENCE : type === 'LabelRisk' ? RISK : PLAIN] as const);
}
const CONFIDENCE_PLAN = plan(CONFIDENCE_FIELDS);
const RISK_PLAN = plan(RISK_FIELDS);
const SECTION_PLANS = POLICY_SECTIONS.map((section) => [section, SECTION_CLASSES[section]!, plan(POLICY_INPUT_FIELDS[section] as FieldTypes)] as const);

function toView(Ctor: new () => Record<string, unknown>, fields: FieldPlan, src: Record<string, unknown>): Record<string, unknown> {
  const view = new Ctor();
  for (const [key, kind] of fields) {
    const value = src[key];
    if (kind === PLAIN) view[key] = value;
    else if (kind === INT) view[key] = BigInt(Math.trunc(value as number));
    else if (kind === CONFIDENCE) view[key] = toView(ConfidenceView, CONFIDENCE_PLAN, value as Record<string, unknown>);
    else view[key] = toView(RiskView, RISK_PLAN, value as Record<string, unknown>);
  }
  return view;
}

/** Converts a normalised input once per decision; every rule then reads the same activation. */
export function toActivation(input: PolicyInput): Activation {
  const act: Activation = {};
  for (const [section, Ctor, fields] of SECTION_PLANS) {
    act[section] = toView(Ctor, fields, input[section] as unknown as Record<string, unknown>);
  }
  return act;
}

// ---- static analysis of a parsed condition --------------------------------------------------

const TEXT_FUNCTIONS = new Set(['contains', 'containsAny', 'containsWord', 'containsAnyWord', 'startsWith',
  'endsWith', 'lowerAscii', 'upperAscii', 'indexOf', 'lastIndexOf', 'substring', 'split', 'replace', 'trim']);
const MACROS = new Set(['exists', 'all', 'exists_one', 'map', 'filter']);

function children(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object' && 'op' in v) out.push(v as ASTNode);
  };
  visit(node.args);
  return out;
}

/**
 * A rough cost of evaluating a condition, so that within a rule the cheap label comparisons run
 * before text scans and list macros and short-circuit them. Units are "one node visit"; a text
 * function is weighted by the length of text it scans, a regex more, a macro by its body.
 */
export function estimateCost(node: ASTNode): number {
  let cost = 1;
  if (node.op === 'rcall' || node.op === 'call') {
    const name = node.op === 'rcall' ? (node.args as [string, ASTNode, ASTNode[]])[0] : (node.args as [string, ASTNode[]])[0];
    if (name === 'matches') cost += 200;
    else if (TEXT_FUNCTIONS.has(name)) cost += 40;
    else if (MACROS.has(name)) cost += 30;
  }
  let inner = 0;
  for (const child of children(node)) inner += estimateCost(child);
  if (node.op === 'rcall' && MACROS.has((node.args as [string, ASTNode, ASTNode[]])[0])) inner *= 5;
  return cost + inner;
}

/** `labels.topic` for an access chain rooted at a variable, else undefined. */
function accessPath(node: ASTNode): string | undefined {
  if (node.op === 'id') return node.args as string;
  if (node.op === '.') {
    const [obj, field] = node.args as [ASTNode, string];
    const base = accessPath(obj);
    return base === undefined ? undefined : `${base}.${field}`;
  }
  return undefined;
}

export interface LiteralProblem {
  message: string;
  /** Offset of the offending literal in the expression. */
  start: number;
}

/**
 * CEL's type checker accepts `labels.topic == "biling"`: it is a valid string comparison that is
 * simply never true. Comparisons of a closed label set with a literal outside it are reported.
 */
export function checkLabelLiterals(node: ASTNode): LiteralProblem[] {
  const problems: LiteralProblem[] = [];
  const checkLiteral = (path: string, lit: ASTNode): void => {
    const allowed = LABEL_VALUES[path];
    if (!allowed || lit.op !== 'value' || typeof lit.args !== 'string') return;
    if (!allowed.includes(lit.args)) {
      problems.push({
        message: `"${lit.args}" is not a value of ${path} (expected one of: ${allowed.join(', ')})`,
        start: lit.start,
      });
    }
  };
  const walk = (n: ASTNode): void => {
    if (n.op === '==' || n.op === '!=') {
      const [a, b] = n.args as [ASTNode, ASTNode];
      const pa = accessPath(a);
      const pb = accessPath(b);
      if (pa) checkLiteral(pa, b);
      if (pb) checkLiteral(pb, a);
    } else if (n.op === 'in') {
      const [a, b] = n.args as [ASTNode, ASTNode];
      const pa = accessPath(a);
      if (pa && b.op === 'list') for (const el of b.args as ASTNode[]) checkLiteral(pa, el);
    }
    for (const c of children(n)) walk(c);
  };
  walk(node);
  return problems;
}

/**
 * `matches()` runs a JavaScript regular expression over text anyone can post. A pattern with a
 * nested quantifier (`(a+)+`) can backtrack for minutes on a crafted message and stall the
 * pipeline, so such patterns, and patterns not written as a literal, are refused at load.
 */
export function checkRegexSafety(node: ASTNode): LiteralProblem[] {
  const problems: LiteralProblem[] = [];
  const walk = (n: ASTNode): void => {
    if (n.op === 'rcall' && (n.args as [string, ASTNode, ASTNode[]])[0] === 'matches') {
      const pattern = (n.args as [string, ASTNode, ASTNode[]])[2][0];
      if (!pattern || pattern.op !== 'value' || typeof pattern.args !== 'string') {
        problems.push({ message: 'matches() needs a literal pattern ("...")', start: pattern?.start ?? n.start });
      } else if (/\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)\s*[+*{]/.test(pattern.args)) {
        problems.push({ message: `pattern ${JSON.stringify(pattern.args)} has a nested quantifier that can backtrack catastrophically; simplify it or use containsAny()`, start: pattern.start });
      } else {
        try {
          new RegExp(pattern.args);
        } catch (err) {
          problems.push({ message: `invalid pattern: ${(err as Error).message}`, start: pattern.start });
        }
      }
    }
    for (const c of children(n)) walk(c);
  };
  walk(node);
  return problems;
}
