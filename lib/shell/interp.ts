import type { FileStat } from "../engine/host";
import type { CommandResult } from "./types";
import type { Command, Script } from "./parser/ast";
import type { Input } from "./redirects";
import { arithmetic, globMatch, type ExpandContext } from "./expand";
import { evalCond } from "./cond";

export type Flow = { kind: "break" | "continue" | "return"; n: number };

/** What compound commands need from the shell that runs them. */
export interface Runner {
  aborted: boolean;
  flow: Flow | undefined;
  loopDepth: number;
  runScript(script: Script, input: Input): CommandResult;
  runCommand(cmd: Command, input: Input): CommandResult;
  expand(word: string, noSplit?: boolean): string[];
  expandOne(word: string): string;
  expandContext(): ExpandContext;
  setVar(name: string, value: string): void;
  isolated<T>(fn: () => T): T;
  stat(path: string): FileStat | undefined;
  /** Counts a loop iteration; false once the per-line limit is passed. */
  tick(): boolean;
}

const LIMIT_MESSAGE = "bash: loop stopped after 10000 iterations (the practice shell's limit per command line)\n";

class Out {
  stdout = "";
  stderr = "";
  exitCode = 0;
  add(r: CommandResult) {
    this.stdout += r.stdout;
    this.stderr += r.stderr;
    this.exitCode = r.exitCode;
    return r;
  }
  result(): CommandResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode: this.exitCode };
  }
}

/** After a loop body: consumes a pending break/continue; true when the loop must end. */
function loopShouldStop(r: Runner): boolean {
  if (r.aborted) return true;
  const f = r.flow;
  if (!f || f.kind === "return") return !!f;
  if (f.n > 1) {
    f.n--;
    return true;
  }
  r.flow = undefined;
  return f.kind === "break";
}

/** Runs a loop: `step` runs one iteration and says whether to go on. */
function loop(r: Runner, out: Out, step: () => boolean): CommandResult {
  r.loopDepth++;
  try {
    for (;;) {
      if (!r.tick()) {
        out.stderr += LIMIT_MESSAGE;
        out.exitCode = 1;
        break;
      }
      if (!step() || loopShouldStop(r)) break;
    }
  } finally {
    r.loopDepth--;
  }
  return out.result();
}

export function runCompound(r: Runner, cmd: Command, input: Input): CommandResult {
  const out = new Out();
  switch (cmd.type) {
    case "if": {
      for (const b of cmd.branches) {
        const c = out.add(r.runScript(b.cond, input));
        if (r.aborted || r.flow) return out.result();
        if (c.exitCode === 0) {
          out.add(r.runScript(b.body, input));
          return out.result();
        }
      }
      out.exitCode = 0;
      if (cmd.elseBody) out.add(r.runScript(cmd.elseBody, input));
      return out.result();
    }
    case "while": {
      out.exitCode = 0;
      let last = 0;
      loop(r, out, () => {
        const c = r.runScript(cmd.cond, input);
        out.stdout += c.stdout;
        out.stderr += c.stderr;
        if (r.aborted || r.flow) return false;
        if ((c.exitCode === 0) === cmd.until) return false;
        last = out.add(r.runScript(cmd.body, input)).exitCode;
        return true;
      });
      if (out.exitCode === 0 || !r.aborted) out.exitCode = last;
      return out.result();
    }
    case "for": {
      const words = cmd.words === undefined ? (r.expandContext().positional ?? []) : cmd.words.flatMap((w) => r.expand(w));
      let i = 0;
      out.exitCode = 0;
      if (words.length === 0) return out.result();
      return loop(r, out, () => {
        if (i >= words.length) return false;
        r.setVar(cmd.name, words[i++]);
        out.add(r.runScript(cmd.body, input));
        return i < words.length;
      });
    }
    case "arithfor": {
      const ctx = () => r.expandContext();
      if (cmd.init.trim()) arithmetic(cmd.init, ctx());
      out.exitCode = 0;
      let first = true;
      return loop(r, out, () => {
        if (!first && cmd.step.trim()) arithmetic(cmd.step, ctx());
        first = false;
        if (cmd.cond.trim() && arithmetic(cmd.cond, ctx()) === 0) return false;
        out.add(r.runScript(cmd.body, input));
        return true;
      });
    }
    case "case": {
      const word = r.expandOne(cmd.word);
      for (const item of cmd.items) {
        if (item.patterns.some((p) => globMatch(r.expandOne(p), word))) return r.runScript(item.body, input);
      }
      return { stdout: "", stderr: "", exitCode: 0 };
    }
    case "group":
      return cmd.subshell ? r.isolated(() => r.runScript(cmd.body, input)) : r.runScript(cmd.body, input);
    case "arith":
      return { stdout: "", stderr: "", exitCode: arithmetic(cmd.expr, r.expandContext()) === 0 ? 1 : 0 };
    case "cond": {
      const res = evalCond(cmd.words, { expand: (w) => r.expandOne(w), ctx: r.expandContext(), setVar: (n, v) => r.setVar(n, v), stat: (p) => r.stat(p) });
      if (typeof res === "string") return { stdout: "", stderr: `bash: ${res}\n`, exitCode: 2 };
      return { stdout: "", stderr: "", exitCode: res ? 0 : 1 };
    }
    default:
      return { stdout: "", stderr: "", exitCode: 0 };
  }
}
