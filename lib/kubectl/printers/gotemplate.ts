/**
 * A small Go text/template for `-o go-template`: `{{.a.b}}`, `{{.}}`, `{{"text"}}`, `{{range X}}…{{end}}`,
 * `{{if X}}…{{else}}…{{end}}`, `{{index X "key"}}`, `{{len X}}`. Values print as Go's fmt would
 * (maps as `map[k:v]`, missing keys as `<no value>`).
 */
export class GoTemplateError extends Error {}

type Tok = { text: string } | { action: string };
type TNode = { kind: "text"; text: string } | { kind: "out"; expr: string } | { kind: "range" | "if"; expr: string; body: TNode[]; alt: TNode[] };

function lex(t: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf("{{", i);
    if (open < 0) {
      out.push({ text: t.slice(i) });
      break;
    }
    if (open > i) out.push({ text: t.slice(i, open) });
    const close = t.indexOf("}}", open);
    if (close < 0) throw new GoTemplateError(`template: output:1: unclosed action`);
    out.push({ action: t.slice(open + 2, close).trim() });
    i = close + 2;
  }
  return out;
}

function parse(toks: Tok[], pos: number, stopAt: string[]): [TNode[], number, string] {
  const nodes: TNode[] = [];
  while (pos < toks.length) {
    const tk = toks[pos++];
    if ("text" in tk) {
      nodes.push({ kind: "text", text: tk.text });
      continue;
    }
    const a = tk.action;
    if (stopAt.includes(a)) return [nodes, pos, a];
    const m = /^(range|if)\s+(.*)$/.exec(a);
    if (m) {
      const [body, p1, stop] = parse(toks, pos, ["end", "else"]);
      let alt: TNode[] = [];
      pos = p1;
      if (stop === "else") [alt, pos] = parse(toks, pos, ["end"]);
      nodes.push({ kind: m[1] as "range" | "if", expr: m[2], body, alt });
      continue;
    }
    nodes.push({ kind: "out", expr: a });
  }
  if (stopAt.length) throw new GoTemplateError(`template: output:1: unexpected EOF`);
  return [nodes, pos, ""];
}

function field(v: unknown, path: string): unknown {
  if (path === ".") return v;
  let cur = v;
  for (const p of path.split(".").filter(Boolean)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

function evalExpr(expr: string, dot: unknown): unknown {
  const s = /^"((?:[^"\\]|\\.)*)"$/.exec(expr);
  if (s) return JSON.parse(`"${s[1]}"`);
  const parts = expr.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  if (parts[0] === "index") return parts.slice(2).reduce((v, k) => field(v, `.${String(evalExpr(k, dot))}`), evalExpr(parts[1], dot));
  if (parts[0] === "len") {
    const v = evalExpr(parts[1], dot);
    return Array.isArray(v) ? v.length : v && typeof v === "object" ? Object.keys(v).length : String(v ?? "").length;
  }
  if (/^-?\d+$/.test(expr)) return Number(expr);
  if (expr.startsWith(".")) return field(dot, expr);
  throw new GoTemplateError(`template: output:1: function "${parts[0]}" not defined`);
}

function fmt(v: unknown): string {
  if (v === undefined) return "<no value>";
  if (v === null) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(fmt).join(" ")}]`;
  if (typeof v === "object") return `map[${Object.keys(v).sort().map((k) => `${k}:${fmt((v as Record<string, unknown>)[k])}`).join(" ")}]`;
  return String(v);
}

const truthy = (v: unknown) => !(v === undefined || v === null || v === false || v === 0 || v === "" || (Array.isArray(v) && !v.length) || (typeof v === "object" && !Object.keys(v as object).length));

function render(nodes: TNode[], dot: unknown): string {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "text") out += n.text;
    else if (n.kind === "out") out += fmt(evalExpr(n.expr, dot));
    else if (n.kind === "if") out += render(truthy(evalExpr(n.expr, dot)) ? n.body : n.alt, dot);
    else {
      const v = evalExpr(n.expr, dot);
      const items = Array.isArray(v) ? v : v && typeof v === "object" ? Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]) : [];
      out += items.length ? items.map((item) => render(n.body, item)).join("") : render(n.alt, dot);
    }
  }
  return out;
}

export function goTemplate(template: string, data: unknown): string {
  return render(parse(lex(template), 0, [])[0], data);
}
