import type { Environment } from "../engine/environment";
import { FsError, type Host } from "../engine/host";
import type { Command, CommandContext, CommandResult, EditorRequest, ShellControl } from "./types";
import { IncompleteInput, ShellSyntaxError, type Pipeline, type Redirect, type SimpleCommand } from "./parser/ast";
import { parse } from "./parser/parser";
import { tokenize } from "./parser/lexer";
import { expandHereDoc, expandWord, globMatch, type ExpandContext } from "./expand";
import { builtins } from "./builtins";
import { fsErrorText, resolvePath } from "./paths";

/** One login: the shell you get after `ssh node01` or `sudo -i`. */
export interface LoginFrame {
  host: string;
  user: string;
  cwd: string;
  vars: Record<string, { value: string; exported: boolean }>;
  aliases: Record<string, string>;
}

export interface ShellState {
  logins: LoginFrame[];
  history: string[];
  lastExit: number;
}

export type ExecOutcome = CommandResult & { editor?: EditorRequest };

export interface ShellOptions {
  commands: Command[];
  host?: string;
  user?: string;
  state?: ShellState;
}

const MAX_OUTPUT = 1 << 20;
const MAX_DEPTH = 12;
const MAX_HISTORY = 1000;

const homeOf = (user: string) => (user === "root" ? "/root" : `/home/${user}`);

/** A bash-like shell over the simulated environment. Synchronous; bounded per command line. */
export class Shell {
  private st: ShellState;
  private readonly table = new Map<string, Command>();
  private depth = 0;
  private editor: EditorRequest | undefined;

  constructor(
    readonly environment: Environment,
    opts: ShellOptions,
  ) {
    for (const c of [...opts.commands, ...builtins]) this.table.set(c.name, c);
    this.st = opts.state ? structuredClone(opts.state) : { logins: [], history: [], lastExit: 0 };
    if (this.st.logins.length === 0) this.login(opts.host ?? environment.startHost, opts.user ?? "root");
  }

  private get frame(): LoginFrame {
    return this.st.logins[this.st.logins.length - 1];
  }

  private get host(): Host {
    const h = this.environment.host(this.frame.host);
    if (!h) throw new Error(`host ${this.frame.host} vanished`);
    return h;
  }

