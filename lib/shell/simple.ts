import type { Host } from "../engine/host";
import type { Command, CommandResult } from "./types";
import type { Command as AstCommand, FunctionDef, SimpleCommand } from "./parser/ast";
import { tokenize } from "./parser/lexer";
import { ExpandError, expandString, expandWord, type ExpandContext } from "./expand";
import { Input, applyOutput, openRedirects } from "./redirects";
import { exportedEnv, type LoginFrame } from "./logins";
import { flowBuiltin, type FlowScope } from "./flow-builtins";
import type { CommandContexts } from "./command-context";

const MAX_FUNC_NEST = 100;

/** What running one simple command needs from the shell. */
export interface SimpleHost extends FlowScope {
  aborted: boolean;
  readonly frame: LoginFrame;
  readonly host: Host;
  readonly table: ReadonlyMap<string, Command>;
  readonly contexts: CommandContexts;
  expandContext(): ExpandContext;
  setVar(name: string, value: string): void;
  resolve(p: string): string;
  runCommand(cmd: AstCommand, input: Input): CommandResult;
}

/** Alias expansion, assignments, word expansion, redirects, then a function, a flow builtin or a command. */
export function runSimple(sh: SimpleHost, cmd: SimpleCommand, input: Input): CommandResult {
  const ectx = sh.expandContext();
  let words = cmd.words;
  const alias = words.length ? sh.frame.aliases[words[0]] : undefined;
  if (alias !== undefined) words = [...tokenize(alias).flatMap((t) => (t.type === "word" ? [t.raw] : [])), ...words.slice(1)];
  const assignments: [string, string][] = [];
  while (words.length && /^[A-Za-z_]\w*(\+?)=/.test(words[0])) {
    const eq = words[0].indexOf("=");
    const append = words[0][eq - 1] === "+";
    const name = words[0].slice(0, append ? eq - 1 : eq);
    const value = expandString(words[0].slice(eq + 1), ectx);
    assignments.push([name, append ? (sh.frame.vars[name]?.value ?? "") + value : value]);
    words = words.slice(1);
  }
  const argv = words.flatMap((w) => expandWord(w, ectx));
  const fs = sh.host.fs;
  if (argv.length === 0) {
    for (const [k, v] of assignments) sh.setVar(k, v);
    const io = openRedirects(cmd.redirects, input, ectx, fs, (p) => sh.resolve(p));
    if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
    return { stdout: "", stderr: "", exitCode: cmd.words.some((w) => /\$\(|`/.test(w)) ? sh.lastExit : 0 };
  }
  const io = openRedirects(cmd.redirects, input, ectx, fs, (p) => sh.resolve(p));
  if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
  const fn = sh.frame.functions?.[argv[0]];
  if (fn) return applyOutput(io.targets, callFunction(sh, fn, argv, io.input), fs);
  const flow = flowBuiltin(sh, argv);
  if (flow) return applyOutput(io.targets, flow, fs);
  const env = exportedEnv(sh.frame);
  for (const [k, v] of assignments) env[k] = v;
  const name = argv[0].includes("/") ? argv[0].slice(argv[0].lastIndexOf("/") + 1) : argv[0];
  const command = sh.table.get(name);
  let out = "";
  let err = "";
  let exitCode: number;
  if (!command) {
    err = `bash: ${argv[0]}: command not found\n`;
    exitCode = 127;
  } else {
    const ctx = sh.contexts.context(io.input, env, (t) => (out += t), (t) => (err += t));
    try {
      exitCode = command.run(argv, ctx);
    } catch (e) {
      if (e instanceof ExpandError) throw e;
      err += `${name}: ${e instanceof Error ? e.message : String(e)}\n`;
      exitCode = 1;
    }
  }
  return applyOutput(io.targets, { stdout: out, stderr: err, exitCode }, fs);
}

/** Calls a shell function with its own positional parameters and `local` scope. */
function callFunction(sh: SimpleHost, def: FunctionDef, argv: string[], input: Input): CommandResult {
  if (sh.positional.length > MAX_FUNC_NEST) {
    sh.aborted = true;
    return { stdout: "", stderr: `bash: ${def.name}: maximum function nesting level exceeded (${MAX_FUNC_NEST})\n`, exitCode: 1 };
  }
  sh.positional.push(argv.slice(1));
  sh.locals.push({});
  const loops = sh.loopDepth;
  sh.loopDepth = 0;
  try {
    const r = sh.runCommand(def.body, input);
    if (sh.flow?.kind === "return") {
      const code = sh.flow.n;
      sh.flow = undefined;
      return { ...r, exitCode: code };
    }
    return r;
  } finally {
    sh.loopDepth = loops;
    sh.positional.pop();
    for (const [k, v] of Object.entries(sh.locals.pop()!)) {
      if (v) sh.frame.vars[k] = v;
      else delete sh.frame.vars[k];
    }
  }
}
