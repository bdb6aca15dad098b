import type { Command, CommandContext } from "../types";
import { evalTest } from "../cond";

/** Builtins for scripting: test/[, read, let, eval, type. */

const stat = (ctx: CommandContext) => (p: string) => {
  try {
    return ctx.host.fs.stat(ctx.resolve(p));
  } catch {
    return undefined;
  }
};

function runTest(args: string[], ctx: CommandContext, name: string): number {
  const r = evalTest(args, { stat: stat(ctx) }, name);
  if (typeof r === "string") {
    ctx.err(`bash: ${r}\n`);
    return 2;
  }
  return r ? 0 : 1;
}

export const test: Command = { name: "test", usage: "test EXPRESSION", run: (argv, ctx) => runTest(argv.slice(1), ctx, "test") };

export const bracket: Command = {
  name: "[",
  usage: "[ EXPRESSION ]",
  run(argv, ctx) {
    if (argv[argv.length - 1] !== "]") {
      ctx.err("bash: [: missing `]'\n");
      return 2;
    }
    return runTest(argv.slice(1, -1), ctx, "[");
  },
};

const READ_USAGE = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n";

export const read: Command = {
  name: "read",
  usage: "read [-r] [-p prompt] [name ...]",
  run(argv, ctx) {
    let raw = false;
    const names: string[] = [];
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (names.length === 0 && /^-[a-zA-Z]+$/.test(a)) {
        for (const f of a.slice(1)) {
          if (f === "r" || f === "s" || f === "e") raw ||= f === "r";
          else if ("pdtnNaiu".includes(f)) {
            if (i + 1 >= argv.length) {
              ctx.err(`bash: read: -${f}: option requires an argument\n${READ_USAGE}`);
              return 2;
            }
            i++;
            if (f === "p") ctx.err(argv[i]);
            break;
          } else {
            ctx.err(`bash: read: -${f}: invalid option\n${READ_USAGE}`);
            return 2;
          }
        }
        continue;
      }
      if (!/^[A-Za-z_]\w*$/.test(a)) {
        ctx.err(`bash: read: \`${a}': not a valid identifier\n`);
        return 1;
      }
      names.push(a);
    }
    let line = ctx.readLine?.();
    if (line === undefined) {
      for (const n of names.length ? names : ["REPLY"]) ctx.shell.setVar(n, "");
      return 1;
    }
    const complete = line.endsWith("\n");
    line = line.replace(/\n$/, "");
    if (!raw) {
      while (line.endsWith("\\")) {
        const more = ctx.readLine?.();
        if (more === undefined) break;
        line = line.slice(0, -1) + more.replace(/\n$/, "");
      }
      line = line.replace(/\\(.)/g, "$1");
    }
    if (names.length === 0) {
      ctx.shell.setVar("REPLY", line);
      return complete ? 0 : 1;
    }
    let rest = line.replace(/^[ \t]+/, "");
    names.forEach((n, i) => {
      if (i === names.length - 1) {
        ctx.shell.setVar(n, rest.replace(/[ \t]+$/, ""));
        return;
      }
      const m = /^(\S*)[ \t]*/.exec(rest)!;
      ctx.shell.setVar(n, m[1]);
      rest = rest.slice(m[0].length);
    });
    return complete ? 0 : 1;
  },
};

export const letCmd: Command = {
  name: "let",
  usage: "let ARG [ARG ...]",
  run(argv, ctx) {
    if (argv.length < 2) {
      ctx.err("bash: let: expression expected\n");
      return 1;
    }
    let last = 0;
    for (const expr of argv.slice(1)) {
      const v = ctx.shell.arith?.(expr) ?? 0;
      if (typeof v === "string") {
        ctx.err(`bash: let: ${v}\n`);
        return 1;
      }
      last = v;
    }
    return last === 0 ? 1 : 0;
  },
};

export const evalCmd: Command = {
  name: "eval",
  usage: "eval [arg ...]",
  run(argv, ctx) {
    const r = ctx.run(argv.slice(1).join(" "), { stdin: ctx.stdin });
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    return r.exitCode;
  },
};

/** Builtins that `type` and `which` know are part of the shell itself. */
export const SHELL_BUILTINS = new Set(["cd", "pwd", "export", "unset", "alias", "unalias", "source", ".", "history", "exit", "logout", "complete", "true", "false", "test", "[", "read", "let", "eval", "type", "echo", "printf", "break", "continue", "return", "local", "shift", "kill"]);
const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "function", "{", "}", "[[", "]]", "!"]);

export const type: Command = {
  name: "type",
  usage: "type NAME ...",
  run(argv, ctx) {
    let code = 0;
    const known = new Set(ctx.shell.commandNames?.() ?? []);
    for (const n of argv.slice(1).filter((a) => !a.startsWith("-"))) {
      const alias = ctx.shell.aliases()[n];
      if (alias !== undefined) ctx.out(`${n} is aliased to \`${alias}'\n`);
      else if (KEYWORDS.has(n)) ctx.out(`${n} is a shell keyword\n`);
      else if (ctx.shell.functions?.().includes(n)) ctx.out(`${n} is a function\n`);
      else if (SHELL_BUILTINS.has(n) || ["break", "continue", "return", "local", "shift"].includes(n)) ctx.out(`${n} is a shell builtin\n`);
      else if (known.has(n)) ctx.out(`${n} is ${binaryPath(n)}\n`);
      else {
        ctx.err(`bash: type: ${n}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
};

const SBIN = new Set(["ip", "iptables", "sysctl", "modprobe", "swapoff", "reboot", "shutdown"]);

/** Where a command lives on an exam node (Ubuntu with the Kubernetes apt packages). */
export function binaryPath(name: string): string {
  if (SBIN.has(name)) return `/usr/sbin/${name}`;
  return `/usr/bin/${name}`;
}
