import { APPLETS, type Io } from "./applets";
import type { EntrypointScript } from "./entrypoints";
import type { ImageBehaviour } from "./images";
import { ProcessState } from "./process-state";
import { expandWord } from "./script-expand";
import { runNetClient } from "./net-applet";
import { parseScript, ScriptSyntaxError, type Node, type Word } from "./script-parse";

const MAX_STEPS = 20_000;
/** The shells a container can run scripts with, and whether an image has each. */
const SHELLS: Record<string, (image: ImageBehaviour) => boolean> = {
  sh: () => true,
  ash: () => true,
  dash: () => true,
  bash: (image) => image.userland === "gnu",
  zsh: (image) => !!image.binaries?.includes("zsh"),
};

const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/**
 * A container process running busybox-like shell semantics: scripts, loops, pipes, redirects,
 * applets and the image's own binaries, on the virtual clock of its ProcessState.
 */
export class Proc extends ProcessState {
  runScript(src: string, io: Io): number {
    let node: Node;
    try {
      node = parseScript(src);
    } catch (e) {
      if (!(e instanceof ScriptSyntaxError)) throw e;
      io.err(this.flavour === "busybox" ? `sh: ${e.message}\n` : `sh: 1: ${e.message.replace(/^syntax error: unexpected "?([^"]*)"?.*/, "Syntax error: \"$1\" unexpected")}\n`);
      return 2;
    }
    return this.exec(node, io);
  }

  exec(node: Node, io: Io): number {
    if (++this.steps > MAX_STEPS) this.forever();
    switch (node.type) {
      case "list": {
        let status = 0;
        for (const item of node.items) {
          if (item.op === "&&" && status !== 0) continue;
          if (item.op === "||" && status === 0) continue;
          status = this.exec(item.node, io);
        }
        return (this.status = status);
      }
      case "not":
        return (this.status = this.exec(node.node, io) === 0 ? 1 : 0);
      case "pipe": {
        let stdin = io.stdin;
        let status = 0;
        node.cmds.forEach((cmd, i) => {
          const last = i === node.cmds.length - 1;
          let captured = "";
          status = this.exec(cmd, last ? { ...io, stdin } : { stdin, out: (s) => (captured += s), err: io.err });
          stdin = captured;
        });
        return (this.status = status);
      }
      case "while":
        return this.loop(node.cond, node.body, node.until, io);
      case "for": {
        let status = 0;
        for (const v of node.values.flatMap((w) => this.expand(w))) {
          this.vars[node.name] = v;
          status = this.exec(node.body, io);
        }
        return (this.status = status);
      }
      case "if":
        if (this.exec(node.cond, io) === 0) return (this.status = this.exec(node.then, io));
        return (this.status = node.else ? this.exec(node.else, io) : 0);
      case "simple":
        return (this.status = this.simple(node, io));
    }
  }

  private loop(cond: Node, body: Node, until: boolean, io: Io): number {
    let status = 0;
    let iterations = 0;
    let lastStart = this.t;
    for (;;) {
      const ok = this.exec(cond, io) === 0;
      if (ok === until) return status;
      const start = this.t;
      status = this.exec(body, io);
      const period = this.t - start;
      if (period === 0 && ++iterations > 1_000) this.forever();
      // A long-running periodic loop: skip whole periods the horizon will never show in full.
      if (period > 0 && period === start - lastStart && (this.input.horizonMs - this.t) / period > 1_000) {
        const skip = Math.floor((this.input.horizonMs - this.t) / period) - 500;
        this.t += skip * period;
      }
      lastStart = start;
    }
  }

  private simple(node: Extract<Node, { type: "simple" }>, io: Io): number {
    this.syncVolumes();
    for (const [name, w] of node.assigns) this.vars[name] = this.expand(w, false).join("");
    const argv = node.words.flatMap((w) => this.expand(w));
    let cmdIo = io;
    for (const r of node.redirects) {
      const typed = this.expand(r.target, false).join("");
      const target = r.op === ">&" ? typed : this.abs(typed);
      if (r.op === ">&") {
        if (r.fd === 2 && target === "1") cmdIo = { ...cmdIo, err: cmdIo.out };
        continue;
      }
      if (r.op === "<") {
        const text = this.files.get(target);
        if (text === undefined) {
          io.err(this.flavour === "busybox" ? `sh: can't open '${typed}': no such file\n` : `sh: 1: cannot open ${typed}: No such file\n`);
          return 1;
        }
        cmdIo = { ...cmdIo, stdin: text };
        continue;
      }
      if (target === "/dev/null") {
        cmdIo = r.fd === 1 ? { ...cmdIo, out: () => {} } : { ...cmdIo, err: () => {} };
        continue;
      }
      if (target === "/dev/stdout" || target === "/proc/1/fd/1") continue;
      const dir = target.slice(0, target.lastIndexOf("/")) || "/";
      if (!this.dirs.has(dir) && ![...this.files.keys()].some((f) => f.startsWith(dir + "/"))) {
        io.err(this.flavour === "busybox" ? `sh: can't create ${typed}: nonexistent directory\n` : `sh: 1: cannot create ${typed}: Directory nonexistent\n`);
        return 2;
      }
      if (r.op === ">") this.files.set(target, "");
      else if (!this.files.has(target)) this.files.set(target, "");
      const write = (s: string) => this.files.set(target, (this.files.get(target) ?? "") + s);
      cmdIo = r.fd === 1 ? { ...cmdIo, out: write } : { ...cmdIo, err: write };
    }
    if (!argv.length) return 0;
    return this.command(argv, cmdIo);
  }

