import type { Environment } from "../engine/environment";
import type { FileStat, Host } from "../engine/host";
import type { Command, CommandContext, CommandResult, EditorRequest, ShellControl } from "./types";
import { IncompleteInput, ShellSyntaxError, type Command as AstCommand, type FunctionDef, type Pipeline, type Script, type SimpleCommand } from "./parser/ast";
import { parse } from "./parser/parser";
import { tokenize } from "./parser/lexer";
import { ExpandError, expandString, expandWord, globMatch, type ExpandContext } from "./expand";
import { builtins } from "./builtins";
import { resolvePath } from "./paths";
import { Input, applyOutput, openRedirects } from "./redirects";
import { runCompound, type Flow, type Runner } from "./interp";
import { complete, type Completion } from "./complete";
import { ProcSubsts, type ListRunner } from "./procsubst";
import { splitCommands } from "./script";

/** One login: the shell you get after `ssh node01` or `sudo -i`. */
export interface LoginFrame {
  host: string;
  user: string;
  cwd: string;
  vars: Record<string, { value: string; exported: boolean }>;
  aliases: Record<string, string>;
  functions?: Record<string, FunctionDef>;
  /** A login that is not ssh's (`chroot /host`): its own prompt and what `exit` prints. */
  ps1?: string;
  farewell?: string;
  /** An interactive program holding the terminal (a shell in a container): lines go to its command's session handler. */
  session?: { command: string; state: unknown };
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
/** Loop iterations and commands one command line may run before the shell stops it. */
export const MAX_ITERATIONS = 10_000;
const MAX_COMMANDS = 100_000;
const MAX_FUNC_NEST = 100;

const homeOf = (user: string) => (user === "root" ? "/root" : `/home/${user}`);

/** A bash-like shell over the simulated environment. Synchronous; bounded per command line. */
export class Shell implements Runner {
  private st: ShellState;
  private readonly table = new Map<string, Command>();
  private depth = 0;
  private editor: EditorRequest | undefined;
  // Per command line: step counters, an abort reason, pending break/continue/return.
  private iterations = 0;
  private commands = 0;
  aborted = false;
  flow: Flow | undefined;
  loopDepth = 0;
  private positional: string[][] = [[]];
  private locals: Record<string, { value: string; exported: boolean } | undefined>[] = [];

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
    if (h?.fs.exists(`${home}/.bashrc`)) this.runLine(`source ${home}/.bashrc`, new Input(""));
  }

  /** Plain-JSON state for persistence (restore with `new Shell(env, { commands, state })`). */
  state(): ShellState {
    return structuredClone(this.st);
  }

  currentHost(): string {
    return this.frame.host;
  }

