import type { CommandResult, EditorRequest } from "./types";
import { Input } from "./redirects";
import { complete, type Completion } from "./complete";
import { splitCommands } from "./script";
import { defaultPrompt, exportedEnv, homeOf, remember, type ShellState } from "./logins";
import { ShellCore } from "./shell-core";

export type { LoginFrame, ShellState } from "./logins";
export { MAX_ITERATIONS, type ShellOptions } from "./shell-core";

export type ExecOutcome = CommandResult & { editor?: EditorRequest };

/**
 * A bash-like shell over the simulated environment. Synchronous; bounded per command line.
 * This file is what the terminal uses (exec, prompt, history, completion, state); the interpreter
 * is in shell-core.ts, the login stack in logins.ts, what commands see in command-context.ts,
 * simple commands and functions in simple.ts, break/continue/return/local/shift in flow-builtins.ts.
 */
export class Shell extends ShellCore {
  /** Plain-JSON state for persistence (restore with `new Shell(env, { commands, state })`). */
  state(): ShellState {
    return structuredClone(this.live);
  }

  currentHost(): string {
    return this.frame.host;
  }

  prompt(): string {
    if (this.frame.ps1 !== undefined) return this.frame.ps1;
    const session = this.frame.session;
    const handler = session && this.table.get(session.command)?.session;
    if (session && handler) return handler.prompt(session.state);
    return defaultPrompt(this.frame);
  }

  history(): string[] {
    return [...this.live.history];
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
      context: () => this.contexts.context(new Input(""), exportedEnv(this.frame), () => {}, () => {}),
    });
  }

  /** Runs one line (or several, with here-docs and compound commands) as the user typed it. */
  exec(line: string): ExecOutcome {
    this.editor = undefined;
    this.iterations = 0;
    this.commands = 0;
    if (line.trim() && !this.frame.session) remember(this.live.history, line);
    // Pasted lines are read one at a time, so lines after `kubectl exec -it … -- sh` go to the container.
    const units = line.includes("\n") ? splitCommands(line) : [line];
    let r: CommandResult = { stdout: "", stderr: "", exitCode: this.live.lastExit };
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
      this.live.logins.pop();
      return this.finish({ stdout: "", stderr: "", exitCode: 1 });
    }
    let stdout = "";
    let stderr = "";
    const r = handler.line(line, session.state, this.contexts.context(new Input(""), exportedEnv(frame), (t) => (stdout += t), (t) => (stderr += t)));
    if (r.state !== undefined) session.state = r.state;
    if (r.end && this.frame === frame) this.live.logins.pop();
    return this.finish({ stdout: stdout + r.stdout, stderr: stderr + r.stderr, exitCode: r.exitCode });
  }

}
