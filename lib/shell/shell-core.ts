import type { Environment } from "../engine/environment";
import type { FileStat, Host } from "../engine/host";
import type { Command, CommandResult, EditorRequest } from "./types";
import { IncompleteInput, ShellSyntaxError, type Command as AstCommand, type Pipeline, type Script } from "./parser/ast";
import { parse } from "./parser/parser";
import { ExpandError, expandString, expandWord, type ExpandContext } from "./expand";
import { builtins } from "./builtins";
import { resolvePath } from "./paths";
import { Input, applyOutput, openRedirects } from "./redirects";
import { runCompound, type Flow, type Runner } from "./interp";
import { ProcSubsts, type ListRunner } from "./procsubst";
import { homeOf, newLogin, type LoginFrame, type ShellState, type ShellVar } from "./logins";
import { CommandContexts, type ContextHost } from "./command-context";
import { runSimple, type SimpleHost } from "./simple";
import { globPaths } from "./glob";

export interface ShellOptions {
  commands: Command[];
  host?: string;
  user?: string;
  state?: ShellState;
}

const MAX_OUTPUT = 1 << 20;
const MAX_DEPTH = 12;
/** Loop iterations and commands one command line may run before the shell stops it. */
export const MAX_ITERATIONS = 10_000;
const MAX_COMMANDS = 100_000;

/**
 * The interpreter under Shell: parsing and running lines, scripts, pipelines and commands within
 * the per-line bounds, subshells, expansion. Shell (shell.ts) adds the interactive surface.
 */
export abstract class ShellCore implements Runner, ContextHost, SimpleHost {
  /** @internal The live state; `state()` returns a copy. */
  readonly live: ShellState;
  /** @internal */
  readonly table = new Map<string, Command>();
  /** @internal */
  readonly contexts: CommandContexts;
  private depth = 0;
  protected editor: EditorRequest | undefined;
  // Per command line: step counters, an abort reason, pending break/continue/return.
  protected iterations = 0;
  protected commands = 0;
  aborted = false;
  flow: Flow | undefined;
  loopDepth = 0;
  /** @internal Positional parameters, one array per function call. */
  readonly positional: string[][] = [[]];
  /** @internal `local` scopes, one per function call. */
  readonly locals: Record<string, ShellVar | undefined>[] = [];

  constructor(
    readonly environment: Environment,
    opts: ShellOptions,
  ) {
    for (const c of [...opts.commands, ...builtins]) this.table.set(c.name, c);
    this.live = opts.state ? structuredClone(opts.state) : { logins: [], history: [], lastExit: 0 };
    this.contexts = new CommandContexts(this);
    if (this.live.logins.length === 0) this.login(opts.host ?? environment.startHost, opts.user ?? "root");
  }

  /** @internal The current login (the top of the stack). */
  get frame(): LoginFrame {
    return this.live.logins[this.live.logins.length - 1];
  }

  /** @internal */
  get host(): Host {
    const h = this.environment.host(this.frame.host);
    if (!h) throw new Error(`host ${this.frame.host} vanished`);
    return h;
  }

  /** @internal `$?` */
  get lastExit(): number {
    return this.live.lastExit;
  }

  /** @internal The current login's variables. */
  get vars(): Record<string, ShellVar> {
    return this.frame.vars;
  }

  /** @internal Starts a login shell on `host` and sources ~/.bashrc as bash does. */
  login(host: string, user: string): void {
    this.live.logins.push(newLogin(host, user));
    const home = homeOf(user);
    if (this.environment.host(host)?.fs.exists(`${home}/.bashrc`)) this.runLine(`source ${home}/.bashrc`, new Input(""));
  }


  /** @internal `vi FILE`, `kubectl edit`: the UI opens its editor after this line. */
  openEditor(req: EditorRequest): void {
    this.editor = req;
  }


  protected runLine(line: string, input: Input): CommandResult {
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

  protected finish(r: CommandResult): CommandResult {
    this.live.lastExit = r.exitCode;
    return r;
  }

  runScript(script: Script, input: Input): CommandResult {
    let stdout = "";
    let stderr = "";
    let exitCode = this.live.lastExit;
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
      this.live.lastExit = exitCode;
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
    this.live.lastExit = exitCode;
    return { stdout: last.stdout, stderr, exitCode };
  }

  /** Runs `fn` as a subshell would: variables, cwd, aliases and functions are restored after. */
  isolated<T>(fn: () => T): T {
    const frame = this.frame;
    const saved = structuredClone({ vars: frame.vars, cwd: frame.cwd, aliases: frame.aliases, functions: frame.functions });
    const logins = this.live.logins.length;
    const flow = this.flow;
    try {
      return fn();
    } finally {
      Object.assign(frame, saved);
      this.live.logins.length = Math.min(this.live.logins.length, logins);
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
      if (cmd.type === "simple") return runSimple(this, cmd, input);
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
      lastExit: this.live.lastExit,
      home: homeOf(this.frame.user),
      substitute: (cmd) => this.isolated(() => this.subshell(cmd, new Input(""))).stdout,
      glob: (pattern) => globPaths(this.host.fs, pattern, this.frame.cwd, homeOf(this.frame.user)),
      procSubst: (list, dir) => this.procs.open(this.host.fs, list, dir, this.procList),
    };
  }


  /** @internal `$(...)`, `ssh host cmd`, `sudo cmd`: a nested run with its own output, bounded in depth. */
  subshell(line: string, input: Input, host?: string, user?: string, quiet = false): CommandResult {
    if (this.depth >= MAX_DEPTH) return { stdout: "", stderr: "bash: maximum nesting level exceeded\n", exitCode: 1 };
    this.depth++;
    const pushed = host !== undefined || user !== undefined;
    const aborted = this.aborted;
    const lastExit = this.live.lastExit;
    if (pushed) this.login(host ?? this.frame.host, user ?? this.frame.user);
    try {
      return this.runLine(line, input);
    } finally {
      if (pushed) this.live.logins.pop();
      this.depth--;
      this.aborted = aborted;
      if (quiet) this.live.lastExit = lastExit;
    }
  }

  /** @internal `$((expr))` for builtins: the value, or the expansion error's text. */
  arith(expr: string): number | string {
    try {
      return Number(expandWord(`$((${expr}))`, this.expandContext(), { noSplit: true })[0]);
    } catch (e) {
      if (e instanceof ExpandError) return e.message;
      throw e;
    }
  }
}
