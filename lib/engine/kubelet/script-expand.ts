import type { Proc } from "./script-run";
import type { Word } from "./script-parse";

/** Word expansion: quotes, `$VAR`, `${VAR:-x}`, `$(cmd)`, `$((1+2))`; unquoted results split on blanks. */
export function expandWord(p: Proc, w: Word, split = true): string[] {
  const raw = w.raw;
  const fields: string[] = [];
  let cur = "";
  let quoted = false;
  let i = 0;
  const pushUnquoted = (s: string) => {
    if (!split) return void (cur += s);
    const parts = s.split(/[ \t\n]+/);
    parts.forEach((part, k) => {
      if (k > 0 && (cur || quoted)) {
        fields.push(cur);
        cur = "";
        quoted = false;
      }
      cur += part;
    });
  };
  const dollar = (inQuotes: boolean) => {
    const rest = raw.slice(i);
    let m: RegExpExecArray | null;
    let value: string;
    if ((m = /^\$\(\((.*?)\)\)/.exec(rest))) value = String(arith(m[1], p.vars));
    else if (rest.startsWith("$(")) {
      let depth = 0;
      let j = 1;
      for (; j < rest.length; j++) {
        if (rest[j] === "(") depth++;
        else if (rest[j] === ")" && --depth === 0) break;
      }
      m = [rest.slice(0, j + 1)] as unknown as RegExpExecArray;
      let out = "";
      p.runScript(rest.slice(2, j), { stdin: "", out: (s) => (out += s), err: p.log.err });
      value = out.replace(/\n+$/, "");
    } else if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-([^}]*))?\}/.exec(rest))) value = p.vars[m[1]] || (m[2] ? m[3] : "") || "";
    else if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(rest))) value = m[1] === "?" ? String(p.status) : m[1] === "$" ? "1" : m[1] === "#" ? "0" : (p.vars[m[1]] ?? "");
    else {
      m = ["$"] as unknown as RegExpExecArray;
      value = "$";
    }
    i += m[0].length;
    if (inQuotes) cur += value;
    else pushUnquoted(value);
  };
  while (i < raw.length) {
    const c = raw[i];
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      cur += raw.slice(i + 1, end);
      quoted = true;
      i = end + 1;
    } else if (c === '"') {
      quoted = true;
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === "\\" && '"\\$`'.includes(raw[i + 1])) {
          cur += raw[i + 1];
          i += 2;
        } else if (raw[i] === "$") dollar(true);
        else cur += raw[i++];
      }
      i++;
    } else if (c === "\\") {
      cur += raw[i + 1] ?? "";
      quoted = true;
      i += 2;
    } else if (c === "$") dollar(false);
    else {
      cur += c;
      i++;
    }
  }
  if (cur || quoted || !split) fields.push(cur);
  return fields;
}

/** `$((...))`: integer arithmetic over + - * / % and parentheses; unset variables are 0. */
function arith(expr: string, vars: Record<string, string>): number {
  const src = expr.replace(/\$?([A-Za-z_][A-Za-z0-9_]*)/g, (_, v) => String(Number(vars[v] ?? 0) || 0));
  if (!/^[\d\s+\-*/%()]*$/.test(src)) return 0;
  const toks = src.match(/\d+|[+\-*/%()]/g) ?? [];
  let p = 0;
  const atom = (): number => {
    const t = toks[p++];
    if (t === "(") {
      const v = sum();
      p++;
      return v;
    }
    if (t === "-") return -atom();
    return Number(t ?? 0);
  };
  const prod = (): number => {
    let v = atom();
    while (toks[p] === "*" || toks[p] === "/" || toks[p] === "%") {
      const op = toks[p++];
      const r = atom();
      v = op === "*" ? v * r : r === 0 ? 0 : op === "/" ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = prod();
    while (toks[p] === "+" || toks[p] === "-") v = toks[p++] === "+" ? v + prod() : v - prod();
    return v;
  };
  return sum();
}
