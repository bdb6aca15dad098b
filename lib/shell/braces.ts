/** Brace expansion on a raw word: `{a,b}c` → `ac bc`, `{1..3}`, `{a..e}`, `{10..0..5}`; quotes and `${` are left alone. */

const MAX_WORDS = 10_000;

function findBrace(raw: string): { open: number; close: number; commas: number[] } | undefined {
  let quote = "";
  const stack: { open: number; commas: number[] }[] = [];
  let best: { open: number; close: number; commas: number[]; depth: number } | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "$" && raw[i + 1] === "{") {
      let depth = 0;
      for (; i < raw.length; i++) {
        if (raw[i] === "{") depth++;
        else if (raw[i] === "}" && --depth === 0) break;
      }
    } else if (c === "{") stack.push({ open: i, commas: [] });
    else if (c === "," && stack.length) stack[stack.length - 1].commas.push(i);
    else if (c === "}" && stack.length) {
      const top = stack.pop()!;
      const inner = raw.slice(top.open + 1, i);
      const valid = top.commas.length || /^(-?\d+\.\.-?\d+|[A-Za-z]\.\.[A-Za-z])(\.\.-?\d+)?$/.test(inner);
      if (valid && (!best || stack.length < best.depth)) best = { open: top.open, close: i, commas: top.commas, depth: stack.length };
      if (best && best.depth === 0) return best;
    }
  }
  return best;
}

function sequence(inner: string): string[] | undefined {
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner);
  if (!m) return undefined;
  const numeric = /\d/.test(m[1]);
  if (numeric !== /\d/.test(m[2])) return undefined;
  const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.max(1, Math.abs(Number(m[3] ?? 1)));
  const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0;
  const out: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
    if (out.length >= MAX_WORDS) break;
    out.push(numeric ? (width ? String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), "0").replace(/^/, v < 0 ? "-" : "") : String(v)) : String.fromCharCode(v));
  }
  return out;
}

export function expandBraces(raw: string, budget = { n: MAX_WORDS }): string[] {
  if (!raw.includes("{")) return [raw];
  const b = findBrace(raw);
  if (!b) return [raw];
  const pre = raw.slice(0, b.open);
  const post = raw.slice(b.close + 1);
  const inner = raw.slice(b.open + 1, b.close);
  let alternatives: string[];
  if (b.commas.length) {
    alternatives = [];
    let from = b.open + 1;
    for (const c of b.commas) {
      alternatives.push(raw.slice(from, c));
      from = c + 1;
    }
    alternatives.push(raw.slice(from, b.close));
  } else alternatives = sequence(inner) ?? [`{${inner}}`];
  const out: string[] = [];
  for (const alt of alternatives) {
    for (const w of expandBraces(pre + alt + post, budget)) {
      if (--budget.n < 0) return out;
      out.push(w);
    }
  }
  return out;
}
