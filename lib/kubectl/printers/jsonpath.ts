import { sortKeys } from "./yaml";
/**
 * kubectl's JSONPath dialect (k8s.io/client-go/util/jsonpath): `{.a.b}`, `{.items[*].x}`, `[0]`,
 * `[-1:]`, `..name`, filters `[?(@.k=="v")]`, `{range …}{end}`, quoted literals `{"\n"}`.
 * Multiple results in one expression are joined with a space.
 */

type Node = { kind: "text"; text: string } | { kind: "expr"; path: string } | { kind: "range"; path: string; body: Node[] };

export class JsonPathError extends Error {}

function parseTemplate(template: string): Node[] {
  const tokens: { kind: "text" | "expr"; text: string }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      tokens.push({ kind: "text", text: template.slice(i) });
      break;
    }
    if (open > i) tokens.push({ kind: "text", text: template.slice(i, open) });
    let depth = 0;
    let j = open;
    let quote = "";
    for (; j < template.length; j++) {
      const c = template[j];
      if (quote) {
        if (c === "\\") j++;
        else if (c === quote) quote = "";
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) break;
    }
    if (j >= template.length) throw new JsonPathError(`unclosed action`);
    tokens.push({ kind: "expr", text: template.slice(open + 1, j).trim() });
    i = j + 1;
  }
  const [nodes] = build(tokens, 0);
  return nodes;
}

function build(tokens: { kind: "text" | "expr"; text: string }[], start: number): [Node[], number] {
  const nodes: Node[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "text") nodes.push({ kind: "text", text: t.text });
    else if (t.text === "end") return [nodes, i];
    else if (t.text.startsWith("range ")) {
      const [body, end] = build(tokens, i + 1);
      if (end >= tokens.length) throw new JsonPathError("not in range, nothing to end");
      nodes.push({ kind: "range", path: t.text.slice(6).trim(), body });
      i = end;
    } else if (/^(["']).*\1$/s.test(t.text)) nodes.push({ kind: "text", text: unquote(t.text) });
    else nodes.push({ kind: "expr", path: t.text });
    i++;
  }
  return [nodes, i];
}

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(n|t|r|\\|"|')/g, (_m, c) => ({ n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"', "'": "'" })[c as "n"]);
}

/** Splits `.a.b[0]['x.y']..c` (and `.a\.b`, one key) into steps. */
function steps(path: string): string[] {
  const out: string[] = [];
  let i = path.startsWith("$") ? 1 : 0;
  while (i < path.length) {
    if (path.startsWith("..", i)) {
      out.push("..");
      i += 2;
      continue;
    }
    if (path[i] === ".") {
      i++;
      continue;
    }
    if (path[i] === "[") {
      let depth = 0;
      let j = i;
      for (; j < path.length; j++) {
        if (path[j] === "[") depth++;
        if (path[j] === "]" && --depth === 0) break;
      }
      out.push(path.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    // A backslash keeps the next character in the key: `{.metadata.annotations.kubernetes\.io/change-cause}`.
    let j = i;
    let key = "";
    while (j < path.length && path[j] !== "." && path[j] !== "[") {
      if (path[j] === "\\" && j + 1 < path.length) j++;
      key += path[j++];
    }
    out.push(key);
    i = j;
  }
  return out;
}

function descendants(v: unknown): unknown[] {
  const out: unknown[] = [v];
  if (v && typeof v === "object") for (const c of Object.values(v)) out.push(...descendants(c));
  return out;
}

function literal(s: string): unknown {
  const t = s.trim();
  if (/^(["']).*\1$/.test(t)) return t.slice(1, -1);
  if (t === "true" || t === "false") return t === "true";
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function filterMatch(item: unknown, expr: string): boolean {
  const m = /^@(\.[^=!<>]*?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/.exec(expr.trim());
  if (!m) return evaluate(steps(expr.trim().replace(/^@/, "")), [item]).length > 0;
  const left = evaluate(steps(m[1]), [item])[0];
  const right = literal(m[3]);
  switch (m[2]) {
    case "==":
      return left === right || String(left) === String(right);
    case "!=":
      return String(left) !== String(right);
    case "<":
      return Number(left) < Number(right);
    case ">":
      return Number(left) > Number(right);
    case "<=":
      return Number(left) <= Number(right);
    default:
      return Number(left) >= Number(right);
  }
}

function evaluate(path: string[], inputs: unknown[]): unknown[] {
  let cur = inputs;
  for (let s = 0; s < path.length; s++) {
    const step = path[s];
    if (step === "..") {
      cur = cur.flatMap(descendants);
      continue;
    }
    const next: unknown[] = [];
    for (const v of cur) {
      if (step.startsWith("[")) {
        const inner = step.slice(1, -1).trim();
        if (inner.startsWith("?(")) {
          if (Array.isArray(v)) next.push(...v.filter((item) => filterMatch(item, inner.slice(2, -1))));
        } else if (inner === "*") {
          if (Array.isArray(v)) next.push(...v);
          else if (v && typeof v === "object") next.push(...Object.values(v));
        } else if (/^(["']).*\1$/.test(inner)) {
          if (v && typeof v === "object" && inner.slice(1, -1) in v) next.push((v as Record<string, unknown>)[inner.slice(1, -1)]);
        } else if (inner.includes(":")) {
          if (!Array.isArray(v)) continue;
          const [a, b] = inner.split(":");
          const len = v.length;
          const norm = (x: string, d: number) => (x === "" ? d : Number(x) < 0 ? Math.max(0, len + Number(x)) : Math.min(len, Number(x)));
          next.push(...v.slice(norm(a, 0), norm(b, len)));
        } else if (Array.isArray(v)) {
          const idx = Number(inner) < 0 ? v.length + Number(inner) : Number(inner);
          if (idx < 0 || idx >= v.length) throw new JsonPathError(`array index out of bounds: index ${inner}, length ${v.length}`);
          next.push(v[idx]);
        }
      } else if (step === "*") {
        if (v && typeof v === "object") next.push(...Object.values(v));
      } else if (v && typeof v === "object" && !Array.isArray(v) && step in v) next.push((v as Record<string, unknown>)[step]);
    }
    cur = next;
  }
  return cur;
}

function format(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(sortKeys(v));
  return String(v);
}

function render(nodes: Node[], data: unknown): string {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "text") out += n.text;
    else if (n.kind === "expr") {
      const p = n.path === "@" ? [] : steps(n.path);
      // kubectl prints with --allow-missing-template-keys=true: a missing key prints nothing.
      out += evaluate(p, [data]).map(format).join(" ");
    } else {
      for (const item of evaluate(steps(n.path), [data]).flatMap((v) => (Array.isArray(v) ? v : [v]))) out += render(n.body, item);
    }
  }
  return out;
}

export function jsonpath(template: string, data: unknown): string {
  return render(parseTemplate(template), data);
}

/** Every value the template's expressions select (for `-o jsonpath-as-json`). */
export function jsonpathValues(template: string, data: unknown): unknown[] {
  const collect = (nodes: Node[], d: unknown): unknown[] =>
    nodes.flatMap((n) => (n.kind === "text" ? [] : n.kind === "expr" ? evaluate(n.path === "@" ? [] : steps(n.path), [d]) : evaluate(steps(n.path), [d]).flatMap((v) => (Array.isArray(v) ? v : [v])).flatMap((item) => collect(n.body, item))));
  return collect(parseTemplate(template), data);
}
