/**
 * Parses one YAML file and keeps the node positions, so every problem found later (schema,
 * expression, action) can be reported at its line and column. Bun.YAML.parse is faster but
 * returns no positions; policy files are small and read only on load.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface YamlProblem {
  message: string;
  position: SourcePosition;
}

export interface YamlSource {
  value: unknown;
  errors: YamlProblem[];
  /** Position of the value at `path`, or of its key when `key` is true; the nearest parent if absent. */
  positionOf(path: readonly (string | number)[], key?: boolean): SourcePosition;
  /** Position of a character offset inside the scalar at `path` (for an error inside an expression). */
  positionInScalar(path: readonly (string | number)[], offset: number): SourcePosition;
}

export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourcePosition => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const errors: YamlProblem[] = doc.errors.map((e) => ({
    message: e.message.split('\n')[0]!,
    position: at(e.pos[0]),
  }));
  const value = errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;

  // Walks down from the root, remembering the last node found, so a missing field is reported at its parent.
  const locate = (path: readonly (string | number)[], key: boolean): { node?: Node; keyNode?: Node } => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let found: { node?: Node; keyNode?: Node } = { node: (node as Node) ?? undefined };
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        break;
      }
      if (!node && !keyNode) break;
      found = { node: (node as Node) ?? keyNode, keyNode };
    }
    return key && found.keyNode ? { node: found.keyNode } : found;
  };

  const positionOf = (path: readonly (string | number)[], key = false): SourcePosition => {
    const { node } = locate(path, key);
    return node?.range ? at(node.range[0]) : { line: 1, column: 1 };
  };

  const positionInScalar = (path: readonly (string | number)[], offset: number): SourcePosition => {
    const { node } = locate(path, false);
    if (!node || !isScalar(node) || !node.range) return positionOf(path);
    const source = typeof node.value === 'string' ? node.value : '';
    const start = at(node.range[0]);
    if (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      // One-line scalars: the expression starts at the node (after the quote).
      if (!source.slice(0, offset).includes('\n')) {
        const quote = node.type === 'PLAIN' ? 0 : 1;
        return { line: start.line, column: start.column + quote + offset };
      }
      return start;
    }
    // Block scalars (| or >): the text starts on the next line, indented; find the line of the offset.
    const before = source.slice(0, offset);
    const lineIndex = before.split('\n').length - 1;
    const col = offset - (before.lastIndexOf('\n') + 1);
    const firstLine = start.line + 1;
    const indentMatch = text.split('\n')[firstLine - 1 + lineIndex]?.match(/^\s*/);
    return { line: firstLine + lineIndex, column: (indentMatch?.[0].length ?? 0) + col + 1 };
  };

  return { value, errors, positionOf, positionInScalar };
}
