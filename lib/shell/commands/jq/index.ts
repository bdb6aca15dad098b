import type { Command } from "../../types";
import { fsErrorText } from "../../paths";
import { JqSyntaxError, parseJq, type Ast } from "./parse";
import { evaluate, JqError, resetSteps, undefinedCalls } from "./eval";

/** JSON as jq prints it: 2-space indent (or --indent/--tab), `-c` compact, `-S` sorted keys. */
export function jqDump(v: unknown, opts: { indent: string; sort?: boolean } = { indent: "  " }, depth = 0): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number") return Number.isFinite(v) ? (Number.isInteger(v) && Math.abs(v) >= 1e17 ? v.toExponential().replace("e+", "e+") : JSON.stringify(v)) : v > 0 ? "1.7976931348623157e+308" : v < 0 ? "-1.7976931348623157e+308" : "null";
  if (typeof v !== "object") return JSON.stringify(v);
  const pad = opts.indent.repeat(depth + 1);
  const end = opts.indent.repeat(depth);
  const nl = opts.indent ? "\n" : "";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[${nl}${v.map((x) => pad + jqDump(x, opts, depth + 1)).join(`,${nl}`)}${nl}${end}]`;
  }
  let keys = Object.keys(v);
  if (keys.length === 0) return "{}";
  if (opts.sort) keys = keys.sort();
  const sep = opts.indent ? ": " : ":";
  return `{${nl}${keys.map((k) => `${pad}${JSON.stringify(k)}${sep}${jqDump((v as Record<string, unknown>)[k], opts, depth + 1)}`).join(`,${nl}`)}${nl}${end}}`;
}

/** Splits a text into the JSON values it holds (jq reads a stream), with the line each ends on. */
export function jsonStream(text: string): { values: { v: unknown; line: number }[]; error?: string } {
  const values: { v: unknown; line: number }[] = [];
  let i = 0;
  const lineAt = (pos: number) => text.slice(0, pos).split("\n").length - 1;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let depth = 0;
    let inStr = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inStr) {
        if (c === "\\") i++;
        else if (c === '"') inStr = false;
        if (depth === 0 && !inStr) {
          i++;
          break;
        }
        continue;
      }
      if (c === '"') inStr = true;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      } else if (depth === 0 && /[\s{["]/.test(c) && i > start) break;
    }
    const chunk = text.slice(start, i);
    const bad = badLiteral(text, start, i);
    if (bad) return { values, error: bad };
    if (depth > 0 || inStr) return { values, error: `Unfinished JSON term at EOF at line ${lineAt(text.length) + 1}, column 0` };
    try {
      const end = text[i] === "\n" ? i + 1 : i;
      values.push({ v: JSON.parse(chunk), line: lineAt(end) });
    } catch {
      const line = lineAt(i) + 1;
      const col = i - (text.lastIndexOf("\n", i - 1) + 1);
      return { values, error: `Invalid ${/^[-\d]/.test(chunk) ? "numeric " : ""}literal at line ${line}, column ${col}` };
    }
  }
  return { values };
}

/** The first bare word in text[from, to) that is not a JSON literal, worded as jq's parser. */
function badLiteral(text: string, from: number, to: number): string | undefined {
  let inStr = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') {
      inStr = true;
      continue;
    }
    const m = /^[A-Za-z0-9_.+-]+/.exec(text.slice(i, to + 1));
    if (!m) continue;
    const w = m[0];
    const ok = ["true", "false", "null"].includes(w) || /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(w);
    if (!ok) {
      const pos = Math.min(text.length, i + w.length + 1);
      const line = text.slice(0, pos).split("\n").length;
      const col = pos - (text.lastIndexOf("\n", pos - 1) + 1);
      return `Invalid ${/^[tfn]/.test(w) ? "" : "numeric "}literal at line ${line}, column ${col}`;
    }
    i += w.length - 1;
  }
  return undefined;
}

const USAGE = "Usage:\tjq [OPTIONS] FILTER [FILES...]\n\tjq [OPTIONS] --args FILTER [ARGUMENTS...]\n\tjq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]\n\njq is a tool for processing JSON inputs, applying the given filter to\nits JSON text inputs and producing the filter's results as JSON on\nstandard output.\n\nThe simplest filter is ., which copies jq's input to its output\nunmodified (except for formatting, but note that IEEE754 is used\nfor number representation internally, with all that that implies).\n\nFor more advanced filters see the jq(1) manpage (\"man jq\")\nand/or https://stedolan.github.io/jq\n\nExample:\n\n\t$ echo '{\"foo\": 0}' | jq .\n\t{\n\t\t\"foo\": 0\n\t}\n\nFor a listing of options, use jq --help.\n";

export interface JqOptions {
  raw: boolean;
  join: boolean;
  compact: boolean;
  nullInput: boolean;
  slurp: boolean;
  sort: boolean;
  exit: boolean;
  indent: string;
  vars: Record<string, unknown>;
}

/** Compiles a filter, or returns jq's compile error text. */
export function compileJq(filter: string): Ast | string {
  let ast: Ast;
  try {
    ast = parseJq(filter);
  } catch (e) {
    if (!(e instanceof JqSyntaxError)) throw e;
    return `jq: error: ${e.message} (Unix shell quoting issues?) at <top-level>, line 1:\n${filter}${" ".repeat(Math.max(0, filter.length - 1))}\njq: 1 compile error\n`;
  }
  const missing = undefinedCalls(ast);
  if (missing.length) return missing.map((m) => `jq: error: ${m} is not defined at <top-level>, line 1:\n${filter}\n`).join("") + `jq: ${missing.length} compile error${missing.length > 1 ? "s" : ""}\n`;
  return ast;
}

/** Runs a compiled filter over inputs; returns output text, error text and jq's exit code. */
export function runJq(ast: Ast, inputs: { v: unknown; where: string }[], o: JqOptions): { out: string; err: string; code: number } {
  let out = "";
  let err = "";
  let code = 0;
  let last: unknown = undefined;
  resetSteps();
  for (const { v, where } of inputs) {
    try {
      for (const r of evaluate(ast, v, { vars: o.vars, defs: {} })) {
        last = r;
        out += (o.raw || o.join) && typeof r === "string" ? r : jqDump(r, { indent: o.compact ? "" : o.indent, sort: o.sort });
        if (!o.join) out += "\n";
        if (out.length > 1 << 20) return { out, err: err + "jq: output limit exceeded\n", code: 5 };
      }
    } catch (e) {
      if (!(e instanceof JqError)) throw e;
      err += `jq: error (at ${where}): ${e.message}\n`;
      code = 5;
    }
  }
  if (o.exit && code === 0) code = last === undefined ? 4 : last === null || last === false ? 1 : 0;
  return { out, err, code };
}

export const jq: Command = {
  name: "jq",
  usage: "jq [OPTIONS] FILTER [FILES...]",
  run(argv, ctx) {
    const o: JqOptions = { raw: false, join: false, compact: false, nullInput: false, slurp: false, sort: false, exit: false, indent: "  ", vars: {} };
    let filter: string | undefined;
    const files: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--arg" || a === "--argjson") {
        const [name, val] = [argv[i + 1], argv[i + 2]];
        if (val === undefined) {
          ctx.err(`jq: error: ${a} takes two parameters (e.g. ${a} varname ${a === "--arg" ? "value" : "text"})\n${USAGE}`);
          return 2;
        }
        try {
          o.vars[name] = a === "--arg" ? val : JSON.parse(val);
        } catch {
          ctx.err(`jq: Invalid JSON text passed to --argjson\n${USAGE}`);
          return 2;
        }
        i += 2;
        continue;
      }
      if (a === "--tab") o.indent = "\t";
      else if (a === "--indent") o.indent = " ".repeat(Math.min(7, Number(argv[++i] ?? 2)));
      else if (/^--(raw-output|compact-output|null-input|slurp|sort-keys|exit-status|join-output|monochrome-output|color-output)$/.test(a)) {
        const map: Record<string, keyof JqOptions> = { "raw-output": "raw", "compact-output": "compact", "null-input": "nullInput", slurp: "slurp", "sort-keys": "sort", "exit-status": "exit", "join-output": "join" };
        const k = map[a.slice(2)];
        if (k) (o as unknown as Record<string, boolean>)[k] = true;
      } else if (/^-[rcnsSejMC]+$/.test(a)) {
        for (const f of a.slice(1)) {
          const k = ({ r: "raw", c: "compact", n: "nullInput", s: "slurp", S: "sort", e: "exit", j: "join" } as Record<string, keyof JqOptions>)[f];
          if (k) (o as unknown as Record<string, boolean>)[k] = true;
        }
      } else if (a.startsWith("-") && a !== "-") {
        ctx.err(`jq: Unknown option: ${a}\n${USAGE}`);
        return 2;
      } else if (filter === undefined) filter = a;
      else files.push(a);
    }
    if (filter === undefined) {
      ctx.err(USAGE);
      return 2;
    }
    const ast = compileJq(filter);
    if (typeof ast === "string") {
      ctx.err(ast);
      return 3;
    }
    const inputs: { v: unknown; where: string }[] = [];
    let code = 0;
    let parseError: string | undefined;
    if (!o.nullInput) {
      for (const f of files.length ? files : ["-"]) {
        let text: string;
        if (f === "-") text = ctx.stdin;
        else {
          try {
            text = ctx.host.fs.readFile(ctx.resolve(f));
          } catch (e) {
            ctx.err(`jq: error: Could not open file ${f}: ${fsErrorText(e)}\n`);
            code = 2;
            continue;
          }
        }
        const s = jsonStream(text);
        for (const { v, line } of s.values) inputs.push({ v, where: `${f === "-" ? "<stdin>" : f}:${line}` });
        if (s.error) {
          parseError = s.error;
          break;
        }
      }
    }
    const run = o.nullInput ? [{ v: null, where: "<unknown>" }] : o.slurp ? [{ v: inputs.map((x) => x.v), where: inputs[inputs.length - 1]?.where ?? "<stdin>:0" }] : inputs;
    const r = runJq(ast, run, o);
    ctx.out(r.out);
    ctx.err(r.err);
    if (parseError) {
      ctx.err(`parse error: ${parseError}\n`);
      return 4;
    }
    return code || r.code;
  },
};
