import type { Environment } from "../engine/environment";
import type { Host } from "../engine/host";
import type { Command, CommandContext, CommandResult, EditorRequest, ShellControl } from "./types";
import { Input } from "./redirects";
import { resolvePath } from "./paths";
import { homeOf, type LoginFrame, type ShellState } from "./logins";

/** The parts of a running shell that commands reach through their context. */
export interface ContextHost {
  readonly environment: Environment;
  readonly table: ReadonlyMap<string, Command>;
  /** The live state (not a copy). */
  readonly live: ShellState;
  readonly frame: LoginFrame;
  readonly host: Host;
  login(host: string, user: string): void;
  subshell(line: string, input: Input, host?: string, user?: string, quiet?: boolean): CommandResult;
  openEditor(req: EditorRequest): void;
  /** `$((expr))`: the value, or the expansion error's text. */
  arith(expr: string): number | string;
}

/** Builds the CommandContext each command runs with; the shell-changing operations are made once per login. */
export class CommandContexts {
  private controls = new WeakMap<LoginFrame, ShellControl>();

  constructor(private readonly sh: ContextHost) {}

  context(input: Input, env: Record<string, string>, out: (t: string) => void, err: (t: string) => void): CommandContext {
    const sh = this.sh;
    const frame = sh.frame;
    const home = homeOf(frame.user);
    return {
      stdin: input.rest(),
      readLine: () => input.readLine(),
      env,
      cwd: frame.cwd,
      host: sh.host,
      user: frame.user,
      environment: sh.environment,
      out,
      err,
      resolve: (p) => resolvePath(p, frame.cwd, home),
      run: (line, opts = {}) => sh.subshell(line, new Input(opts.stdin ?? ""), opts.host, opts.user),
      openEditor: (req) => sh.openEditor(req),
      shell: this.control(frame),
    };
  }

  private control(frame: LoginFrame): ShellControl {
    const cached = this.controls.get(frame);
    if (cached) return cached;
    const sh = this.sh;
    const logins = () => sh.live.logins;
    const control: ShellControl = {
      setCwd: (p) => (frame.cwd = p),
      setVar: (n, v, exported) => (frame.vars[n] = { value: v, exported: exported ?? frame.vars[n]?.exported ?? false }),
      unsetVar: (n) => delete frame.vars[n],
      setAlias: (n, v) => (frame.aliases[n] = v),
      unsetAlias: (n) => delete frame.aliases[n],
      aliases: () => ({ ...frame.aliases }),
      history: () => [...sh.live.history],
      pushLogin: (host, user, opts) => {
        sh.login(host, user);
        Object.assign(sh.frame, opts?.cwd !== undefined ? { cwd: opts.cwd } : {}, opts?.prompt !== undefined ? { ps1: opts.prompt } : {}, opts?.farewell !== undefined ? { farewell: opts.farewell } : {});
      },
      farewell: () => sh.frame.farewell,
      popLogin: () => (logins().length > 1 ? (logins().pop(), true) : false),
      pushSession: (command, state) => logins().push({ ...structuredClone({ host: frame.host, user: frame.user, cwd: frame.cwd, vars: frame.vars }), aliases: {}, session: { command, state } }),
      vars: () => Object.fromEntries(Object.entries(frame.vars).map(([k, v]) => [k, v.value])),
      unsetFunction: (n) => (frame.functions && n in frame.functions ? (delete frame.functions[n], true) : false),
      functions: () => Object.keys(frame.functions ?? {}),
      arith: (expr) => sh.arith(expr),
      commandNames: () => [...sh.table.keys()],
      commandUsage: (n) => sh.table.get(n)?.usage,
    };
    this.controls.set(frame, control);
    return control;
  }
}
