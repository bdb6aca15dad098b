import type { Command } from "../../types";
import { fsErrorText } from "../../paths";
import { JqSyntaxError, parseJq, type Ast } from "../jq/parse";
import { JqError, resetSteps, undefinedCalls } from "../jq/eval";
import { jqDump } from "../jq";
import { evalDoc, parseStream, prettyPrint, yamlResult, YqInputError } from "./docs";

/**
 * yq (mikefarah/yq v4): `yq [eval|e] [flags] EXPRESSION [FILE...]`, reading stdin without a file
 * or with `-`. Flags: `-i` in place, `-o json|yaml` (`-oj`, `-o=json`), `-P`, `-n`, `-e`, `-r`.
 * The expression language is the jq subset the jq command implements, evaluated per document; yq's
 * `keys` keeps document order. Errors are printed as yq prints them (`Error: ...`, exit 1).
 */

const VERSION = "v4.44.3";
const HELP = `yq: query and update YAML with path expressions.

Usage:
  yq [eval] [flags] EXPRESSION [FILE...]   (stdin when no FILE, or FILE is -)

Flags:
  -i, --inplace            write the result back to the file
  -o, --output-format FMT  yaml (default) or json
  -P, --prettyPrint        block style for maps and lists
  -n, --null-input         start from null instead of reading input
  -e, --exit-status        exit 1 when the last result is null or false
  -r, --unwrapScalar       print scalars without quotes
`;

interface Opts {
  inPlace: boolean;
  output: "yaml" | "json";
  pretty: boolean;
  nullInput: boolean;
  exitStatus: boolean;
  unwrap?: boolean;
  positional: string[];
}

const FORMATS: Record<string, Opts["output"]> = { y: "yaml", yaml: "yaml", j: "json", json: "json" };

function parseFlags(args: string[]): Opts | string {
  const o: Opts = { inPlace: false, output: "yaml", pretty: false, nullInput: false, exitStatus: false, positional: [] };
  const format = (v: string | undefined) => {
    const f = FORMATS[v ?? ""];
    if (!f) return `unknown output format ${v ?? ""}`;
    o.output = f;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-" || !a.startsWith("-")) o.positional.push(a);
    else if (a === "--inplace") o.inPlace = true;
    else if (a === "--prettyPrint") o.pretty = true;
    else if (a === "--null-input") o.nullInput = true;
    else if (a === "--exit-status") o.exitStatus = true;
    else if (a === "--unwrapScalar" || a === "--unwrapScalar=true") o.unwrap = true;
    else if (a === "--unwrapScalar=false") o.unwrap = false;
    else if (a === "--output-format" || a.startsWith("--output-format=")) {
      const err = format(a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i]);
      if (err) return err;
    } else if (a.startsWith("--")) return `unknown flag: ${a.split("=")[0]}`;
    else {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === "i") o.inPlace = true;
        else if (f === "P") o.pretty = true;
        else if (f === "n") o.nullInput = true;
        else if (f === "e") o.exitStatus = true;
        else if (f === "r") o.unwrap = true;
        else if (f === "o") {
          const rest = a.slice(j + 1).replace(/^=/, "");
          const err = format(rest || args[++i]);
          if (err) return err;
          break;
        } else return `unknown shorthand flag: '${f}' in ${a}`;
      }
    }
  }
  return o;
}

/** yq's `keys` lists keys in document order: jq's `keys_unsorted`. */
function yqDialect(ast: Ast): Ast {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (n === null || typeof n !== "object") return n;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) copy[k] = walk(v);
    if (copy.k === "call" && copy.name === "keys" && (copy.args as unknown[]).length === 0) copy.name = "keys_unsorted";
    return copy;
  };
  return walk(ast) as Ast;
}

function compile(expr: string): Ast | string {
  try {
    const ast = yqDialect(parseJq(expr));
    const missing = undefinedCalls(ast);
    if (missing.length) return `unknown function ${missing[0].split("/")[0]}`;
    return ast;
  } catch (e) {
    if (e instanceof JqSyntaxError) return "bad expression, please check expression syntax";
    throw e;
  }
}

export const yq: Command = {
  name: "yq",
  usage: "yq [eval] [-i] [-o json|yaml] [-P] EXPRESSION [FILE...]",
  run(argv, ctx) {
    const fail = (msg: string) => (ctx.err(`Error: ${msg}\n`), 1);
    const isFile = (p: string) => {
      try {
        return ctx.host.fs.stat(ctx.resolve(p)).type === "file";
      } catch {
        return false;
      }
    };
    let args = argv.slice(1);
    if (args[0] === "eval" || args[0] === "e") args = args.slice(1);
    else if (args[0] === "eval-all" || args[0] === "ea") return fail("eval-all is not supported here: use eval, which runs the expression on each document");
    if (args[0] === "--version" || args[0] === "-V") return (ctx.out(`yq (https://github.com/mikefarah/yq/) version ${VERSION}\n`), 0);
    if (args[0] === "--help" || args[0] === "-h") return (ctx.out(HELP), 0);
    const o = parseFlags(args);
    if (typeof o === "string") return fail(o);
    let [expr, ...files] = o.positional;
    if (expr === undefined) {
      if (o.nullInput || !ctx.stdin) return fail("no expression given: try yq '.' FILE");
      expr = ".";
    } else if (files.length === 0 && !o.nullInput && isFile(expr)) {
      // `yq FILE` prints the file.
      files = [expr];
      expr = ".";
    }
    const ast = compile(expr);
    if (typeof ast === "string") return fail(ast);
    if (o.inPlace && (files.length === 0 || files.includes("-"))) return fail("write in place flag only applicable when giving an expression and at least one file");
    const sources: { name: string; text: string }[] = [];
    if (o.nullInput) sources.push({ name: "", text: "null" });
    else if (files.length === 0) sources.push({ name: "-", text: ctx.stdin });
    for (const f of files) {
      if (f === "-") {
        sources.push({ name: "-", text: ctx.stdin });
        continue;
      }
      try {
        sources.push({ name: f, text: ctx.host.fs.readFile(ctx.resolve(f)) });
      } catch (e) {
        return fail(`open ${f}: ${fsErrorText(e).toLowerCase()}`);
      }
    }
    resetSteps();
    let out = "";
    let last: unknown = undefined;
    let printed = false;
    try {
      for (const src of sources) {
        const docs = parseStream(src.text, src.name);
        let written = "";
        for (const doc of docs) {
          const r = evalDoc(ast, doc);
          if (o.pretty) prettyPrint(r.doc);
          if (o.inPlace) {
            // The file becomes what the expression printed: the updated document for an assignment.
            written += (written ? "---\n" : "") + r.results.map((res) => yamlResult(res, r.doc)).join("");
            continue;
          }
          // Results of a later document are separated from what earlier documents printed.
          if (printed && r.results.length) out += "---\n";
          if (r.results.length) printed = true;
          r.results.forEach((res, i) => {
            last = r.values[i];
            const unwrap = o.unwrap ?? o.output === "yaml";
            if (o.output === "json") out += unwrap && typeof r.values[i] === "string" ? `${r.values[i] as string}\n` : `${jqDump(r.values[i])}\n`;
            else out += yamlResult(res, r.doc);
          });
        }
        if (o.inPlace) ctx.host.fs.writeFile(ctx.resolve(src.name), written);
      }
    } catch (e) {
      if (e instanceof YqInputError || e instanceof JqError) return fail(e.message);
      throw e;
    }
    ctx.out(out);
    if (o.exitStatus && (last === undefined || last === null || last === false)) return 1;
    return 0;
  },
};
