import type { CommandResult } from "./types";
import type { Flow } from "./interp";
import type { ShellVar } from "./logins";

/** What the interpreter-level builtins read and change. */
export interface FlowScope {
  loopDepth: number;
  flow: Flow | undefined;
  readonly lastExit: number;
  /** Positional parameters, one array per function call (the first is the shell's). */
  readonly positional: string[][];
  /** `local` saves, one scope per function call: the value to restore, undefined to unset. */
  readonly locals: Record<string, ShellVar | undefined>[];
  readonly vars: Record<string, ShellVar>;
}

/** break, continue, return, local, shift: builtins that act on the interpreter itself; undefined for others. */
export function flowBuiltin(s: FlowScope, argv: string[]): CommandResult | undefined {
  const [name, arg] = argv;
  const ok = { stdout: "", stderr: "", exitCode: 0 };
  const fail = (msg: string, code = 1) => ({ stdout: "", stderr: `bash: ${name}: ${msg}\n`, exitCode: code });
  const inFunction = s.positional.length > 1;
  switch (name) {
    case "break":
    case "continue": {
      const n = arg === undefined ? 1 : Number(arg);
      if (!Number.isInteger(n)) return fail(`${arg}: numeric argument required`, 128);
      if (n < 1) return fail(`${arg}: loop count out of range`);
      if (s.loopDepth === 0) return fail("only meaningful in a `for', `while', or `until' loop", 0);
      s.flow = { kind: name, n: Math.min(n, s.loopDepth) };
      return ok;
    }
    case "return": {
      if (!inFunction) return fail("can only `return' from a function or sourced script", 2);
      const n = arg === undefined ? s.lastExit : Number(arg);
      if (!/^-?\d+$/.test(arg ?? "0")) return fail(`${arg}: numeric argument required`, 2);
      s.flow = { kind: "return", n: n & 255 };
      return { ...ok, exitCode: n & 255 };
    }
    case "local": {
      if (!inFunction) return fail("can only be used in a function");
      const scope = s.locals[s.locals.length - 1];
      for (const a of argv.slice(1)) {
        const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(a);
        if (!m) return fail(`\`${a}': not a valid identifier`);
        if (!(m[1] in scope)) scope[m[1]] = s.vars[m[1]] && { ...s.vars[m[1]] };
        s.vars[m[1]] = { value: m[2] ?? "", exported: false };
      }
      return ok;
    }
    case "shift": {
      const n = arg === undefined ? 1 : Number(arg);
      const pos = s.positional[s.positional.length - 1];
      if (!Number.isInteger(n) || n < 0) return fail(`${arg}: numeric argument required`);
      if (n > pos.length) return { ...ok, exitCode: 1 };
      pos.splice(0, n);
      return ok;
    }
  }
  return undefined;
}