  /** Starts a login shell on `host` and sources ~/.bashrc as bash does. */
  private login(host: string, user: string) {
    const home = homeOf(user);
    this.st.logins.push({ host, user, cwd: home, vars: { HOME: { value: home, exported: true }, USER: { value: user, exported: true }, PATH: { value: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", exported: true }, HOSTNAME: { value: host, exported: false } }, aliases: {} });
    const h = this.environment.host(host);
    if (h?.fs.exists(`${home}/.bashrc`)) this.runLine(`source ${home}/.bashrc`, "");
  }

  /** Plain-JSON state for persistence (restore with `new Shell(env, { commands, state })`). */
  state(): ShellState {
    return structuredClone(this.st);
  }

  currentHost(): string {
    return this.frame.host;
  }

  prompt(): string {
    const home = homeOf(this.frame.user);
    const cwd = this.frame.cwd === home ? "~" : this.frame.cwd.startsWith(home + "/") ? "~" + this.frame.cwd.slice(home.length) : this.frame.cwd;
    return `${this.frame.host}:${cwd}$ `;
  }

  history(): string[] {
    return [...this.st.history];
  }

  commandNames(): string[] {
    return [...this.table.keys()].sort();
  }

  /** Runs one line (or several, with here-docs) as the user typed it. */
  exec(line: string): ExecOutcome {
    this.editor = undefined;
    if (line.trim()) {
      this.st.history.push(line);
      if (this.st.history.length > MAX_HISTORY) this.st.history.shift();
    }
    const r = this.runLine(line, "");
    return this.editor ? { ...r, editor: this.editor } : r;
  }

  private runLine(line: string, stdin: string): CommandResult {
    let script;
    try {
      script = parse(line);
    } catch (e) {
      if (e instanceof ShellSyntaxError) return this.finish({ stdout: "", stderr: `bash: ${e.message}\n`, exitCode: 2 });
      if (e instanceof IncompleteInput) return this.finish({ stdout: "", stderr: `bash: ${e.why.startsWith("unexpected") || e.why.startsWith("here-document") ? e.why : "syntax error: unexpected end of file"}\n`, exitCode: 2 });
      throw e;
    }
    let stdout = "";
    let stderr = "";
    let exitCode = this.st.lastExit;
    for (const chain of script) {
      let r = this.runPipeline(chain.first, stdin);
      stdout += r.stdout;
      stderr += r.stderr;
      for (const next of chain.rest) {
        if ((next.op === "&&") !== (r.exitCode === 0)) continue;
        r = this.runPipeline(next.pipeline, stdin);
        stdout += r.stdout;
        stderr += r.stderr;
      }
      exitCode = r.exitCode;
      this.st.lastExit = exitCode;
      if (stdout.length + stderr.length > MAX_OUTPUT) {
        stderr += "bash: output limit exceeded\n";
        break;
      }
    }
    return this.finish({ stdout: stdout.slice(0, MAX_OUTPUT), stderr: stderr.slice(0, MAX_OUTPUT), exitCode });
  }

  private finish(r: CommandResult): CommandResult {
    this.st.lastExit = r.exitCode;
    return r;
  }

  private runPipeline(p: Pipeline, stdin: string): CommandResult {
    let input = stdin;
    let stderr = "";
    let last: CommandResult = { stdout: "", stderr: "", exitCode: 0 };
    for (const cmd of p.commands) {
      last = this.runSimple(cmd, input);
      stderr += last.stderr;
      input = last.stdout;
    }
    return { stdout: last.stdout, stderr, exitCode: p.negate ? (last.exitCode === 0 ? 1 : 0) : last.exitCode };
  }

  private expandContext(): ExpandContext {
    return {
      vars: (n) => this.frame.vars[n]?.value,
      lastExit: this.st.lastExit,
      home: homeOf(this.frame.user),
      substitute: (cmd) => this.subshell(cmd, "").stdout,
      glob: (pattern) => this.glob(pattern),
    };
  }

  private glob(pattern: string): string[] {
    const abs = pattern.startsWith("/");
    const dirPart = pattern.includes("/") ? pattern.slice(0, pattern.lastIndexOf("/") + 1) : "";
    const namePart = pattern.slice(dirPart.length);
    if (/[*?[]/.test(dirPart)) return [];
    const dir = resolvePath(dirPart || ".", this.frame.cwd, homeOf(this.frame.user));
    try {
      return this.host.fs
        .readdir(dir)
        .filter((n) => (namePart.startsWith(".") || !n.startsWith(".")) && globMatch(namePart, n))
        .map((n) => (abs || dirPart ? dirPart + n : n));
    } catch {
      return [];
    }
  }

  /** `$(...)`, `ssh host cmd`, `sudo cmd`: a nested run with its own output, bounded in depth. */
  private subshell(line: string, stdin: string, host?: string, user?: string): CommandResult {
    if (this.depth >= MAX_DEPTH) return { stdout: "", stderr: "bash: maximum nesting level exceeded\n", exitCode: 1 };
    this.depth++;
    const pushed = host !== undefined || user !== undefined;
    if (pushed) this.login(host ?? this.frame.host, user ?? this.frame.user);
    try {
      return this.runLine(line, stdin);
    } finally {
      if (pushed) this.st.logins.pop();
      this.depth--;
    }
  }

  private runSimple(cmd: SimpleCommand, stdin: string): CommandResult {
    const ectx = this.expandContext();
    let words = cmd.words;
    const alias = words.length ? this.frame.aliases[words[0]] : undefined;
    if (alias !== undefined) words = [...tokenize(alias).flatMap((t) => (t.type === "word" ? [t.raw] : [])), ...words.slice(1)];
    const assignments: [string, string][] = [];
    while (words.length && /^[A-Za-z_]\w*=/.test(words[0])) {
      const eq = words[0].indexOf("=");
      assignments.push([words[0].slice(0, eq), expandWord(words[0].slice(eq + 1) || "''", ectx).join(" ")]);
      words = words.slice(1);
    }
    const argv = words.flatMap((w) => expandWord(w, ectx));
    if (argv.length === 0) {
      for (const [k, v] of assignments) this.frame.vars[k] = { value: v, exported: this.frame.vars[k]?.exported ?? false };
      return { stdout: "", stderr: "", exitCode: 0 };
    }
    const io = this.openRedirects(cmd.redirects, stdin, ectx);
    if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.frame.vars)) if (v.exported) env[k] = v.value;
    for (const [k, v] of assignments) env[k] = v;
    const name = argv[0].includes("/") ? argv[0].slice(argv[0].lastIndexOf("/") + 1) : argv[0];
    const command = this.table.get(name);
    let out = "";
    let err = "";
    let exitCode: number;
    if (!command) {
      err = `bash: ${argv[0]}: command not found\n`;
      exitCode = 127;
    } else {
      const ctx = this.commandContext(io.stdin, env, (t) => (out += t), (t) => (err += t));
      try {
        exitCode = command.run(argv, ctx);
      } catch (e) {
        err += `${name}: ${e instanceof Error ? e.message : String(e)}\n`;
        exitCode = 1;
      }
    }
    return this.applyOutput(io.targets, out, err, exitCode);
  }

  private commandContext(stdin: string, env: Record<string, string>, out: (t: string) => void, err: (t: string) => void): CommandContext {
    const frame = this.frame;
    const home = homeOf(frame.user);
    const control: ShellControl = {
      setCwd: (p) => (frame.cwd = p),
      setVar: (n, v, exported) => (frame.vars[n] = { value: v, exported: exported ?? frame.vars[n]?.exported ?? false }),
      unsetVar: (n) => delete frame.vars[n],
      setAlias: (n, v) => (frame.aliases[n] = v),
      unsetAlias: (n) => delete frame.aliases[n],
      aliases: () => ({ ...frame.aliases }),
      history: () => [...this.st.history],
      pushLogin: (host, user) => this.login(host, user),
      popLogin: () => (this.st.logins.length > 1 ? (this.st.logins.pop(), true) : false),
      vars: () => Object.fromEntries(Object.entries(frame.vars).map(([k, v]) => [k, v.value])),
    };
    return {
      stdin,
      env,
      cwd: frame.cwd,
      host: this.host,
      user: frame.user,
      environment: this.environment,
      out,
      err,
      resolve: (p) => resolvePath(p, frame.cwd, home),
      run: (line, opts = {}) => this.subshell(line, opts.stdin ?? "", opts.host, opts.user),
      openEditor: (req) => (this.editor = req),
      shell: control,
    };
  }

  private openRedirects(redirects: Redirect[], stdin: string, ectx: ExpandContext): { stdin: string; targets: Target[] } | { error: string } {
    let input = stdin;
    const targets: Target[] = [];
    for (const r of redirects) {
      if (r.op === "<<") {
        input = r.expand ? expandHereDoc(r.target, ectx) : r.target;
        continue;
      }
      if (r.op === ">&") {
        targets.push({ fd: r.fd as 1 | 2, dupTo: Number(r.target) as 1 | 2 });
        continue;
      }
      const fields = expandWord(r.target, ectx);
      if (fields.length !== 1) return { error: `bash: ${r.target}: ambiguous redirect\n` };
      const path = resolvePath(fields[0], this.frame.cwd, homeOf(this.frame.user));
      if (r.op === "<") {
        if (path === "/dev/null") {
          input = "";
          continue;
        }
        try {
          input = this.host.fs.readFile(path);
        } catch (e) {
          return { error: `bash: ${fields[0]}: ${fsErrorText(e)}\n` };
        }
        continue;
      }
      if (path !== "/dev/null") {
        try {
          if (r.op === ">" || !this.host.fs.exists(path)) this.host.fs.writeFile(path, "");
        } catch (e) {
          return { error: `bash: ${fields[0]}: ${fsErrorText(e)}\n` };
        }
      }
      const fds: (1 | 2)[] = r.fd === "&" ? [1, 2] : [r.fd as 1 | 2];
      for (const fd of fds) targets.push({ fd, path });
    }
    return { stdin: input, targets };
  }

  private applyOutput(targets: Target[], out: string, err: string, exitCode: number): CommandResult {
    // Where each fd ends up, applying redirects left to right as bash does.
    const dest: Record<1 | 2, string | "stdout" | "stderr"> = { 1: "stdout", 2: "stderr" };
    for (const t of targets) dest[t.fd] = "dupTo" in t ? dest[t.dupTo] : t.path;
    const result = { stdout: "", stderr: "", exitCode };
    for (const [fd, text] of [[1, out], [2, err]] as [1 | 2, string][]) {
      const d = dest[fd];
      if (d === "stdout") result.stdout += text;
      else if (d === "stderr") result.stderr += text;
      else if (d !== "/dev/null" && text) {
        try {
          this.host.fs.writeFile(d, text, { append: true });
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
        }
      }
    }
    return result;
  }
}

type Target = { fd: 1 | 2; path: string } | { fd: 1 | 2; dupTo: 1 | 2 };
