import type { Command } from "../types";
import { fsErrorText } from "../paths";
import { bracket, evalCmd, letCmd, read, test, type } from "./script";

/** Commands that change the shell itself, as bash builtins do. */

const cd: Command = {
  name: "cd",
  usage: "cd [dir]",
  run(argv, ctx) {
    const target = argv[1] === undefined || argv[1] === "~" ? (ctx.env.HOME ?? "/root") : argv[1] === "-" ? (ctx.env.OLDPWD ?? ctx.cwd) : argv[1];
    if (argv.length > 2) {
      ctx.err("bash: cd: too many arguments\n");
      return 1;
    }
    const path = ctx.resolve(target);
    try {
      if (ctx.host.fs.stat(path).type !== "dir") {
        ctx.err(`bash: cd: ${target}: Not a directory\n`);
        return 1;
      }
    } catch (e) {
      ctx.err(`bash: cd: ${target}: ${fsErrorText(e)}\n`);
      return 1;
    }
    ctx.shell.setVar("OLDPWD", ctx.cwd, true);
    ctx.shell.setCwd(path);
    if (argv[1] === "-") ctx.out(path + "\n");
    return 0;
  },
};

const pwd: Command = { name: "pwd", usage: "pwd", run: (_a, ctx) => (ctx.out(ctx.cwd + "\n"), 0) };

const exportCmd: Command = {
  name: "export",
  usage: "export NAME[=value] ...",
  run(argv, ctx) {
    if (argv.length === 1 || argv[1] === "-p") {
      for (const [k, v] of Object.entries(ctx.env).sort()) ctx.out(`declare -x ${k}="${v}"\n`);
      return 0;
    }
    let code = 0;
    for (const a of argv.slice(1)) {
      const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(a);
      if (!m) {
        ctx.err(`bash: export: \`${a}': not a valid identifier\n`);
        code = 1;
        continue;
      }
      ctx.shell.setVar(m[1], m[2] ?? ctx.shell.vars()[m[1]] ?? "", true);
    }
    return code;
  },
};

const unset: Command = {
  name: "unset",
  usage: "unset NAME ...",
  run(argv, ctx) {
    const fn = argv[1] === "-f";
    for (const n of argv.slice(1).filter((a) => a !== "-v" && a !== "-f")) {
      if (fn || !(n in ctx.shell.vars())) {
        if (ctx.shell.unsetFunction?.(n) || fn) continue;
      }
      ctx.shell.unsetVar(n);
    }
    return 0;
  },
};

const alias: Command = {
  name: "alias",
  usage: "alias [name[=value] ...]",
  run(argv, ctx) {
    const quote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
    if (argv.length === 1) {
      for (const [k, v] of Object.entries(ctx.shell.aliases()).sort()) ctx.out(`alias ${k}=${quote(v)}\n`);
      return 0;
    }
    let code = 0;
    for (const a of argv.slice(1)) {
      const eq = a.indexOf("=");
      if (eq > 0) ctx.shell.setAlias(a.slice(0, eq), a.slice(eq + 1));
      else if (ctx.shell.aliases()[a] !== undefined) ctx.out(`alias ${a}=${quote(ctx.shell.aliases()[a])}\n`);
      else {
        ctx.err(`bash: alias: ${a}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
};

const unalias: Command = {
  name: "unalias",
  usage: "unalias name ...",
  run(argv, ctx) {
    let code = 0;
    for (const a of argv.slice(1)) {
      if (ctx.shell.aliases()[a] === undefined) {
        ctx.err(`bash: unalias: ${a}: not found\n`);
        code = 1;
      } else ctx.shell.unsetAlias(a);
    }
    return code;
  },
};

const source: Command = {
  name: "source",
  usage: "source FILE",
  run(argv, ctx) {
    if (!argv[1]) {
      ctx.err(`bash: ${argv[0]}: filename argument required\n${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
      return 2;
    }
    let text: string;
    try {
      text = ctx.host.fs.readFile(ctx.resolve(argv[1]));
    } catch (e) {
      ctx.err(`bash: ${argv[1]}: ${fsErrorText(e)}\n`);
      return 1;
    }
    const r = ctx.run(text);
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    return r.exitCode;
  },
};

const history: Command = {
  name: "history",
  usage: "history [n]",
  run(argv, ctx) {
    const all = ctx.shell.history();
    const n = argv[1] ? Number(argv[1]) : all.length;
    if (!Number.isInteger(n) || n < 0) {
      ctx.err(`bash: history: ${argv[1]}: numeric argument required\n`);
      return 1;
    }
    all.forEach((line, i) => i >= all.length - n && ctx.out(`${String(i + 1).padStart(5)}  ${line}\n`));
    return 0;
  },
};

const exit: Command = {
  name: "exit",
  usage: "exit [n]",
  run(argv, ctx) {
    const farewell = ctx.shell.farewell?.();
    if (ctx.shell.popLogin()) ctx.out(farewell ?? `logout\nConnection to ${ctx.host.name} closed.\n`);
    return argv[1] ? Number(argv[1]) & 255 : 0;
  },
};

const ssh: Command = {
  name: "ssh",
  usage: "ssh HOST [command]",
  run(argv, ctx) {
    // ssh's own options come before the destination; everything after it is the remote command.
    let i = 1;
    while (i < argv.length && argv[i].startsWith("-")) i += ["-i", "-p", "-l", "-o", "-F", "-J"].includes(argv[i]) ? 2 : 1;
    const args = argv.slice(i);
    const target = args[0];
    if (!target) {
      ctx.err("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n");
      return 255;
    }
    const [user, host] = target.includes("@") ? target.split("@") : [ctx.user, target];
    const known = ctx.environment.hostNames().find((h) => h === host) ?? ctx.environment.hostNames().find((h) => ctx.environment.host(h)?.ip === host);
    if (!known) {
      ctx.err(`ssh: Could not resolve hostname ${host}: Name or service not known\n`);
      return 255;
    }
    if (args.length > 1) {
      const r = ctx.run(args.slice(1).join(" "), { host: known, user, stdin: ctx.stdin });
      ctx.out(r.stdout);
      ctx.err(r.stderr);
      return r.exitCode;
    }
    ctx.shell.pushLogin(known, user);
    return 0;
  },
};

const sudo: Command = {
  name: "sudo",
  usage: "sudo [-i] [command]",
  run(argv, ctx) {
    const rest = argv.slice(1);
    if (rest[0] === "-i" || rest[0] === "-s" || rest[0] === "su") {
      if (rest.length > 1) {
        const r = ctx.run(rest.slice(1).join(" "), { user: "root", stdin: ctx.stdin });
        ctx.out(r.stdout);
        ctx.err(r.stderr);
        return r.exitCode;
      }
      ctx.shell.pushLogin(ctx.host.name, "root");
      return 0;
    }
    if (rest.length === 0) {
      ctx.err("usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]\nusage: sudo [-ABbEHknPS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]\nusage: sudo -e [-ABknS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n");
      return 1;
    }
    const quoted = rest.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(" ");
    const r = ctx.run(quoted, { stdin: ctx.stdin });
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    return r.exitCode;
  },
};

const complete: Command = { name: "complete", usage: "complete [-F function] name", run: () => 0 };
const trueCmd: Command = { name: "true", usage: "true", run: () => 0 };
const falseCmd: Command = { name: "false", usage: "false", run: () => 1 };

export const builtins: Command[] = [cd, pwd, exportCmd, unset, alias, unalias, source, { ...source, name: "." }, history, exit, { ...exit, name: "logout" }, ssh, sudo, complete, trueCmd, falseCmd, test, bracket, read, letCmd, evalCmd, type];
