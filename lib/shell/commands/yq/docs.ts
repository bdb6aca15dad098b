import { Document, isMap, isScalar, isSeq, Pair, parseAllDocuments, visit, type Node } from "yaml";
import type { Ast } from "../jq/parse";
import { evaluate, pathsOf } from "../jq/eval";

/**
 * YAML documents as mikefarah/yq v4 edits them: the expression runs over each document's data
 * (with the jq evaluator), and assignments are written back into the parsed document so comments,
 * key order and quoting of untouched nodes survive `-i`, while the output is re-indented the way
 * go-yaml v3 encodes it (2 spaces, sequences indented under their key, no line folding).
 */

export const TO_STRING = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, directives: false } as const;

export class YqInputError extends Error {}

/** Parses a YAML stream; a syntax error is worded as yq reports a bad file. */
export function parseStream(text: string, name: string): Document[] {
  const docs = parseAllDocuments(text, { keepSourceTokens: false });
  if (!Array.isArray(docs)) return [];
  for (const d of docs) {
    const e = d.errors[0];
    if (e) throw new YqInputError(`bad file '${name}': yaml: line ${e.linePos?.[0].line ?? 1}: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  return docs;
}

/** Writes `value` over `node`, keeping the nodes (and their comments and styles) that did not change. */
function sync(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    node.items = node.items.filter((p) => Object.hasOwn(obj, String(isScalar(p.key) ? p.key.value : p.key)));
    for (const [k, v] of Object.entries(obj)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === k);
      if (pair) pair.value = sync(doc, pair.value, v);
      else node.items.push(new Pair(doc.createNode(k), doc.createNode(v)));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) => (i < node.items.length ? sync(doc, node.items[i], v) : doc.createNode(v)));
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== "object") && node.value === value) return node;
  return doc.createNode(value);
}

export interface Evaluated {
  /** The results, as nodes of the document where the expression is a path into it. */
  results: unknown[];
  /** The same results as plain data (for `-o json`). */
  values: unknown[];
  /** The document after any assignments. */
  doc: Document;
}

/** Assignments and deletions (and pipes of them) update the document in place. */
function isUpdate(ast: Ast): boolean {
  if (ast.k === "assign") return true;
  if (ast.k === "call") return ast.name === "del";
  return ast.k === "pipe" && isUpdate(ast.a) && isUpdate(ast.b);
}

/** Runs the expression over one document. */
export function evalDoc(ast: Ast, doc: Document): Evaluated {
  const data = doc.toJS({ maxAliasCount: 100 }) ?? null;
  const values = [...evaluate(ast, data)];
  if (isUpdate(ast) && values.length === 1) {
    doc.contents = sync(doc, doc.contents, values[0]) as Node;
    return { results: [doc.contents], values, doc };
  }
  let paths: (string | number)[][] | undefined;
  try {
    paths = [...pathsOf(ast, data, { vars: {}, defs: {} })];
  } catch {
    paths = undefined;
  }
  if (paths && paths.length === values.length) {
    return { results: paths.map((p, i) => (p.length === 0 ? doc.contents : (doc.getIn(p, true) ?? values[i]))), values, doc };
  }
  return { results: values, values, doc };
}

/** Block style everywhere and default scalar styles: `-P`. */
export function prettyPrint(doc: Document): void {
  visit(doc, {
    Map: (_k, n) => void (n.flow = false),
    Seq: (_k, n) => void (n.flow = false),
    Scalar: (_k, n) => void (n.type = typeof n.value === "string" ? undefined : n.type),
  });
}

/** One result as yq prints it in YAML: scalars unwrapped, collections as block YAML. */
export function yamlResult(r: unknown, doc: Document): string {
  if (isScalar(r) || r === null || typeof r !== "object" || !("toJSON" in (r as object))) {
    const v = isScalar(r) ? r.value : r;
    if (isScalar(r) && r.type === "PLAIN" && typeof r.source === "string") return `${r.source}\n`;
    if (v === null || v === undefined) return "null\n";
    if (typeof v === "object") return new Document(v).toString(TO_STRING);
    return `${String(v)}\n`;
  }
  if (r === doc.contents) return doc.toString(TO_STRING);
  const d = new Document();
  d.contents = r as Node;
  return d.toString(TO_STRING);
}