  prompt(): string {
    if (this.frame.ps1 !== undefined) return this.frame.ps1;
    const session = this.frame.session;
    const handler = session && this.table.get(session.command)?.session;
    if (session && handler) return handler.prompt(session.state);
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

  /** Tab completion of `line` at `cursor` (commands, aliases, functions, paths; kubectl delegates). */
  complete(line: string, cursor = line.length): Completion {
    if (this.frame.session) return { start: cursor, end: cursor, candidates: [], replacement: "" };
    return complete(line, cursor, {
      commands: [...this.table.keys(), ...Object.keys(this.frame.aliases), ...Object.keys(this.frame.functions ?? {})],
      aliases: this.frame.aliases,
      fs: this.host.fs,
      cwd: this.frame.cwd,
      home: homeOf(this.frame.user),
      run: (l) => this.subshell(l, new Input(""), undefined, undefined, true),
      environment: this.environment,
      commandCompleter: (name) => this.table.get(name)?.complete,
      context: () => this.commandContext(new Input(""), this.exportedEnv(), () => {}, () => {}),
    });
  }

  private exportedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.frame.vars)) if (v.exported) env[k] = v.value;
    return env;
  }

  /** Runs one line (or several, with here-docs and compound commands) as the user typed it. */
  exec(line: string): ExecOutcome {
    this.editor = undefined;
    this.iterations = 0;
    this.commands = 0;
    if (line.trim() && !this.frame.session) {
      this.st.history.push(line);
      if (this.st.history.length > MAX_HISTORY) this.st.history.shift();
    }
    // Pasted lines are read one at a time, so lines after `kubectl exec -it … -- sh` go to the container.
    const units = line.includes("\n") ? splitCommands(line) : [line];
    let r: CommandResult = { stdout: "", stderr: "", exitCode: this.st.lastExit };
    for (const unit of units.length ? units : [line]) {
      const one = this.frame.session ? this.sessionLine(unit) : this.runLine(unit, new Input(""));
      r = { stdout: r.stdout + one.stdout, stderr: r.stderr + one.stderr, exitCode: one.exitCode };
      this.aborted = false;
      this.flow = undefined;
      this.iterations = 0;
      this.commands = 0;
    }
    return this.editor ? { ...r, editor: this.editor } : r;
  }

  /** One line typed while an interactive program holds the terminal. */
  private sessionLine(line: string): CommandResult {
    const frame = this.frame;
    const session = frame.session!;
    const handler = this.table.get(session.command)?.session;
    if (!handler) {
      this.st.logins.pop();
      return this.finish({ stdout: "", stderr: "", exitCode: 1 });
    }
    let stdout = "";
    let stderr = "";
    const r = handler.line(line, session.state, this.commandContext(new Input(""), this.exportedEnv(), (t) => (stdout += t), (t) => (stderr += t)));
    if (r.state !== undefined) session.state = r.state;
    if (r.end && this.frame === frame) this.st.logins.pop();
    return this.finish({ stdout: stdout + r.stdout, stderr: stderr + r.stderr, exitCode: r.exitCode });
  }

  private runLine(line: string, input: Input): CommandResult {
    let script;
    try {
      script = parse(line);
    } catch (e) {
      if (e instanceof ShellSyntaxError) return this.finish({ stdout: "", stderr: `bash: ${e.message}\n`, exitCode: 2 });
      if (e instanceof IncompleteInput) return this.finish({ stdout: "", stderr: `bash: ${e.why.startsWith("unexpected") || e.why.startsWith("here-document") || e.why.startsWith("syntax error") ? e.why : "syntax error: unexpected end of file"}\n`, exitCode: 2 });
      throw e;
    }
    return this.finish(this.runScript(script, input));
  }

  private finish(r: CommandResult): CommandResult {
    this.st.lastExit = r.exitCode;
    return r;
  }

  runScript(script: Script, input: Input): CommandResult {
    let stdout = "";
    let stderr = "";
    let exitCode = this.st.lastExit;
    for (const chain of script) {
      if (this.aborted || this.flow) break;
      let r = this.runPipeline(chain.first, input);
      stdout += r.stdout;
      stderr += r.stderr;
      for (const next of chain.rest) {
        if (this.aborted || this.flow) break;
        if ((next.op === "&&") !== (r.exitCode === 0)) continue;
        r = this.runPipeline(next.pipeline, input);
        stdout += r.stdout;
        stderr += r.stderr;
      }
      exitCode = r.exitCode;
      this.st.lastExit = exitCode;
      if (stdout.length + stderr.length > MAX_OUTPUT) {
        stderr += "bash: output limit exceeded\n";
        this.aborted = true;
        break;
      }
    }
    return { stdout: stdout.slice(0, MAX_OUTPUT), stderr: stderr.slice(0, MAX_OUTPUT), exitCode };
  }

  private runPipeline(p: Pipeline, input: Input): CommandResult {
    let stderr = "";
    let last: CommandResult = { stdout: "", stderr: "", exitCode: 0 };
    let cur = input;
    p.commands.forEach((cmd, i) => {
      if (this.aborted) return;
      // Every part of a real pipeline runs in a subshell: its variable changes do not survive.
      last = p.commands.length > 1 ? this.isolated(() => this.runCommand(cmd, cur)) : this.runCommand(cmd, cur);
      stderr += last.stderr;
      if (i < p.commands.length - 1) cur = new Input(last.stdout);
    });
    const exitCode = p.negate ? (last.exitCode === 0 ? 1 : 0) : last.exitCode;
    this.st.lastExit = exitCode;
    return { stdout: last.stdout, stderr, exitCode };
  }

  /** Runs `fn` as a subshell would: variables, cwd, aliases and functions are restored after. */
  isolated<T>(fn: () => T): T {
    const frame = this.frame;
    const saved = structuredClone({ vars: frame.vars, cwd: frame.cwd, aliases: frame.aliases, functions: frame.functions });
    const logins = this.st.logins.length;
    const flow = this.flow;
    try {
      return fn();
    } finally {
      Object.assign(frame, saved);
      this.st.logins.length = Math.min(this.st.logins.length, logins);
      this.flow = flow;
    }
  }

  /** Counts one loop iteration; false (and the line is stopped) once the limit is passed. */
  tick(): boolean {
    if (++this.iterations <= MAX_ITERATIONS) return true;
    this.aborted = true;
    return false;
  }

  runCommand(cmd: AstCommand, input: Input): CommandResult {
    if (this.aborted) return { stdout: "", stderr: "", exitCode: 1 };
    if (++this.commands > MAX_COMMANDS) {
      this.aborted = true;
      return { stdout: "", stderr: `bash: too many commands in one line (limit ${MAX_COMMANDS})\n`, exitCode: 1 };
    }
    if (cmd.type === "function") {
      (this.frame.functions ??= {})[cmd.name] = cmd;
      return { stdout: "", stderr: "", exitCode: 0 };
    }
    const mark = this.procs.mark();
    let r: CommandResult | undefined;
    try {
      r = this.runGuarded(cmd, input);
    } finally {
      r = this.procs.release(mark, r, this.procList);
    }
    return r!;
  }

  private readonly procs = new ProcSubsts();
  private readonly procList: ListRunner = (list, stdin) => this.isolated(() => this.subshell(list, new Input(stdin), undefined, undefined, true));

  private runGuarded(cmd: AstCommand, input: Input): CommandResult {
    return this.guard(() => {
      if (cmd.type === "simple") return this.runSimple(cmd, input);
      const ectx = this.expandContext();
      const io = openRedirects(cmd.redirects, input, ectx, this.host.fs, (p) => this.resolve(p));
      if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
      const r = runCompound(this, cmd, io.input);
      return applyOutput(io.targets, r, this.host.fs);
    });
  }

  /** Expansion errors (`$((1/0))`, `${x:?}`) stop the whole command line, as in an interactive bash. */
  guard(fn: () => CommandResult): CommandResult {
    try {
      return fn();
    } catch (e) {
      // An unbalanced `$(` inside a here-doc body surfaces only when the body is expanded.
      if (e instanceof IncompleteInput) {
        this.aborted = true;
        return { stdout: "", stderr: `bash: ${e.why}\n`, exitCode: 2 };
      }
      if (!(e instanceof ExpandError)) throw e;
      this.aborted = true;
      return { stdout: "", stderr: `bash: ${e.message}\n`, exitCode: e.exitCode };
    }
  }

  stat(p: string): FileStat | undefined {
    try {
      return this.host.fs.stat(this.resolve(p));
    } catch {
      return undefined;
    }
  }

  resolve(p: string): string {
    return resolvePath(p, this.frame.cwd, homeOf(this.frame.user));
  }

  expand(word: string, noSplit = false): string[] {
    return expandWord(word, this.expandContext(), { noSplit });
  }

  expandOne(word: string): string {
    return expandString(word, this.expandContext());
  }

  getVar(name: string): string | undefined {
    return this.frame.vars[name]?.value;
  }

  setVar(name: string, value: string): void {
    this.frame.vars[name] = { value, exported: this.frame.vars[name]?.exported ?? false };
  }

  expandContext(): ExpandContext {
    return {
      vars: (n) => this.frame.vars[n]?.value,
      setVar: (n, v) => this.setVar(n, v),
      positional: this.positional[this.positional.length - 1],
      lastExit: this.st.lastExit,
      home: homeOf(this.frame.user),
      substitute: (cmd) => this.isolated(() => this.subshell(cmd, new Input(""))).stdout,
      glob: (pattern) => this.glob(pattern),
      procSubst: (list, dir) => this.procs.open(this.host.fs, list, dir, this.procList),
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
  private subshell(line: string, input: Input, host?: string, user?: string, quiet = false): CommandResult {
    if (this.depth >= MAX_DEPTH) return { stdout: "", stderr: "bash: maximum nesting level exceeded\n", exitCode: 1 };
    this.depth++;
    const pushed = host !== undefined || user !== undefined;
    const aborted = this.aborted;
    const lastExit = this.st.lastExit;
    if (pushed) this.login(host ?? this.frame.host, user ?? this.frame.user);
    try {
      return this.runLine(line, input);
    } finally {
      if (pushed) this.st.logins.pop();
      this.depth--;
      this.aborted = aborted;
      if (quiet) this.st.lastExit = lastExit;
    }
  }

  /** Calls a shell function with its own positional parameters and `local` scope. */
  private callFunction(def: FunctionDef, argv: string[], input: Input): CommandResult {
    if (this.positional.length > MAX_FUNC_NEST) {
      this.aborted = true;
      return { stdout: "", stderr: `bash: ${def.name}: maximum function nesting level exceeded (${MAX_FUNC_NEST})\n`, exitCode: 1 };
    }
    this.positional.push(argv.slice(1));
    this.locals.push({});
    const loops = this.loopDepth;
    this.loopDepth = 0;
    try {
      const r = this.runCommand(def.body, input);
      if (this.flow?.kind === "return") {
        const code = this.flow.n;
        this.flow = undefined;
        return { ...r, exitCode: code };
      }
      return r;
    } finally {
      this.loopDepth = loops;
      this.positional.pop();
      for (const [k, v] of Object.entries(this.locals.pop()!)) {
        if (v) this.frame.vars[k] = v;
        else delete this.frame.vars[k];
      }
    }
  }

  private runSimple(cmd: SimpleCommand, input: Input): CommandResult {
    const ectx = this.expandContext();
    let words = cmd.words;
    const alias = words.length ? this.frame.aliases[words[0]] : undefined;
    if (alias !== undefined) words = [...tokenize(alias).flatMap((t) => (t.type === "word" ? [t.raw] : [])), ...words.slice(1)];
    const assignments: [string, string][] = [];
    while (words.length && /^[A-Za-z_]\w*(\+?)=/.test(words[0])) {
      const eq = words[0].indexOf("=");
      const append = words[0][eq - 1] === "+";
      const name = words[0].slice(0, append ? eq - 1 : eq);
      const value = expandString(words[0].slice(eq + 1), ectx);
      assignments.push([name, append ? (this.frame.vars[name]?.value ?? "") + value : value]);
      words = words.slice(1);
    }
    const argv = words.flatMap((w) => expandWord(w, ectx));
    if (argv.length === 0) {
      for (const [k, v] of assignments) this.setVar(k, v);
      const io = openRedirects(cmd.redirects, input, ectx, this.host.fs, (p) => this.resolve(p));
      if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
      return { stdout: "", stderr: "", exitCode: cmd.words.some((w) => /\$\(|`/.test(w)) ? this.st.lastExit : 0 };
    }
    const io = openRedirects(cmd.redirects, input, ectx, this.host.fs, (p) => this.resolve(p));
    if ("error" in io) return { stdout: "", stderr: io.error, exitCode: 1 };
    const fn = this.frame.functions?.[argv[0]];
    if (fn) return applyOutput(io.targets, this.callFunction(fn, argv, io.input), this.host.fs);
    const flow = this.flowBuiltin(argv);
    if (flow) return applyOutput(io.targets, flow, this.host.fs);
    const env = this.exportedEnv();
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
      const ctx = this.commandContext(io.input, env, (t) => (out += t), (t) => (err += t));
      try {
        exitCode = command.run(argv, ctx);
      } catch (e) {
        if (e instanceof ExpandError) throw e;
        err += `${name}: ${e instanceof Error ? e.message : String(e)}\n`;
        exitCode = 1;
      }
    }
    return applyOutput(io.targets, { stdout: out, stderr: err, exitCode }, this.host.fs);
  }

  /** break, continue, return, local, shift: builtins that act on the interpreter itself. */
  private flowBuiltin(argv: string[]): CommandResult | undefined {
    const [name, arg] = argv;
    const ok = { stdout: "", stderr: "", exitCode: 0 };
    const fail = (msg: string, code = 1) => ({ stdout: "", stderr: `bash: ${name}: ${msg}\n`, exitCode: code });
    const inFunction = this.positional.length > 1;
    switch (name) {
      case "break":
      case "continue": {
        const n = arg === undefined ? 1 : Number(arg);
        if (!Number.isInteger(n)) return fail(`${arg}: numeric argument required`, 128);
        if (n < 1) return fail(`${arg}: loop count out of range`);
        if (this.loopDepth === 0) return fail("only meaningful in a `for', `while', or `until' loop", 0);
        this.flow = { kind: name, n: Math.min(n, this.loopDepth) };
        return ok;
      }
      case "return": {
        if (!inFunction) return fail("can only `return' from a function or sourced script", 2);
        const n = arg === undefined ? this.st.lastExit : Number(arg);
        if (!/^-?\d+$/.test(arg ?? "0")) return fail(`${arg}: numeric argument required`, 2);
        this.flow = { kind: "return", n: n & 255 };
        return { ...ok, exitCode: n & 255 };
      }
      case "local": {
        if (!inFunction) return fail("can only be used in a function");
        const scope = this.locals[this.locals.length - 1];
        for (const a of argv.slice(1)) {
          const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(a);
          if (!m) return fail(`\`${a}': not a valid identifier`);
          if (!(m[1] in scope)) scope[m[1]] = this.frame.vars[m[1]] && { ...this.frame.vars[m[1]] };
          this.frame.vars[m[1]] = { value: m[2] ?? "", exported: false };
        }
        return ok;
      }
      case "shift": {
        const n = arg === undefined ? 1 : Number(arg);
        const pos = this.positional[this.positional.length - 1];
        if (!Number.isInteger(n) || n < 0) return fail(`${arg}: numeric argument required`);
        if (n > pos.length) return { ...ok, exitCode: 1 };
        pos.splice(0, n);
        return ok;
      }
    }
    return undefined;
  }

  private controls = new WeakMap<LoginFrame, ShellControl>();

  /** The shell-changing operations builtins use, one object per login (commands run often). */
  private control(frame: LoginFrame): ShellControl {
    const cached = this.controls.get(frame);
    if (cached) return cached;
    const control: ShellControl = {
      setCwd: (p) => (frame.cwd = p),
      setVar: (n, v, exported) => (frame.vars[n] = { value: v, exported: exported ?? frame.vars[n]?.exported ?? false }),
      unsetVar: (n) => delete frame.vars[n],
      setAlias: (n, v) => (frame.aliases[n] = v),
      unsetAlias: (n) => delete frame.aliases[n],
      aliases: () => ({ ...frame.aliases }),
      history: () => [...this.st.history],
      pushLogin: (host, user, opts) => {
        this.login(host, user);
        Object.assign(this.frame, opts?.cwd !== undefined ? { cwd: opts.cwd } : {}, opts?.prompt !== undefined ? { ps1: opts.prompt } : {}, opts?.farewell !== undefined ? { farewell: opts.farewell } : {});
      },
      farewell: () => this.frame.farewell,
      popLogin: () => (this.st.logins.length > 1 ? (this.st.logins.pop(), true) : false),
      pushSession: (command, state) => this.st.logins.push({ ...structuredClone({ host: frame.host, user: frame.user, cwd: frame.cwd, vars: frame.vars }), aliases: {}, session: { command, state } }),
      vars: () => Object.fromEntries(Object.entries(frame.vars).map(([k, v]) => [k, v.value])),
      unsetFunction: (n) => (frame.functions && n in frame.functions ? (delete frame.functions[n], true) : false),
      functions: () => Object.keys(frame.functions ?? {}),
      arith: (expr) => this.guardArith(expr),
      commandNames: () => [...this.table.keys()],
      commandUsage: (n) => this.table.get(n)?.usage,
    };
    this.controls.set(frame, control);
    return control;
  }

  private commandContext(input: Input, env: Record<string, string>, out: (t: string) => void, err: (t: string) => void): CommandContext {
    const frame = this.frame;
    const home = homeOf(frame.user);
    const control = this.control(frame);
    return {
      stdin: input.rest(),
      readLine: () => input.readLine(),
      env,
      cwd: frame.cwd,
      host: this.host,
      user: frame.user,
      environment: this.environment,
      out,
      err,
      resolve: (p) => resolvePath(p, frame.cwd, home),
      run: (line, opts = {}) => this.subshell(line, new Input(opts.stdin ?? ""), opts.host, opts.user),
      openEditor: (req) => (this.editor = req),
      shell: control,
    };
  }

  private guardArith(expr: string): number | string {
    try {
      return Number(expandWord(`$((${expr}))`, this.expandContext(), { noSplit: true })[0]);
    } catch (e) {
      if (e instanceof ExpandError) return e.message;
      throw e;
    }
  }
}
