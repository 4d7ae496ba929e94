/**
 * Splits YAML text into documents with the `yaml` package, keeping each document's source so a
 * field path can be mapped back to its line. Syntax errors become problems with their line; this
 * function never throws.
 */
import { LineCounter, isMap, isNode, isScalar, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import type { PathSegment } from './fieldPath.ts';
import type { Problem } from './types.ts';

/** A document that parsed, as plain data, plus a way to find the line of any of its fields. */
export interface ParsedDocument {
  readonly index: number;
  readonly data: unknown;
  /** 1-based line of the deepest existing node on `path` (the document start if none). */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** The parse of one file: documents that parsed, and problems for those that did not. */
export interface ParseResult {
  readonly documents: ParsedDocument[];
  readonly problems: Problem[];
}

function lineFinder(doc: Document, lines: LineCounter): (path: readonly PathSegment[]) => number | undefined {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth <= 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const last = path[depth - 1];
      // A map entry's line is its key's line (a nested map's value starts a line below).
      if (depth > 0 && isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
        continue;
      }
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Parses every document in `text`. Empty documents (a trailing `---`, comments only) are skipped.
 * @example parseDocuments('a: 1\n---\nb: [').problems[0].line === 3
 */
export function parseDocuments(text: string): ParseResult {
  const lines = new LineCounter();
  const documents: ParsedDocument[] = [];
  const problems: Problem[] = [];
  let all: ReturnType<typeof parseAllDocuments>;
  try {
    all = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { documents, problems: [{ severity: 'error', path: '', message: `YAML could not be read: ${String(error)}` }] };
  }
  const docs = Array.isArray(all) ? all : [];
  docs.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const line = lines.linePos(error.pos[0]).line;
        const message = error.message.split('\n')[0] ?? error.code;
        problems.push({ severity: 'error', path: `line ${line}`, message: `YAML syntax error: ${message}`, line, document: index });
      }
      return;
    }
    // kubectl skips empty documents: a trailing `---`, or one holding only comments.
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      problems.push({ severity: 'error', path: '', message: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`, document: index });
      return;
    }
    documents.push({ index, data, lineOf: lineFinder(doc, lines) });
  });
  return { documents, problems };
}