  /** Whether `cmd` names something the container can exec: a shell, an applet, the image's entrypoint script or one of its binaries. */
  has(cmd: string): boolean {
    const name = basename(cmd);
    const image = this.input.image;
    if (Object.hasOwn(SHELLS, name)) return SHELLS[name](image);
    return (Object.hasOwn(APPLETS, name) && !image.lacks?.includes(name)) || name === "exec" || this.isScript(cmd) || !!this.input.net?.tools.includes(name) || !!image.tools?.includes(name) || !!image.binaries?.some((b) => b === name || b === cmd);
  }

  private isScript(cmd: string): boolean {
    const path = this.input.image.script?.path;
    return !!path && (cmd === path || (!cmd.includes("/") && cmd === basename(path)));
  }

  /** Runs one command by name: a shell, an applet, or one of the image's binaries. */
  command(argv: string[], io: Io): number {
    const name = basename(argv[0]);
    const image = this.input.image;
    if (Object.hasOwn(SHELLS, name) && SHELLS[name](image)) {
      const c = argv.indexOf("-c");
      // A shell without a script reads its stdin: EOF at once, unless the container keeps stdin open (`kubectl run -it`).
      if (c < 0) return this.input.stdin ? this.forever() : 0;
      return this.runScript(argv[c + 1] ?? "", io);
    }
    if (name === "exec" || name === "nohup") return argv.length > 1 ? this.command(argv.slice(1), io) : 0;
    if (this.input.net?.tools.includes(name)) return runNetClient(this, argv, io);
    if (image.script && this.isScript(argv[0])) return this.entrypoint(image.script, argv.slice(1), io);
    // A toolbox image's tools (curl, nslookup) run as applets once the container program has them.
    if (image.mode === "run-command" && Object.hasOwn(APPLETS, name)) return APPLETS[name](this, argv, io);
    if (image.tools?.includes(name)) return 0;
    if (image.binaries?.includes(name) || image.binaries?.includes(argv[0])) {
      if (image.mode === "serve") return this.serve(io, argv);
      // An interpreter (python, node): a module server listens; a REPL reads stdin (EOF at once without `stdin: true`).
      const http = argv.indexOf("http.server");
      if (http < 0) return argv.length === 1 && this.input.stdin ? this.forever() : 0;
      this.listens = [Number(argv[http + 1]) || 8000];
      this.forever();
    }
    const applet = this.input.image.lacks?.includes(name) ? undefined : APPLETS[name];
    if (applet) return applet(this, argv, io);
    return this.notFound(name, io);
  }

  /** The image's entrypoint script: its own output, then `exec "$@"` of the command line it settles on. */
  private entrypoint(script: EntrypointScript, args: string[], io: Io): number {
    for (const line of script.logs?.(args, this.vars) ?? []) io.out(`${line}\n`);
    const next = script.rewrite(args, (cmd) => this.has(cmd));
    if (!next.length) return 0;
    if (!this.has(next[0])) {
      const failed = script.notFound(next[0]);
      io.err(`${failed.text}\n`);
      return failed.code;
    }
    const refused = this.input.started ? undefined : script.check?.(next, this.vars);
    if (refused) {
      for (const line of refused.lines) io.err(`${line}\n`);
      return refused.code;
    }
    return this.command(next, io);
  }

  /** The image's server process: its startup logs, then it listens until stopped. */
  serve(io: Io, argv: string[] = []): never {
    const check = this.input.started ? undefined : this.input.image.preflight?.(argv, this.files);
    if (typeof check === "string") {
      io.err(`${check}\n`);
      this.exitWith(1);
    }
    if (check) {
      io.out(check.out);
      this.exitWith(check.code);
    }
    for (const l of this.input.image.startupLogs ?? []) io.out(`${l}\n`);
    this.listens = this.input.image.listens ?? [];
    this.serving = true;
    this.forever();
  }

  /** Word expansion: quotes, `$VAR`, `${VAR:-x}`, `$(cmd)`, `$((1+2))`; unquoted results split on blanks. */
  expand(w: Word, split = true): string[] {
    return expandWord(this, w, split);
  }
}
